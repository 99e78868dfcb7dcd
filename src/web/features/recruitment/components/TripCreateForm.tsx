import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRIP_KINDS, type TripKind } from '#shared/recruitment';
import type { Trip, TripInput } from '#shared/schemas/recruitment';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { useCreateTrip } from '../api/trips';

const empty = {
  kind: 'fair' as TripKind,
  nameZh: '',
  nameEn: '',
  country: '',
  city: '',
  startDate: '',
  endDate: '',
  organiser: '',
  staff: '',
  cost: '' as number | string,
  currency: '',
  notes: '',
};

/** A new fair or trip: where, when, who went, what it cost (in the currency's minor units on the wire). */
export function TripCreateForm({ onCreated }: { onCreated: (trip: Trip) => void }) {
  const { t } = useTranslation();
  const create = useCreateTrip();
  const [v, setV] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const text = (
    key: 'nameZh' | 'nameEn' | 'country' | 'city' | 'startDate' | 'endDate' | 'organiser' | 'staff' | 'currency',
  ) => ({
    label: t(`recruitmentUi.trips.${key}`),
    value: v[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    const body: TripInput = {
      kind: v.kind,
      nameZh: v.nameZh || null,
      nameEn: v.nameEn || null,
      country: v.country.toUpperCase(),
      city: v.city || null,
      startDate: v.startDate,
      endDate: v.endDate,
      organiser: v.organiser || null,
      staff: v.staff
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean),
      costMinor: typeof v.cost === 'number' ? Math.round(v.cost * 100) : null,
      currency: (v.currency.toUpperCase() || null) as TripInput['currency'],
      notes: v.notes || null,
    };
    try {
      onCreated(await create.mutateAsync(body));
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
          <Select
            label={t('recruitmentUi.trips.kind')}
            data={TRIP_KINDS.map((k) => ({ value: k, label: t(`recruitmentUi.trips.kinds.${k}`) }))}
            value={v.kind}
            onChange={(k) => setV({ ...v, kind: (k as TripKind) ?? 'fair' })}
            allowDeselect={false}
          />
          <TextInput {...text('country')} required maxLength={2} />
          <TextInput {...text('nameZh')} maxLength={300} />
          <TextInput {...text('nameEn')} maxLength={300} />
          <TextInput {...text('city')} maxLength={120} />
          <TextInput {...text('organiser')} maxLength={300} />
          <TextInput {...text('startDate')} type="date" required />
          <TextInput {...text('endDate')} type="date" required />
          <NumberInput
            label={t('recruitmentUi.trips.cost')}
            min={0}
            decimalScale={2}
            value={v.cost}
            error={errors.costMinor}
            onChange={(cost) => setV({ ...v, cost })}
          />
          <TextInput {...text('currency')} maxLength={3} />
        </SimpleGrid>
        <TextInput {...text('staff')} />
        <Textarea
          label={t('recruitmentUi.trips.notes')}
          value={v.notes}
          error={errors.notes}
          onChange={(e) => setV({ ...v, notes: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('recruitmentUi.trips.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
