import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LEVELS, type LeadLevel } from '#shared/recruitment';
import type { Trip } from '#shared/schemas/recruitment';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { useCreateLead } from '../api/trips';

const empty = { name: '', email: '', programInterest: '', level: '', consent: false, consentVersion: '' };

/**
 * A lead met at this fair or trip. Consent is recorded as given now with the version of the text shown;
 * without it the lead is kept but no follow-up mail goes out.
 */
export function LeadForm({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const create = useCreateLead();
  const [v, setV] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const text = (key: 'name' | 'email' | 'programInterest' | 'consentVersion') => ({
    label: t(`recruitmentUi.leads.${key}`),
    value: v[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await create.mutateAsync({
        tripId: trip.id,
        channel: trip.kind,
        name: v.name,
        email: v.email,
        country: trip.country,
        programInterest: v.programInterest || null,
        level: (v.level || null) as LeadLevel | null,
        locale: 'en',
        collectedOn: trip.startDate,
        consentVersion: v.consent ? v.consentVersion || null : null,
        consentAt: v.consent ? new Date().toISOString() : null,
        notes: null,
      });
      setV(empty);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...text('name')} required maxLength={200} />
          <TextInput {...text('email')} type="email" required maxLength={254} />
          <TextInput {...text('programInterest')} maxLength={300} />
          <Select
            label={t('recruitmentUi.leads.level')}
            data={LEAD_LEVELS.map((l) => ({ value: l, label: t(`recruitmentUi.leads.levels.${l}`) }))}
            value={v.level || null}
            onChange={(level) => setV({ ...v, level: level ?? '' })}
            clearable
          />
        </SimpleGrid>
        <Checkbox
          label={t('recruitmentUi.leads.consent')}
          checked={v.consent}
          onChange={(e) => setV({ ...v, consent: e.currentTarget.checked })}
          error={errors.consentAt}
        />
        {v.consent ? <TextInput {...text('consentVersion')} required maxLength={40} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('recruitmentUi.leads.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
