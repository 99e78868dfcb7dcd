import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, ENTITY_TYPES } from '#web/lib/enums';
import { useFormat } from '#web/lib/format';
import { useCan } from '#web/lib/session';
import { useActors } from '../api/audit';
import type { AuditSearch } from '../search';

type Props = { search: AuditSearch; onChange: (changes: Partial<AuditSearch>) => void };

export function AuditFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canListUsers = useCan('users', 'read');
  const actors = useActors(canListUsers).data ?? [];
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);
  const actorOptions = actors.map((u) => ({
    value: String(u.id),
    label: `${fmt.name(u.nameZh, u.nameEn) || u.email} <${u.email}>`,
  }));
  if (search.actorId && !actorOptions.some((o) => o.value === String(search.actorId))) {
    actorOptions.unshift({ value: String(search.actorId), label: `#${search.actorId}` });
  }

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" mb="md" role="search" className="no-print">
      <Select
        label={t('audit.filters.entityType')}
        placeholder={t('common.all')}
        clearable
        data={ENTITY_TYPES.map((v) => ({ value: v, label: t(`entityTypes.${v}`) }))}
        value={search.entityType ?? null}
        onChange={(v) => onChange({ entityType: (v as AuditSearch['entityType']) ?? undefined, entityId: undefined })}
      />
      <Select
        label={t('audit.filters.action')}
        placeholder={t('common.all')}
        clearable
        data={AUDIT_ACTIONS.map((v) => ({ value: v, label: t(`auditActions.${v}`) }))}
        value={search.action ?? null}
        onChange={(v) => onChange({ action: (v as AuditSearch['action']) ?? undefined })}
      />
      <Select
        label={t('audit.filters.actor')}
        placeholder={canListUsers ? t('common.all') : t('audit.filters.actorHint')}
        clearable
        searchable
        nothingFoundMessage={t('common.noOptions')}
        data={actorOptions}
        value={search.actorId ? String(search.actorId) : null}
        onChange={(v) => onChange({ actorId: v ? Number(v) : undefined })}
      />
      <TextInput
        type="search"
        label={t('audit.filters.text')}
        placeholder={t('audit.filters.textPlaceholder')}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.from')}
        value={search.from ?? ''}
        max={search.to}
        onChange={(e) => onChange({ from: e.currentTarget.value || undefined })}
      />
      <TextInput
        type="date"
        label={t('audit.filters.to')}
        value={search.to ?? ''}
        min={search.from}
        onChange={(e) => onChange({ to: e.currentTarget.value || undefined })}
      />
    </SimpleGrid>
  );
}
