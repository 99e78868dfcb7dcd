import '@mantine/core/styles/SegmentedControl.css';
import { Button, Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_DIRECTIONS, type VisitDirection } from '#shared/engagements';
import type { Visit } from '#shared/schemas/visits';
import { PartnerSelect } from '#web/components/ui/PartnerSelect';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { fieldErrors } from '#web/lib/api';
import { useCreateVisit } from '../api/visits';

/** A visit request or a delegation: direction, unit, titles, dates and the (first) partner. */
export function VisitCreateForm({ onCreated }: { onCreated: (v: Visit) => void }) {
  const { t } = useTranslation();
  const create = useCreateVisit();
  const [form, setForm] = useState({
    direction: 'inbound' as VisitDirection,
    unitId: null as number | null,
    partnerId: null as number | null,
    titleZh: '',
    titleEn: '',
    startDate: '',
    endDate: '',
  });
  const errors = fieldErrors(create.error);
  const text = (k: 'titleZh' | 'titleEn' | 'startDate' | 'endDate') => ({
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const { partnerId, ...rest } = form;
        create.mutate(
          { ...rest, unitId: form.unitId ?? 0, partnerIds: partnerId ? [partnerId] : [] },
          { onSuccess: onCreated },
        );
      }}
    >
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('visitsUi.direction')}
          data={VISIT_DIRECTIONS.map((d) => ({ value: d, label: t(`visitDirections.${d}`) }))}
          value={form.direction}
          onChange={(v) => setForm({ ...form, direction: v as VisitDirection })}
        />
        <UnitSelect
          label={t('engagementUi.unit')}
          value={form.unitId}
          onChange={(unitId) => setForm({ ...form, unitId })}
          error={errors.unitId}
          required
        />
        <PartnerSelect
          label={t('engagementUi.partner')}
          value={form.partnerId}
          onChange={(partnerId) => setForm({ ...form, partnerId })}
        />
        <TextInput label={t('engagementUi.titleZh')} {...text('titleZh')} />
        <TextInput label={t('engagementUi.titleEn')} {...text('titleEn')} />
        <Group grow>
          <TextInput type="date" label={t('engagementUi.startDate')} required {...text('startDate')} />
          <TextInput type="date" label={t('engagementUi.endDate')} required {...text('endDate')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('engagementUi.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
