import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COHORT_NEXT, type CohortStage } from '#shared/cohorts';
import type { CohortApplication } from '#shared/schemas/cohorts';
import { fieldErrors } from '#web/lib/api';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useChangeStage } from '../api/cohorts';

type Props = { programId: number; application: CohortApplication | null; onClose: () => void };

/** A screening decision: the next stage, a score and a reason (required to turn an application down). */
export function StageModal({ programId, application, onClose }: Props) {
  const { t } = useTranslation();
  const change = useChangeStage(programId);
  const next = application ? COHORT_NEXT[application.stage as CohortStage] : [];
  const [stage, setStage] = useState<string | null>(null);
  const [score, setScore] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const [interviewOn, setInterviewOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setStage(application ? (COHORT_NEXT[application.stage as CohortStage][0] ?? null) : null);
    setScore(application?.score ?? '');
    setReason('');
    setInterviewOn(application?.interviewOn ?? '');
    setErrors({});
  }, [application]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!application || !stage) return;
    try {
      await change.mutateAsync({
        appId: application.id,
        stage,
        score: score === '' ? null : score,
        reason: reason.trim() || null,
        interviewOn: interviewOn || null,
        version: application.version,
      });
      notifySuccess(t('cohortsUi.moved'));
      onClose();
    } catch (err) {
      setErrors(fieldErrors(err));
      if (!Object.keys(fieldErrors(err)).length) notifyError(err);
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={application !== null}
      onClose={onClose}
      title={application ? t('cohortsUi.moveNamed', { name: application.name }) : ''}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('cohortsUi.columns.stage')}
            data={next.map((s) => ({ value: s, label: t(`cohorts.stages.${s}`) }))}
            value={stage}
            onChange={setStage}
            allowDeselect={false}
          />
          <NumberInput
            label={t('cohortsUi.columns.score')}
            min={0}
            max={100}
            value={score}
            onChange={(n) => setScore(n === '' ? '' : Number(n))}
            error={errors.score}
          />
          {stage === 'interview' ? (
            <TextInput
              type="date"
              label={t('cohortsUi.interviewOn')}
              value={interviewOn}
              onChange={(e) => setInterviewOn(e.currentTarget.value)}
              error={errors.interviewOn}
            />
          ) : null}
          <Textarea
            label={t('cohortsUi.reason')}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
