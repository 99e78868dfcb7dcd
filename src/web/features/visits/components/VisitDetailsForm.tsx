import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_STATUSES, type VisitStatus } from '#shared/engagements';
import type { Visit } from '#shared/schemas/visits';
import { fieldErrors } from '#web/lib/api';
import { toUpdate, useUpdateVisit } from '../api/visits';

const num = (v: string) => (v.trim() === '' ? null : Number(v));

/** The visit's own fields after creation: status, purpose, topics, size, budget and funding source. */
export function VisitDetailsForm({ visit, onDone }: { visit: Visit; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateVisit(visit.id);
  const [form, setForm] = useState({
    status: visit.status,
    purpose: visit.purpose ?? '',
    topics: visit.topics ?? '',
    size: visit.size === null ? '' : String(visit.size),
    budget: visit.budget === null ? '' : String(visit.budget),
    fundingSource: visit.fundingSource ?? '',
  });
  const errors = fieldErrors(update.error);
  const set = (k: Exclude<keyof typeof form, 'status'>) => ({
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const changes = { ...form, size: num(form.size), budget: num(form.budget) };
        update.mutate(toUpdate(visit, changes), { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('visitsUi.status')}
          data={VISIT_STATUSES.map((s) => ({ value: s, label: t(`visitStatuses.${s}`) }))}
          value={form.status}
          onChange={(v) => v && setForm({ ...form, status: v as VisitStatus })}
          allowDeselect={false}
        />
        <Textarea label={t('visitsUi.purpose')} autosize minRows={2} {...set('purpose')} />
        <Textarea label={t('visitsUi.topics')} autosize minRows={2} {...set('topics')} />
        <Group grow>
          <TextInput label={t('visitsUi.size')} inputMode="numeric" {...set('size')} />
          <TextInput label={t('visitsUi.budget')} inputMode="numeric" {...set('budget')} />
        </Group>
        <TextInput label={t('visitsUi.fundingSource')} {...set('fundingSource')} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
