import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementTransition } from '#shared/enums';
import type { Agreement } from '#shared/schemas/agreements';
import { agreementKeys, useTransition } from '#web/features/agreements/api/agreements';
import { fieldErrors, isApiError } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';

/** Steps that must say why (the server refuses them without a comment). */
const NEEDS_COMMENT: readonly AgreementTransition[] = ['return', 'terminate'];
/** Steps that end or step back: shown as a secondary button. */
const SECONDARY: readonly AgreementTransition[] = ['return', 'terminate'];

/** Today in the reader's time zone as 'YYYY-MM-DD'. */
const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * The lifecycle steps this user may take now (`agreement.transitions`), one button each. Every step is confirmed
 * in a dialog that takes a comment (required for return and terminate) and, to terminate, the last day.
 * Renewing answers with the new draft version, which the page then opens.
 */
export function TransitionActions({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mutation = useTransition(agreement.id);
  const [action, setAction] = useState<AgreementTransition | null>(null);
  const [comment, setComment] = useState('');
  const [date, setDate] = useState('');
  const [toFollow, setToFollow] = useState(false);
  /** Activating with no signed file uploaded: the user must say the signed copy will follow. */
  const askSignedCopy = action === 'activate' && !agreement.hasSignedFile;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const open = (a: AgreementTransition) => {
    setAction(a);
    setComment('');
    setDate(a === 'terminate' ? today() : '');
    setToFollow(false);
    setErrors({});
    setFormError(null);
  };
  const close = () => setAction(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!action) return;
    if (NEEDS_COMMENT.includes(action) && !comment.trim()) {
      setErrors({ comment: t('validation.comment_required') });
      return;
    }
    if (askSignedCopy && !toFollow) {
      setErrors({ signedCopyToFollow: t('agreementsUi.transition.signedCopyRequired') });
      return;
    }
    try {
      const result = await mutation.mutateAsync({
        action,
        version: agreement.version,
        comment: comment.trim() || undefined,
        date: action === 'terminate' ? date : undefined,
        signedCopyToFollow: askSignedCopy ? toFollow : undefined,
      });
      close();
      notifySuccess(t('agreementsUi.transition.done', { status: t(`agreementStatuses.${result.status}`) }));
      if (result.id !== agreement.id) await navigate({ to: paths.agreement(result.id) });
    } catch (err) {
      setErrors(fieldErrors(err));
      setFormError(errorText(err, ['comment', 'date', 'signedCopyToFollow']));
      // Someone else moved it meanwhile: read it again so the buttons and the version are current.
      if (isApiError(err, 'VERSION_CONFLICT') || isApiError(err, 'INVALID_TRANSITION'))
        void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(agreement.id) });
    }
  }

  if (agreement.transitions.length === 0) return null;
  return (
    <>
      {agreement.transitions.map((a) => (
        <Button
          key={a}
          variant={SECONDARY.includes(a) ? 'default' : 'filled'}
          color={a === 'terminate' ? 'red' : undefined}
          onClick={() => open(a)}
        >
          {t(`agreementTransitions.${a}`)}
        </Button>
      ))}
      <Modal
        opened={action !== null}
        onClose={close}
        title={action ? t(`agreementTransitions.${action}`) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {action ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Text size="sm">{t(`agreementsUi.transition.explain.${action}`)}</Text>
              {action === 'terminate' ? (
                <TextInput
                  label={t('agreementsUi.transition.date')}
                  type="date"
                  required
                  value={date}
                  error={errors.date}
                  onChange={(e) => setDate(e.currentTarget.value)}
                />
              ) : null}
              {askSignedCopy ? (
                <Checkbox
                  label={t('agreementsUi.transition.signedCopyToFollow')}
                  description={t('agreementsUi.transition.signedCopyHint')}
                  checked={toFollow}
                  error={errors.signedCopyToFollow}
                  onChange={(e) => {
                    setToFollow(e.currentTarget.checked);
                    setErrors(({ signedCopyToFollow: _, ...rest }) => rest);
                  }}
                />
              ) : null}
              <Textarea
                label={t('agreementsUi.transition.comment')}
                required={NEEDS_COMMENT.includes(action)}
                autosize
                minRows={3}
                maxRows={8}
                value={comment}
                error={errors.comment}
                onChange={(e) => {
                  setComment(e.currentTarget.value);
                  setErrors(({ comment: _, ...rest }) => rest);
                }}
              />
              {formError ? (
                <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
                  {formError}
                </Alert>
              ) : null}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={mutation.isPending} color={action === 'terminate' ? 'red' : undefined}>
                  {t(`agreementTransitions.${action}`)}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Modal>
    </>
  );
}
