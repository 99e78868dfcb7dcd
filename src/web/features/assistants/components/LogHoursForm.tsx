import { Button, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assistant } from '#shared/schemas/assistants';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useLogHours } from '../api/assistants';

const todayIso = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // Taipei date

/** The assistant's form for one day's work: date, hours (quarter steps), task, what was done. */
export function LogHoursForm({ assistant }: { assistant: Assistant }) {
  const { t } = useTranslation();
  const f = useFormat();
  const log = useLogHours();
  const [workedOn, setWorkedOn] = useState(todayIso());
  const [hours, setHours] = useState<number | string>(1);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    try {
      await log.mutateAsync({
        assistantId: assistant.id,
        body: {
          workedOn,
          minutes: Math.round(Number(hours) * 60),
          taskId: taskId ? Number(taskId) : null,
          description,
        },
      });
      setDescription('');
      setErrors({});
      notifySuccess(t('assistantsUi.hours.logged'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  };
  return (
    <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), submit())}>
      <TextInput
        type="date"
        label={t('assistantsUi.hours.date')}
        value={workedOn}
        onChange={(e) => setWorkedOn(e.currentTarget.value)}
        error={errors.workedOn}
        required
      />
      <NumberInput
        label={t('assistantsUi.hours.hours')}
        min={0.25}
        max={12}
        step={0.25}
        decimalScale={2}
        value={hours}
        onChange={setHours}
        error={errors.minutes}
        required
      />
      <Select
        label={t('assistantsUi.hours.task')}
        clearable
        data={assistant.tasks
          .filter((x) => x.status !== 'cancelled')
          .map((x) => ({ value: String(x.id), label: f.name(x.titleZh, x.titleEn) }))}
        value={taskId}
        onChange={setTaskId}
        error={errors.taskId}
      />
      <Textarea
        label={t('assistantsUi.hours.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errors.description}
        required
        autosize
        minRows={2}
      />
      <Button type="submit" loading={log.isPending}>
        {t('assistantsUi.hours.log')}
      </Button>
    </Stack>
  );
}
