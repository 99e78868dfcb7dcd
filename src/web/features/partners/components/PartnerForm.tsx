import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerCreate } from '../../../../shared/schemas/partners';
import { UnitSelect } from '../../../components/ui/UnitSelect';
import { fieldErrors, isApiError } from '../../../lib/api';
import { PARTNER_STATUSES, PARTNER_TYPES, type PartnerStatus, type PartnerType } from '../../../lib/enums';
import { countryRegionsQuery, useCountryOptions } from '../../../lib/reference';
import { ContactsEditor } from './ContactsEditor';
import { missingRequired, type PartnerFormState, toBody } from './formState';

type Props = {
  initial: PartnerFormState;
  submitLabel: string;
  /** Sends the body; throws the API error on failure. */
  onSubmit: (body: PartnerCreate) => Promise<unknown>;
  /** 409: the parent shows the conflict and offers the latest version. */
  onConflict?: (err: unknown) => void;
  cancel: ReactNode;
};

/** Create and edit a partner; the server's field errors (in the current language) appear under each field. */
export function PartnerForm({ initial, submitLabel, onSubmit, onConflict, cancel }: Props) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const regions = useQuery(countryRegionsQuery).data;
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = (path: string) =>
    setErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _, ...rest } = e;
      return rest;
    });
  const set = <K extends keyof PartnerFormState>(key: K, value: PartnerFormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    clear(key);
  };
  const text = (key: 'nameEn' | 'nameZh' | 'code' | 'city' | 'cityZh' | 'website' | 'notes') => ({
    value: form[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });
  const region = regions?.find((r) => r.country === form.country)?.region;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const missing = missingRequired(form);
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((path) => [path, t('validation.required')])));
      setFormError(t('errors.VALIDATION_FAILED'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(toBody(form));
    } catch (err) {
      if (isApiError(err, 'VERSION_CONFLICT') && onConflict) onConflict(err);
      else {
        setErrors(fieldErrors(err));
        setFormError(err instanceof Error ? err.message : t('errors.INTERNAL'));
      }
    } finally {
      setBusy(false);
    }
  }

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
            <TextInput label={t('partnerFields.city')} lang="en" {...text('city')} />
            <TextInput label={t('partnerFields.cityZh')} lang="zh-Hant-TW" {...text('cityZh')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <ContactsEditor
            contacts={form.contacts}
            errors={errors}
            onChange={(contacts, path) => {
              setForm((f) => ({ ...f, contacts }));
              if (path) clear(path);
              else setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('contacts'))));
            }}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Textarea label={t('partnerFields.notes')} autosize minRows={3} maxRows={12} {...text('notes')} />
        </Paper>
        {formError ? (
          <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
            {formError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
