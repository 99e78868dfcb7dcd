import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PartnerCreate } from '#shared/schemas/partners';
import { FormActions } from '#web/components/ui/FormActions';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { PARTNER_STATUSES, PARTNER_TYPES, type PartnerStatus, type PartnerType } from '#web/lib/enums';
import { useServerForm } from '#web/lib/form';
import { countryRegionsQuery, useCountryOptions } from '#web/lib/reference';
import { ContactsEditor } from './ContactsEditor';
import { missingRequired, type PartnerFormState, toBody } from './formState';

type Props = {
  initial: PartnerFormState;
  submitLabel: string;
  /** Sends the body; throws the API error on failure. */
  onSubmit: (body: PartnerCreate) => Promise<unknown>;
  /** 409: the parent shows the conflict and offers the latest version. */
  onConflict?: (err: unknown) => void;
  /** Where Cancel leads. */
  cancelTo: string;
};

/** Create and edit a partner; the server's field errors (in the current language) appear under each field. */
export function PartnerForm({ initial, submitLabel, onSubmit, onConflict, cancelTo }: Props) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const regions = useQuery(countryRegionsQuery).data;
  const { form, errors, formError, busy, set, text, setList, submit } = useServerForm({
    initial,
    validate: (f, required) => required(missingRequired(f)),
    send: (f) => onSubmit(toBody(f)),
    onConflict,
  });
  const region = regions?.find((r) => r.country === form.country)?.region;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('partners.form.basics')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('partnerFields.nameEn')} required lang="en" {...text('nameEn')} />
            <TextInput label={t('partnerFields.nameZh')} lang="zh-Hant-TW" {...text('nameZh')} />
            <Textarea
              label={t('partnerFields.aliases')}
              description={t('partners.form.aliasesHint')}
              autosize
              minRows={1}
              maxRows={5}
              {...text('aliases')}
            />
            <TextInput label={t('partnerFields.code')} {...text('code')} />
            <Select
              label={t('partnerFields.type')}
              required
              data={PARTNER_TYPES.map((v) => ({ value: v, label: t(`partnerTypes.${v}`) }))}
              value={form.type}
              error={errors.type}
              onChange={(v) => set('type', v as PartnerType | null)}
            />
            <Select
              label={t('partnerFields.status')}
              data={PARTNER_STATUSES.map((v) => ({ value: v, label: t(`partnerStatuses.${v}`) }))}
              allowDeselect={false}
              value={form.status}
              error={errors.status}
              onChange={(v) => set('status', (v ?? 'active') as PartnerStatus)}
            />
            <UnitSelect
              label={t('partnerFields.owningUnit')}
              description={t('partners.form.owningUnitHint')}
              value={form.owningUnitId}
              error={errors.owningUnitId}
              onChange={(v) => set('owningUnitId', v)}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('partners.form.location')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('partnerFields.country')}
              required
              searchable
              nothingFoundMessage={t('common.noOptions')}
              data={countries}
              value={form.country}
              error={errors.country}
              description={region ? `${t('partnerFields.region')}: ${t(`regions.${region}`)}` : undefined}
              onChange={(v) => set('country', v)}
            />
            <TextInput
              label={t('partnerFields.website')}
              type="url"
              placeholder="https://"
              inputMode="url"
              {...text('website')}
            />
            <TextInput
              label={t('partnerFields.schac')}
              description={t('partnerFields.schacHint')}
              lang="en"
              autoCapitalize="none"
              spellCheck={false}
              {...text('schac')}
            />
            <TextInput label={t('partnerFields.city')} lang="en" {...text('city')} />
            <TextInput label={t('partnerFields.cityZh')} lang="zh-Hant-TW" {...text('cityZh')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <ContactsEditor
            contacts={form.contacts}
            errors={errors}
            onChange={(contacts, path) => setList('contacts', contacts, path)}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Textarea label={t('partnerFields.notes')} autosize minRows={3} maxRows={12} {...text('notes')} />
        </Paper>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
