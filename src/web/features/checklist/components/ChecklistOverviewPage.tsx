import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import '@mantine/core/styles/SimpleGrid.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_KINDS, CHECKLIST_STATUSES } from '#shared/mobility';
import type { ChecklistQueueItem } from '#shared/schemas/checklist';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUrlSearch } from '#web/lib/urlSearch';
import { fileUrl, PAGE_SIZE, useChecklistQueue } from '../api/checklist';
import { type ChecklistSearch, EXPIRING_CHOICES, parseChecklistSearch } from '../search';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { ChecklistStatusBadge } from './ChecklistStatusBadge';
import { Expiry } from './Expiry';

/** The office's queue: the documents its office owns, filtered by status, kind and expiry (kept in the URL). */
export function ChecklistOverviewPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { search, update } = useUrlSearch(paths.checklist(), parseChecklistSearch);
  const phone = usePhone();
  const list = useChecklistQueue(search);
  const counts = list.data?.counts;

  return (
    <>
      <PageHeader
        title={t('checklistUi.title')}
        subtitle={
          list.data
            ? t(list.data.totalExact ? 'checklistUi.total' : 'checklistUi.totalMoreThan', {
                total: fmt.number(list.data.total),
              })
            : null
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap" aria-label={t('checklistUi.countsLabel')} role="group">
        {CHECKLIST_STATUSES.map((s) => (
          <Button
            key={s}
            size="compact-sm"
            variant={search.status === s ? 'filled' : 'default'}
            aria-pressed={search.status === s}
            onClick={() => update({ status: search.status === s ? undefined : s })}
          >
            {t(`checklistStatuses.${s}`)} · {fmt.number(counts?.[s] ?? 0)}
          </Button>
        ))}
      </Group>
      <Filters search={search} onChange={update} />
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('checklistUi.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
      >
        {(items) => (phone ? <Cards items={items} /> : <QueueTable items={items} />)}
      </PagedList>
    </>
  );
}

function Filters({ search, onChange }: { search: ChecklistSearch; onChange: (c: Partial<ChecklistSearch>) => void }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mb="md" role="search" className="no-print">
      <Select
        label={t('checklistUi.filters.status')}
        placeholder={t('checklistUi.filters.any')}
        clearable
        data={CHECKLIST_STATUSES.map((s) => ({ value: s, label: t(`checklistStatuses.${s}`) }))}
        value={search.status ?? null}
        onChange={(v) => onChange({ status: (v ?? undefined) as ChecklistSearch['status'] })}
      />
      <Select
        label={t('checklistUi.filters.kind')}
        placeholder={t('checklistUi.filters.any')}
        clearable
        data={CHECKLIST_KINDS.map((k) => ({ value: k, label: t(`checklistKinds.${k}`) }))}
        value={search.kind ?? null}
        onChange={(v) => onChange({ kind: (v ?? undefined) as ChecklistSearch['kind'] })}
      />
      <Select
        label={t('checklistUi.filters.expiring')}
        placeholder={t('checklistUi.filters.any')}
        clearable
        data={[
          ...new Set([...EXPIRING_CHOICES, ...(search.expiringWithinDays ? [search.expiringWithinDays] : [])]),
        ].map((n) => ({ value: String(n), label: t('checklistUi.filters.withinDays', { n }) }))}
        value={search.expiringWithinDays ? String(search.expiringWithinDays) : null}
        onChange={(v) => onChange({ expiringWithinDays: v ? Number(v) : undefined })}
      />
    </SimpleGrid>
  );
}

function Person({ item }: { item: ChecklistQueueItem }) {
  const fmt = useFormat();
  const other = fmt.otherName(item.person.nameZh, item.person.nameEn);
  return (
    <div>
      <Anchor component={Link} to={paths.mobility(item.mobilityId)}>
        {fmt.name(item.person.nameZh, item.person.nameEn)}
      </Anchor>
      {other ? (
        <Text size="xs" c="dimmed">
          {other}
        </Text>
      ) : null}
      {item.person.nationality ? (
        <Text size="xs" c="dimmed">
          {fmt.country(item.person.nationality)}
        </Text>
      ) : null}
    </div>
  );
}

function FileLink({ item }: { item: ChecklistQueueItem }) {
  const { t } = useTranslation();
  return item.file ? (
    <Anchor href={fileUrl(item.id)} download={item.file.name} style={{ overflowWrap: 'anywhere' }}>
      {item.file.name}
    </Anchor>
  ) : (
    <Text size="sm" c="dimmed">
      {t('checklistUi.noFile')}
    </Text>
  );
}

function QueueTable({ items }: { items: ChecklistQueueItem[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ScrollTable label={t('checklistUi.tableLabel')} minWidth={760}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('checklistUi.columns.person')}</Table.Th>
            <Table.Th scope="col">{t('checklistUi.columns.document')}</Table.Th>
            <Table.Th scope="col">{t('checklistUi.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('checklistUi.columns.expires')}</Table.Th>
            <Table.Th scope="col">{t('checklistUi.columns.file')}</Table.Th>
            <Table.Th scope="col">{t('checklistUi.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Person item={item} />
              </Table.Td>
              <Table.Td>{t(`checklistKinds.${item.kind}`)}</Table.Td>
              <Table.Td>
                <ChecklistStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>
                <Expiry date={item.expiresOn} />
              </Table.Td>
              <Table.Td>
                <FileLink item={item} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" component="time" dateTime={item.updatedAt}>
                  {fmt.date(item.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function Cards({ items }: { items: ChecklistQueueItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Paper withBorder p="sm" radius="md" component="li" key={item.id}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Person item={item} />
            <ChecklistStatusBadge status={item.status} />
          </Group>
          <Text size="sm" fw={600} mt="xs">
            {t(`checklistKinds.${item.kind}`)}
          </Text>
          <Expiry date={item.expiresOn} />
          <FileLink item={item} />
        </Paper>
      ))}
    </Stack>
  );
}
