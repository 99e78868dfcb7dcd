import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRIP_KINDS, type TripKind } from '#shared/recruitment';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { missingTrip, type TripFormState } from './tripForm.state';

type Props = {
  initial: TripFormState;
  submitLabel: string;
  onSubmit: (values: TripFormState) => Promise<unknown>;
  /** A 409 on an edit, with the values typed (the page offers the merge). */
  onConflict?: (err: unknown, values: TripFormState) => void;
} & ({ cancelTo: string; onCancel?: never } | { onCancel: () => void; cancelTo?: never });

/** A fair or trip: where, when, who went, what it cost (in the currency's minor units on the wire). */
export function TripForm({ initial, submitLabel, onSubmit, onConflict, ...cancel }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (v, required) => required(missingTrip(v)),
    send: onSubmit,
    onConflict,
  });
  const label = (key: keyof TripFormState) => t(`recruitmentUi.trips.${key}`);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('recruitmentUi.trips.kind')}
            data={TRIP_KINDS.map((k) => ({ value: k, label: t(`recruitmentUi.trips.kinds.${k}`) }))}
            value={form.kind}
            onChange={(k) => set('kind', (k as TripKind) ?? 'fair')}
            allowDeselect={false}
          />
          <TextInput label={label('country')} {...text('country')} required maxLength={2} />
          <TextInput label={label('nameZh')} lang="zh-Hant-TW" {...text('nameZh')} maxLength={300} />
          <TextInput label={label('nameEn')} lang="en" {...text('nameEn')} maxLength={300} />
          <TextInput label={label('city')} {...text('city')} maxLength={120} />
          <TextInput label={label('organiser')} {...text('organiser')} maxLength={300} />
          <TextInput label={label('startDate')} {...text('startDate')} type="date" required />
          <TextInput label={label('endDate')} {...text('endDate')} type="date" required />
          <NumberInput
            label={label('cost')}
            min={0}
            decimalScale={2}
            value={form.cost}
            error={errors.costMinor}
            onChange={(cost) => set('cost', String(cost))}
          />
          <TextInput label={label('currency')} {...text('currency')} maxLength={3} />
        </SimpleGrid>
        <TextInput label={label('staff')} {...text('staff')} />
        <Textarea label={label('notes')} {...text('notes')} autosize minRows={2} />
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} {...cancel} />
      </Stack>
    </form>
  );
}
