import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, COMMISSIONING } from '#shared/reporting';
import type { ActivityCreate } from '#shared/schemas/activities';
import { FormActions } from '#web/components/ui/FormActions';
import { PartnerSelect } from '#web/components/ui/PartnerSelect';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { useServerForm } from '#web/lib/form';
import { useCountryOptions } from '#web/lib/reference';
import { type ActivityFormState, kindProblems, shapeOf, toBody } from './formState';

type NumberKey = {
  [K in keyof ActivityFormState]: ActivityFormState[K] extends number | null ? K : never;
}[keyof ActivityFormState];

type Props = {
  initial: ActivityFormState;
  submitLabel: string;
  onSubmit: (body: ActivityCreate) => Promise<unknown>;
  onConflict?: (err: unknown) => void;
  onCancel: () => void;
};

/**
 * Create and edit a college exchange record. The fields follow the kind (a paper abroad asks for the
 * conference, country and city; an industry project for who commissioned it and the funding split),
 * with the kind's own names for the title, counterpart and person; the server checks the same rules.
 */
export function ActivityForm({ initial, submitLabel, onSubmit, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) => ({
      ...required([...(f.unitId ? [] : ['unitId']), ...(f.startDate ? [] : ['startDate'])]),
      ...kindProblems(f, (key) => t(`validation.${key}`)),
    }),
    send: (f) => onSubmit(toBody(f)),
    onConflict,
  });
  const { shows, required } = shapeOf(form.kind);
  const countries = useCountryOptions();
  const label = (part: 'title' | 'counterpart' | 'personName') => t(`activitiesUi.labels.${form.kind}.${part}`);
  const bilingual = (
    part: 'title' | 'counterpart',
    zh: 'titleZh' | 'counterpartZh',
    en: 'titleEn' | 'counterpartEn',
  ) => (
    <>
      <TextInput
        label={t('activitiesUi.form.inChinese', { label: label(part) })}
        required={required(zh)}
        {...text(zh)}
      />
      <TextInput label={t('activitiesUi.form.inEnglish', { label: label(part) })} {...text(en)} />
    </>
  );
  const number = (key: NumberKey, labelText: string, opts: { required?: boolean; decimals?: number } = {}) => (
    <NumberInput
      label={labelText}
      required={opts.required}
      min={0}
      decimalScale={opts.decimals ?? 0}
      thousandSeparator=","
      value={form[key] ?? ''}
      error={errors[key]}
      onChange={(v) => set(key, typeof v === 'number' ? v : null)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('activityFields.kind')}
            required
            allowDeselect={false}
            data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKinds.${k}`) }))}
            value={form.kind}
            error={errors.kind}
            onChange={(v) => v && set('kind', v as ActivityFormState['kind'])}
          />
          <UnitSelect
            label={t('activityFields.unit')}
            required
            value={form.unitId}
            error={errors.unitId}
            onChange={(id) => set('unitId', id)}
          />
          {bilingual('title', 'titleZh', 'titleEn')}
          {shows('counterpart') ? bilingual('counterpart', 'counterpartZh', 'counterpartEn') : null}
          {shows('personName') ? (
            <TextInput label={label('personName')} required={required('personName')} {...text('personName')} />
          ) : null}
          {shows('partner') ? (
            <PartnerSelect
              label={t('activityFields.partner')}
              value={form.partnerId}
              error={errors.partnerId}
              onChange={(id) => set('partnerId', id)}
            />
          ) : null}
          {shows('place') ? (
            <>
              <Select
                label={t('activityFields.country')}
                required={required('country')}
                searchable
                clearable
                data={countries}
                value={form.country}
                error={errors.country}
                onChange={(v) => set('country', v)}
              />
              <TextInput label={t('activityFields.city')} required={required('city')} {...text('city')} />
            </>
          ) : null}
          <TextInput type="date" label={t('activityFields.startDate')} required {...text('startDate')} />
          <TextInput type="date" label={t('activityFields.endDate')} {...text('endDate')} />
          {shows('participants') ? (
            <>
              {number('participants', t('activityFields.participants'))}
              {number('foreignParticipants', t('activityFields.foreignParticipants'))}
            </>
          ) : null}
          {shows('credits') ? number('credits', t('activityFields.credits'), { required: true, decimals: 1 }) : null}
          {shows('commissioning') ? (
            <Select
              label={t('activityFields.commissioning')}
              required
              data={COMMISSIONING.map((c) => ({ value: c, label: t(`commissioning.${c}`) }))}
              value={form.commissioning}
              error={errors.commissioning}
              onChange={(v) => set('commissioning', v as ActivityFormState['commissioning'])}
            />
          ) : null}
        </SimpleGrid>
        {shows('amounts') ? (
          <Stack gap={4}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              {number('amountGovernment', t('activityFields.amountGovernment'))}
              {number('amountIndustry', t('activityFields.amountIndustry'))}
              {number('amountOther', t('activityFields.amountOther'))}
              {number('amountUniversity', t('activityFields.amountUniversity'))}
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('activitiesUi.form.amountsHint')}
            </Text>
          </Stack>
        ) : null}
        <Textarea label={t('activityFields.notes')} autosize minRows={2} {...text('notes')} />
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
