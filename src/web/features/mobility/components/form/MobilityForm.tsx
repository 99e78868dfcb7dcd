import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Checkbox, NumberInput, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INBOUND_CATEGORIES } from '#shared/mobility';
import type { MobilityCreate } from '#shared/schemas/mobility';
import { FormActions } from '#web/components/ui/FormActions';
import { PartnerSelect } from '#web/components/ui/PartnerSelect';
import { usePartnerPlaces, usePeopleOptions } from '#web/features/mobility/api/mobility';
import { useServerForm } from '#web/lib/form';
import { useFormat } from '#web/lib/format';
import { useCountryOptions } from '#web/lib/reference';
import { type MobilityFormState, shapeOf, toBody } from './formState';

type Props = {
  initial: MobilityFormState;
  /** Editing: the person and direction stay as they are. */
  editing?: boolean;
  submitLabel: string;
  onSubmit: (body: MobilityCreate) => Promise<unknown>;
  onConflict?: (err: unknown) => void;
  cancelTo: string;
};

/**
 * Create and edit a mobility record. The form follows the person and direction: outbound students pick a
 * partner and one of its agreements' exchange places and say whether they earn credits; inbound students
 * get the Ministry category and sending institution; staff and scholars the purpose and outputs.
 */
export function MobilityForm({ initial, editing, submitLabel, onSubmit, onConflict, cancelTo }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) => required([...(f.personId ? [] : ['personId']), ...(f.kind ? [] : ['kind'])]),
    send: (f) => onSubmit(toBody(f)),
    onConflict,
  });
  const [personQ, setPersonQ] = useState('');
  const people = usePeopleOptions(personQ, form.personId);
  const places = usePartnerPlaces(form.partnerId);
  const countries = useCountryOptions();
  const shape = shapeOf(form);
  const personKind = form.personKind ?? people.data?.find((p) => p.id === form.personId)?.kind ?? null;
  if (personKind !== form.personKind) set('personKind', personKind);

  const placeOptions = (places.data ?? [])
    .filter((p) => p.direction === form.direction)
    .map((p) => ({
      value: String(p.id),
      label: `${p.academicYear} · ${p.agreementTitle} · ${t('mobilityUi.form.placeLeft', { remaining: p.remaining, places: p.places })}`,
      disabled: p.remaining <= 0 && p.id !== initial.placeId,
    }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('mobilityUi.form.basics')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('mobilityUi.person')}
              required
              searchable
              disabled={editing}
              data={(people.data ?? []).map((p) => ({
                value: String(p.id),
                label: `${fmt.name(p.nameZh, p.nameEn)} ${p.studentNo ?? p.staffNo ?? ''}`.trim(),
              }))}
              searchValue={personQ}
              onSearchChange={setPersonQ}
              filter={({ options }) => options}
              nothingFoundMessage={t('common.noOptions')}
              value={form.personId ? String(form.personId) : null}
              error={errors.personId}
              onChange={(v) => {
                set('personId', v ? Number(v) : null);
                set('personKind', people.data?.find((p) => String(p.id) === v)?.kind ?? null);
                set('kind', null);
              }}
            />
            <Select
              label={t('mobilityFields.direction')}
              required
              allowDeselect={false}
              disabled={editing}
              data={(['outbound', 'inbound'] as const).map((d) => ({ value: d, label: t(`mobilityDirections.${d}`) }))}
              value={form.direction}
              error={errors.direction}
              onChange={(v) => {
                set('direction', (v as 'outbound' | 'inbound') ?? 'outbound');
                set('kind', null);
              }}
            />
            <Select
              label={t('mobilityFields.kind')}
              required
              data={shape.kinds.map((k) => ({ value: k, label: t(`mobilityKinds.${k}`) }))}
              value={form.kind}
              error={errors.kind}
              onChange={(v) => set('kind', v)}
              description={form.personId ? undefined : t('mobilityUi.form.pickPersonFirst')}
            />
            {shape.inboundStudent ? (
              <Select
                label={t('mobilityFields.moeCategory')}
                required={form.kind === 'degree'}
                clearable
                data={INBOUND_CATEGORIES.map((c) => ({ value: c, label: t(`inboundCategories.${c}`) }))}
                value={form.moeCategory}
                error={errors.moeCategory}
                onChange={(v) => set('moeCategory', v)}
              />
            ) : null}
            {shape.inboundStudent && (errors.moeCategory || form.categoryOverrideReason) ? (
              <TextInput
                label={t('mobilityFields.categoryOverrideReason')}
                description={t('mobilityUi.form.categoryOverrideHint')}
                value={form.categoryOverrideReason}
                error={errors.categoryOverrideReason}
                onChange={(e) => set('categoryOverrideReason', e.currentTarget.value)}
              />
            ) : null}
            {shape.degree ? (
              <Checkbox
                mt="lg"
                label={t('mobilityFields.dualDegree')}
                checked={form.kind === 'dual_degree' || form.dualDegree}
                disabled={form.kind === 'dual_degree'}
                error={errors.dualDegree}
                onChange={(e) => set('dualDegree', e.currentTarget.checked)}
              />
            ) : null}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {form.direction === 'inbound' ? t('mobilityUi.form.from') : t('mobilityUi.form.where')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PartnerSelect
              label={t('mobilityUi.form.partner')}
              value={form.partnerId}
              error={errors.partnerId}
              onChange={(id) => {
                set('partnerId', id);
                set('placeId', null);
              }}
            />
            {shape.usesPlace && form.partnerId ? (
              <Select
                label={t('mobilityUi.form.place')}
                clearable
                data={placeOptions}
                value={form.placeId ? String(form.placeId) : null}
                error={errors.placeId}
                onChange={(v) => set('placeId', v ? Number(v) : null)}
                nothingFoundMessage={t('common.noOptions')}
              />
            ) : null}
            <TextInput label={t('mobilityUi.form.hostNameZh')} {...text('hostNameZh')} />
            <TextInput label={t('mobilityUi.form.hostNameEn')} {...text('hostNameEn')} />
            <Select
              label={t('mobilityFields.country')}
              description={t('mobilityUi.form.countryHint')}
              searchable
              clearable
              data={countries}
              value={form.country}
              error={errors.country}
              onChange={(v) => set('country', v)}
            />
            <TextInput label={t('mobilityFields.city')} {...text('city')} />
            <TextInput type="date" label={t('mobilityFields.startDate')} {...text('startDate')} />
            <TextInput type="date" label={t('mobilityFields.endDate')} {...text('endDate')} />
          </SimpleGrid>
        </Paper>
        {shape.student ? (
          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Checkbox
                mt="lg"
                label={t('mobilityFields.creditBearing')}
                checked={form.creditBearing}
                error={errors.creditBearing}
                onChange={(e) => set('creditBearing', e.currentTarget.checked)}
              />
              {form.creditBearing ? (
                <NumberInput
                  label={t('mobilityFields.credits')}
                  min={0}
                  max={200}
                  decimalScale={1}
                  value={form.credits ?? ''}
                  error={errors.credits}
                  onChange={(v) => set('credits', typeof v === 'number' ? v : null)}
                />
              ) : null}
            </SimpleGrid>
          </Paper>
        ) : null}
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Textarea label={t('mobilityUi.form.purpose')} autosize minRows={2} {...text('purpose')} />
            {shape.staffLike ? (
              <Textarea
                label={t('mobilityUi.form.outputs')}
                description={t('mobilityUi.form.outputsHint')}
                autosize
                minRows={2}
                {...text('outputs')}
              />
            ) : null}
            <Textarea label={t('mobilityUi.form.notes')} autosize minRows={2} {...text('notes')} />
          </Stack>
        </Paper>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
