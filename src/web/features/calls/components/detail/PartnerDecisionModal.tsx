import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Radio.css';
import { Alert, Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_DECISIONS } from '#shared/calls';
import type { ApplicationSummary } from '#shared/schemas/calls';
import { useApplication, usePartnerDecision } from '#web/features/calls/api/applications';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';

type Decision = (typeof PARTNER_DECISIONS)[number];
type Props = { callId: number; summary: ApplicationSummary | null; onClose: () => void };

/** Records the partner's answer to a nomination (accepted, or rejected with an optional note). */
export function PartnerDecisionModal({ callId, summary, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const application = useApplication(summary?.id ?? null);
  const decide = usePartnerDecision(summary?.id ?? 0);
  const [decision, setDecision] = useState<Decision>('accepted');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setDecision('accepted');
    setNote('');
    setError(null);
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const a = application.data;
    if (!a) return;
    try {
      await decide.mutateAsync({ version: a.version, decision, note });
      void queryClient.invalidateQueries({ queryKey: ['calls', 'applications', callId] });
      notifySuccess(t('callsUi.decision.done'));
      close();
    } catch (err) {
      setError(errorText(err));
    }
  }

  const name = summary ? fmt.name(summary.applicant.nameZh, summary.applicant.nameEn) : '';
  return (
    <Modal
      opened={summary !== null}
      onClose={close}
      title={t('callsUi.decision.title', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Radio.Group
            label={t('callsUi.decision.label')}
            value={decision}
            onChange={(v) => setDecision(v as Decision)}
          >
            <Stack gap={6} mt={6}>
              {PARTNER_DECISIONS.map((d) => (
                <Radio key={d} value={d} label={t(`partnerDecisions.${d}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('callsUi.decision.note')}
            autosize
            minRows={2}
            maxRows={6}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {error ? (
            <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending} disabled={!application.data}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
