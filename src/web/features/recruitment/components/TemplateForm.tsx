import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Template, TemplateInput } from '#shared/schemas/recruitment';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';

export type TemplateFormState = TemplateInput;
export const emptyTemplate: TemplateFormState = { name: '', subjectZh: '', subjectEn: '', bodyZh: '', bodyEn: '' };
export const fromTemplate = ({ name, subjectZh, subjectEn, bodyZh, bodyEn }: Template): TemplateFormState => ({
  name,
  subjectZh,
  subjectEn,
  bodyZh,
  bodyEn,
});
const trimmed = (v: TemplateFormState): TemplateFormState =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x.trim()])) as TemplateFormState;

type Props = {
  initial: TemplateFormState;
  submitLabel: string;
  onSubmit: (values: TemplateFormState) => Promise<unknown>;
  onConflict?: (err: unknown, values: TemplateFormState) => void;
} & ({ cancelTo: string; onCancel?: never } | { onCancel: () => void; cancelTo?: never });

/** A follow-up mail template: subject and text in both languages (each lead gets theirs); {{name}} is the lead's name. */
export function TemplateForm({ initial, submitLabel, onSubmit, onConflict, ...cancel }: Props) {
  const { t } = useTranslation();
  const { formError, busy, text, submit } = useServerForm({
    initial,
    validate: (v, required) => required(Object.keys(v).filter((k) => !v[k as keyof TemplateFormState].trim())),
    send: (v) => onSubmit(trimmed(v)),
    onConflict,
  });
  const label = (key: keyof TemplateFormState) => t(`recruitmentUi.templates.${key}`);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={label('name')}
          description={t('recruitmentUi.templates.nameHint')}
          {...text('name')}
          required
          maxLength={120}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={label('subjectZh')} lang="zh-Hant-TW" {...text('subjectZh')} required maxLength={300} />
          <TextInput label={label('subjectEn')} lang="en" {...text('subjectEn')} required maxLength={300} />
          <Textarea
            label={label('bodyZh')}
            description={t('recruitmentUi.templates.bodyHint', { name: '{{name}}' })}
            lang="zh-Hant-TW"
            {...text('bodyZh')}
            required
            autosize
            minRows={4}
            maxLength={8000}
          />
          <Textarea
            label={label('bodyEn')}
            description={t('recruitmentUi.templates.bodyHint', { name: '{{name}}' })}
            lang="en"
            {...text('bodyEn')}
            required
            autosize
            minRows={4}
            maxLength={8000}
          />
        </SimpleGrid>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} {...cancel} />
      </Stack>
    </form>
  );
}
