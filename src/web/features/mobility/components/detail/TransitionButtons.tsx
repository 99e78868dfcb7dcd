import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mobility, MobilityAction } from '#shared/schemas/mobility';
import { useMobilityTransition } from '#web/features/mobility/api/mobility';
import { fieldErrors, isApiError } from '#web/lib/api';
import { notifyError, notifySuccess } from '#web/lib/notify';

/** Actions that record when they happened. */
const DATED = new Set<MobilityAction>([
  'depart',
  'return',
  'close',
  'arrive',
  'complete',
  'enrol',
  'leave',
  'withdraw',
  'graduate',
  'defer',
]);

/** The lifecycle steps this user may take now, each confirmed in a dialog (with its date and a comment). */
export function TransitionButtons({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<MobilityAction | null>(null);
  const [date, setDate] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useMobilityTransition(m.id);
  if (!m.transitions.length) return null;
  const open = (a: MobilityAction) => {
    setAction(a);
    setDate('');
    setComment('');
    setError(undefined);
  };
  async function confirm() {
    if (!action) return;
    try {
      await mutation.mutateAsync({ action, date: date || null, comment: comment || null, version: m.version });
      notifySuccess(t('mobilityUi.transitions.done'));
      setAction(null);
    } catch (err) {
      if (isApiError(err, 'VALIDATION_FAILED')) setError(fieldErrors(err).date ?? (err as Error).message);
      else {
        notifyError(err);
        setAction(null);
      }
    }
  }
  return (
    <>
      {m.transitions.map((a) => (
        <Button key={a} variant={a === 'cancel' || a === 'withdraw' ? 'default' : 'filled'} onClick={() => open(a)}>
          {t(`mobilityUi.actions.${a}`)}
        </Button>
      ))}
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? t(`mobilityUi.actions.${action}`) : ''}
      >
        <Stack gap="sm">
          {action && DATED.has(action) ? (
            <TextInput
              type="date"
              label={t('mobilityUi.transitions.date')}
              description={t('mobilityUi.transitions.dateHint')}
              value={date}
              error={error}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
          ) : null}
          <Textarea
            label={t('mobilityUi.transitions.comment')}
            autosize
            minRows={2}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAction(null)}>
              {t('common.cancel')}
            </Button>
            <Button loading={mutation.isPending} onClick={() => void confirm()}>
              {action ? t(`mobilityUi.actions.${action}`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
