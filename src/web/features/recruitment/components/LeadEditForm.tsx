import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEAD_CHANNELS, LEAD_LEVELS, type LeadChannel, type LeadLevel } from '#shared/recruitment';
import { LOCALES, type Locale } from '#shared/roles';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { type LeadFormState, missingLead } from './leadForm.state';

type Props = {
  initial: LeadFormState;
  onSubmit: (values: LeadFormState) => Promise<unknown>;
  onConflict: (err: unknown, values: LeadFormState) => void;
  cancelTo: string;
};

/** A lead's details (name, address, where and when met, interest, the language mails go out in). */
export function LeadEditForm({ initial, onSubmit, onConflict, cancelTo }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (v, required) => required(missingLead(v)),
    send: onSubmit,
    onConflict,
  });
  const label = (key: string) => t(`recruitmentUi.leads.${key}`);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={label('name')} {...text('name')} required maxLength={200} />
          <TextInput label={label('email')} {...text('email')} type="email" required maxLength={254} />
          <TextInput label={label('country')} {...text('country')} required maxLength={2} />
          <TextInput label={label('collectedOn')} {...text('collectedOn')} type="date" required />
          <Select
            label={label('channel')}
            data={LEAD_CHANNELS.map((c) => ({ value: c, label: t(`leadChannels.${c}`) }))}
            value={form.channel}
            error={errors.channel}
            onChange={(c) => c && set('channel', c as LeadChannel)}
            allowDeselect={false}
          />
          <Select
            label={label('locale')}
            data={LOCALES.map((l) => ({ value: l, label: t(`recruitmentUi.leads.locales.${l}`) }))}
            value={form.locale}
            onChange={(l) => l && set('locale', l as Locale)}
            allowDeselect={false}
          />
          <TextInput label={label('programInterest')} {...text('programInterest')} maxLength={300} />
          <Select
            label={label('level')}
            data={LEAD_LEVELS.map((l) => ({ value: l, label: t(`recruitmentUi.leads.levels.${l}`) }))}
            value={form.level || null}
            error={errors.level}
            onChange={(l) => set('level', (l ?? '') as LeadLevel | '')}
            clearable
          />
        </SimpleGrid>
        <Textarea label={label('notes')} {...text('notes')} autosize minRows={2} maxLength={2000} />
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
