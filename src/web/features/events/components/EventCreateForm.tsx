import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind } from '#shared/engagements';
import type { Event } from '#shared/schemas/events';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { fieldErrors } from '#web/lib/api';
import { useCreateEvent } from '../api/events';

/** The few fields an event starts with; programme, people and the rest are added on its page. */
export function EventCreateForm({ onCreated }: { onCreated: (e: Event) => void }) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const [form, setForm] = useState({
    kind: 'international_conference' as EventKind,
    unitId: null as number | null,
    titleZh: '',
    titleEn: '',
    startDate: '',
    endDate: '',
    venue: '',
    isPublic: false,
  });
  const errors = fieldErrors(create.error);
  const text = (k: 'titleZh' | 'titleEn' | 'startDate' | 'endDate' | 'venue') => ({
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ ...form, unitId: form.unitId ?? 0 }, { onSuccess: onCreated });
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('eventsUi.kind')}
          data={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
          value={form.kind}
          onChange={(v) => v && setForm({ ...form, kind: v as EventKind })}
          allowDeselect={false}
        />
        <UnitSelect
          label={t('engagementUi.unit')}
          value={form.unitId}
          onChange={(unitId) => setForm({ ...form, unitId })}
          error={errors.unitId}
          required
        />
        <TextInput label={t('engagementUi.titleZh')} {...text('titleZh')} />
        <TextInput label={t('engagementUi.titleEn')} {...text('titleEn')} />
        <Group grow>
          <TextInput type="date" label={t('engagementUi.startDate')} required {...text('startDate')} />
          <TextInput type="date" label={t('engagementUi.endDate')} required {...text('endDate')} />
        </Group>
        <TextInput label={t('eventsUi.venue')} {...text('venue')} />
        <Checkbox
          label={t('eventsUi.isPublic')}
          checked={form.isPublic}
          onChange={(e) => setForm({ ...form, isPublic: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('engagementUi.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
