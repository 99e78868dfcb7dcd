import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_KINDS } from '#shared/engagements';
import type { Visit } from '#shared/schemas/visits';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { useMe } from '#web/lib/session';
import { useAddFollowup, useFollowupDone } from '../api/visits';
import { AssigneeSelect } from './AssigneeSelect';

/**
 * Follow-ups become tasks: an owner, a due date, the partner they concern. They appear in the owner's
 * calendar feed and on their home's to-dos; the owner (or whoever may edit the visit) ticks them done. The
 * owner is picked from the colleagues who may open the visit (the person adding it, to begin with).
 */
export function Followups({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const add = useAddFollowup(visit.id);
  const done = useFollowupDone(visit.id);
  const [form, setForm] = useState({
    kind: 'draft_agreement' as (typeof FOLLOWUP_KINDS)[number],
    title: '',
    dueOn: '',
  });
  const [owner, setOwner] = useState<{ id: number; name: string } | null>(null);
  const assignee = owner ?? (me ? { id: me.id, name: fmt.name(me.nameZh, me.nameEn) || me.email } : null);
  const errors = fieldErrors(add.error);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('visitsUi.followups')}
        </Title>
        {visit.followups.length ? (
          visit.followups.map((f) => (
            <Checkbox
              key={f.id}
              checked={f.doneAt !== null}
              disabled={!visit.permissions.update && f.assigneeId !== me?.id}
              onChange={(e) => done.mutate({ followupId: f.id, done: e.currentTarget.checked })}
              label={`${t(`followupKinds.${f.kind}`)}：${f.title}（${t('visitsUi.assignee')} ${f.assigneeName ?? ''}，${t('visitsUi.dueOn')} ${fmt.date(f.dueOn)}）`}
            />
          ))
        ) : (
          <Text c="dimmed">{t('visitsUi.noFollowups')}</Text>
        )}
        {visit.permissions.update && me ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate(
                { ...form, assigneeId: assignee?.id ?? 0, partnerId: visit.partners[0]?.id ?? null },
                { onSuccess: () => setForm({ ...form, title: '' }) },
              );
            }}
          >
            <Group align="flex-end" gap="xs" wrap="wrap">
              <Select
                label={t('visitsUi.followupKind')}
                data={FOLLOWUP_KINDS.map((k) => ({ value: k, label: t(`followupKinds.${k}`) }))}
                value={form.kind}
                onChange={(v) => v && setForm({ ...form, kind: v as typeof form.kind })}
                allowDeselect={false}
              />
              <TextInput
                label={t('visitsUi.followupTitle')}
                required
                value={form.title}
                error={errors.title}
                onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
              />
              <TextInput
                label={t('visitsUi.dueOn')}
                type="date"
                required
                value={form.dueOn}
                error={errors.dueOn}
                onChange={(e) => setForm({ ...form, dueOn: e.currentTarget.value })}
              />
              <AssigneeSelect visitId={visit.id} value={assignee} error={errors.assigneeId} onChange={setOwner} />
              <Button type="submit" variant="light" loading={add.isPending}>
                {t('visitsUi.addFollowup')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
