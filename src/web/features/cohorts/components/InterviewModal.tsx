import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortStage } from '#shared/cohorts';
import type { CohortApplication } from '#shared/schemas/cohorts';
import { fieldErrors } from '#web/lib/api';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useRecordInterview } from '../api/cohorts';

/** The stages at which an application has (or had) an interview to schedule or record. */
export const INTERVIEW_STAGES: readonly CohortStage[] = ['interview', 'offered', 'accepted', 'rejected', 'withdrawn'];

type Props = { programId: number; application: CohortApplication | null; onClose: () => void };
type Form = { on: string; time: string; place: string; panel: string; score: number | ''; result: string };

const initial = (a: CohortApplication | null): Form => ({
  on: a?.interviewOn ?? '',
  time: a?.interviewTime ?? '',
  place: a?.interviewPlace ?? '',
  panel: a?.interviewPanel ?? '',
  score: a?.interviewScore ?? '',
  result: a?.interviewResult ?? '',
});

/** Schedules an application's interview and records its score and result (the server checks each field). */
export function InterviewModal({ programId, application, onClose }: Props) {
  const { t } = useTranslation();
  const save = useRecordInterview(programId);
  const [form, setForm] = useState<Form>(initial(application));
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setForm(initial(application));
    setErrors({});
  }, [application]);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!application) return;
    try {
      await save.mutateAsync({
        appId: application.id,
        interviewOn: form.on,
        interviewTime: form.time || null,
        interviewPlace: form.place.trim() || null,
        interviewPanel: form.panel.trim() || null,
        interviewScore: form.score === '' ? null : form.score,
        interviewResult: form.result.trim() || null,
        version: application.version,
      });
      notifySuccess(t('cohortsUi.interviewSaved'));
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
      title={application ? t('cohortsUi.interviewNamed', { name: application.name }) : ''}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              required
              label={t('cohortsUi.interviewOn')}
              value={form.on}
              onChange={(e) => set({ on: e.currentTarget.value })}
              error={errors.interviewOn}
            />
            <TextInput
              type="time"
              label={t('cohortsUi.interviewTime')}
              value={form.time}
              onChange={(e) => set({ time: e.currentTarget.value })}
              error={errors.interviewTime}
            />
          </SimpleGrid>
          <TextInput
            label={t('cohortsUi.interviewPlace')}
            value={form.place}
            onChange={(e) => set({ place: e.currentTarget.value })}
            error={errors.interviewPlace}
          />
          <TextInput
            label={t('cohortsUi.interviewPanel')}
            description={t('cohortsUi.interviewPanelHint')}
            value={form.panel}
            onChange={(e) => set({ panel: e.currentTarget.value })}
            error={errors.interviewPanel}
          />
          <NumberInput
            label={t('cohortsUi.interviewScore')}
            min={0}
            max={100}
            decimalScale={1}
            value={form.score}
            onChange={(n) => set({ score: n === '' ? '' : Number(n) })}
            error={errors.interviewScore}
          />
          <Textarea
            label={t('cohortsUi.interviewResult')}
            autosize
            minRows={2}
            value={form.result}
            onChange={(e) => set({ result: e.currentTarget.value })}
            error={errors.interviewResult}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
