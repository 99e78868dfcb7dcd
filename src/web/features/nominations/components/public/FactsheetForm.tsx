import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicFactsheet } from '#shared/schemas/nominations';
import { fieldErrors } from '#web/lib/api';
import { useUpdateFactsheet } from '../../api/nominations';

const TEXTS = [
  'requirementsZh',
  'requirementsEn',
  'housingZh',
  'housingEn',
  'visaZh',
  'visaEn',
  'insuranceZh',
  'insuranceEn',
  'notesZh',
  'notesEn',
] as const;
type Field = 'instructionLanguages' | (typeof TEXTS)[number];

/** The factsheet's texts (deadlines and links stay as our staff keep them), sent with the version read. */
export function FactsheetForm({ token, factsheet }: { token: string; factsheet: PublicFactsheet }) {
  const { t } = useTranslation();
  const save = useUpdateFactsheet(token);
  const [v, setV] = useState<Record<Field, string>>(() => {
    const out = { instructionLanguages: factsheet.instructionLanguages ?? '' } as Record<Field, string>;
    for (const k of TEXTS) out[k] = factsheet[k] ?? '';
    return out;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setSaved(false);
    const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x || null])) as Record<Field, string | null>;
    try {
      await save.mutateAsync({ ...body, version: factsheet.version });
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  const label = (k: Field) => t(`nominationsUi.coordinator.fields.${k}`);
  const on = (k: Field) => (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        {saved ? (
          <Alert color="green" role="status">
            {t('nominationsUi.coordinator.saved')}
          </Alert>
        ) : null}
        <TextInput
          label={label('instructionLanguages')}
          maxLength={200}
          value={v.instructionLanguages}
          error={errors.instructionLanguages}
          onChange={on('instructionLanguages')}
        />
        {TEXTS.map((k) => (
          <Textarea
            key={k}
            label={label(k)}
            autosize
            minRows={2}
            maxLength={4000}
            value={v[k]}
            error={errors[k]}
            onChange={on(k)}
          />
        ))}
        <Button type="submit" loading={save.isPending} fullWidth>
          {t('nominationsUi.coordinator.saveFactsheet')}
        </Button>
      </Stack>
    </form>
  );
}
