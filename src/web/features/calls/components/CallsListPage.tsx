import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALL_STATUSES, type CallStatus } from '#shared/mobility';
import type { CallSummary } from '#shared/schemas/calls';
import { SearchInput } from '#web/components/ui/ListFilters';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { PAGE_SIZE, useCalls } from '../api/calls';
import { parseCallSearch } from '../search';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { CallStatusBadge, Deadline, useTermLabel } from './common';

/**
 * Calls for applications. Staff see every call with its status, deadline and counts; students see the calls open
 * to them (deadline in their local time, days left) and reach their own applications from here.
 */
export function CallsListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { search, update } = useUrlSearch(paths.calls(), parseCallSearch);
  const phone = usePhone();
  const canManage = useCan('calls', 'manage');
  const canApply = useCan('calls', 'apply');
  const list = useCalls(search);

  return (
    <>
      <PageHeader
        title={t('callsUi.title')}
        subtitle={
          canApply
            ? t('callsUi.list.studentHint')
            : list.data
              ? t('callsUi.list.total', { total: fmt.number(list.data.total) })
              : null
        }
        actions={
          <>
            {canApply ? (
              <ButtonLink to={paths.myApplications()} variant="default">
                {t('callsUi.list.myApplications')}
              </ButtonLink>
            ) : null}
            {canManage ? <ButtonLink to={paths.callNew()}>{t('callsUi.list.new')}</ButtonLink> : null}
          </>
        }
      />
      {canApply ? null : (
        <Paper withBorder p="sm" radius="md" mb="md" role="search" className="no-print">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <div style={{ flex: '1 1 16rem' }}>
              <SearchInput
                label={t('callsUi.list.search')}
                placeholder={t('callsUi.list.searchPlaceholder')}
                value={search.q}
                onSearch={(q) => update({ q })}
              />
            </div>
            <Select
              label={t('callsUi.fields.status')}
              clearable
              w={{ base: '100%', xs: 180 }}
              placeholder={t('common.all')}
              data={CALL_STATUSES.map((s) => ({ value: s, label: t(`callStatuses.${s}`) }))}
              value={search.status ?? null}
              onChange={(v) => update({ status: (v as CallStatus | null) ?? undefined })}
            />
          </Group>
        </Paper>
      )}
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={canApply ? t('callsUi.list.emptyOpen') : t('callsUi.list.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
      >
        {(items) => (phone || canApply ? <CallCards items={items} student={canApply} /> : <CallsTable items={items} />)}
      </PagedList>
    </>
  );
}

function CallsTable({ items }: { items: CallSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const term = useTermLabel();
  return (
    <ScrollTable label={t('callsUi.list.tableLabel')} minWidth={820}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('callsUi.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('callsUi.fields.term')}</Table.Th>
            <Table.Th scope="col">{t('callsUi.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('callsUi.fields.deadline')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('callsUi.fields.offers')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('callsUi.fields.places')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('callsUi.fields.applications')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <AnchorLink to={paths.call(c.id)} fw={600}>
                  {fmt.name(c.titleZh, c.titleEn)}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{term(c.academicYear, c.term)}</Table.Td>
              <Table.Td>
                <CallStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <Deadline iso={c.deadline} withDays={c.status === 'open'} />
              </Table.Td>
              <Table.Td ta="end">{fmt.number(c.offerCount)}</Table.Td>
              <Table.Td ta="end">{fmt.number(c.placeCount)}</Table.Td>
              <Table.Td ta="end">{fmt.number(c.applicationCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** On a phone (and for students): one card per call. */
function CallCards({ items, student }: { items: CallSummary[]; student: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const term = useTermLabel();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('callsUi.list.tableLabel')}>
      {items.map((c) => (
        <Paper component="li" withBorder radius="md" p="sm" key={c.id}>
          <AnchorLink to={paths.call(c.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {fmt.name(c.titleZh, c.titleEn)}
          </AnchorLink>
          <Text size="sm" mt={4}>
            {term(c.academicYear, c.term)}
          </Text>
          <Text size="sm" mt={2}>
            {t('callsUi.fields.deadline')}: <Deadline iso={c.deadline} withDays={c.status === 'open'} />
          </Text>
          <Text size="sm" mt={2}>
            {t('callsUi.list.counts', {
              offers: fmt.number(c.offerCount),
              places: fmt.number(c.placeCount),
            })}
            {student ? null : ` · ${t('callsUi.list.applicationCount', { n: fmt.number(c.applicationCount) })}`}
          </Text>
          <Group gap={6} mt={6}>
            <CallStatusBadge status={c.status} />
            {student && c.myApplicationId ? (
              <AnchorLink to={paths.application(c.myApplicationId)} size="sm">
                {t('callsUi.list.myApplication')}
              </AnchorLink>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
