import { Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicFactsheet } from '#shared/schemas/nominations';
import { usePublicForm } from '#web/lib/publicForm';
import { useUpdateFactsheet } from '../../api/nominations';
import { Notices } from './Notices';

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
type Body = Record<Field, string | null>;

/** The factsheet's texts as the form holds them ('' for none). */
function textsOf(factsheet: PublicFactsheet) {
  const out = { instructionLanguages: factsheet.instructionLanguages ?? '' } as Record<Field, string>;
  for (const k of TEXTS) out[k] = factsheet[k] ?? '';
  return out;
}

/** The factsheet's texts (deadlines and links stay as our staff keep them), sent with the version read. */
export function FactsheetForm({ token, factsheet }: { token: string; factsheet: PublicFactsheet }) {
  const { t } = useTranslation();
  const save = useUpdateFactsheet(token);
  const { field, error, busy, sent, submit } = usePublicForm(textsOf(factsheet), (v) => {
    const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x || null])) as Body;
    return save.mutateAsync({ ...body, version: factsheet.version });
  });
  const label = (k: Field) => t(`nominationsUi.coordinator.fields.${k}`);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Notices error={error} done={sent ? t('nominationsUi.coordinator.saved') : null} />
        <TextInput label={label('instructionLanguages')} maxLength={200} {...field('instructionLanguages')} />
        {TEXTS.map((k) => (
          <Textarea key={k} label={label(k)} autosize minRows={2} maxLength={4000} {...field(k)} />
        ))}
        <Button type="submit" loading={busy} fullWidth>
          {t('nominationsUi.coordinator.saveFactsheet')}
        </Button>
      </Stack>
    </form>
  );
}
