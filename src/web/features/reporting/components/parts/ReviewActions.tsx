import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '#shared/schemas/reporting';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { type ReviewStep, useReviewStep } from '#web/features/reporting/api/reporting';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { notifySuccess } from '#web/lib/notify';

type Props = {
  submission: Submission;
  /** Saves unsaved explanations first; returns the version to act on. */
  beforeSubmit: () => Promise<number>;
};

/** Submit (coordinator), return with a comment or approve (OIA staff) — only the buttons the user may use. */
export function ReviewActions({ submission: s, beforeSubmit }: Props) {
  const { t } = useTranslation();
  const step = useReviewStep(s.id);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const run = async (name: ReviewStep, version: number, text?: string) => {
    await step.mutateAsync({ step: name, version, comment: text });
    notifySuccess(t(`indicatorsUi.submission.done.${name}`));
  };
  async function sendReturn() {
    if (!comment.trim()) {
      setCommentError(t('validation.required'));
      return;
    }
    try {
      await run('return', s.version, comment);
      setReturning(false);
      setComment('');
    } catch (err) {
      setCommentError(fieldErrors(err).comment ?? errorText(err));
    }
  }
  if (!s.permissions.submit && !s.permissions.review) return null;
  return (
    <Group gap="xs" wrap="wrap">
      {s.permissions.submit ? (
        <ConfirmButton
          label={t('indicatorsUi.submission.submit')}
          title={t('indicatorsUi.submission.submit')}
          message={t('indicatorsUi.submission.submitHint')}
          variant="filled"
          busy={step.isPending}
          onConfirm={async () => run('submit', await beforeSubmit())}
        />
      ) : null}
      {s.permissions.review ? (
        <>
          <Button variant="default" color="orange" onClick={() => setReturning(true)}>
            {t('indicatorsUi.submission.return')}
          </Button>
          <ConfirmButton
            label={t('indicatorsUi.submission.approve')}
            title={t('indicatorsUi.submission.approve')}
            message={t('indicatorsUi.submission.approveHint')}
            variant="filled"
            color="green"
            busy={step.isPending}
            onConfirm={() => run('approve', s.version)}
          />
        </>
      ) : null}
      <Modal
        opened={returning}
        onClose={() => setReturning(false)}
        title={t('indicatorsUi.submission.return')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('indicatorsUi.submission.comment')}
            required
            autosize
            minRows={3}
            value={comment}
            error={commentError}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setCommentError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={step.isPending} onClick={() => void sendReturn()}>
              {t('indicatorsUi.submission.return')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
