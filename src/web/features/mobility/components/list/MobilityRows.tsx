import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Table.css';
import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MobilitySummary } from '#shared/schemas/mobility';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { SortHeader } from '#web/components/ui/SortHeader';
import type { MobilitySort } from '#web/features/mobility/search';
import { type Formatter, useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';

/** Partner (or host / sending institution) and country, in the reader's language. */
export const placeLine = (fmt: Formatter, m: MobilitySummary) =>
  [fmt.name(m.partnerNameZh, m.partnerNameEn) || fmt.name(m.hostNameZh, m.hostNameEn), fmt.country(m.country)]
    .filter(Boolean)
    .join(' · ');

export const period = (fmt: Formatter, m: { startDate: string | null; endDate: string | null }) =>
  m.startDate || m.endDate ? `${fmt.date(m.startDate) || '…'} – ${fmt.date(m.endDate) || '…'}` : '';

/** Status with the "closing overdue" and archived marks. */
export function MobilityBadges({ m }: { m: MobilitySummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge variant="light" tt="none">
        {t(`mobilityStatuses.${m.status}`)}
      </Badge>
      {m.closingOverdue ? (
        <Badge color="red" variant="light" tt="none">
          {t('mobilityUi.closingOverdue')}
        </Badge>
      ) : null}
      {m.archivedAt ? (
        <Badge color="gray" variant="outline" tt="none">
          {t('partners.archivedBadge')}
        </Badge>
      ) : null}
    </Group>
  );
}

type TableProps = {
  items: MobilitySummary[];
  sort: MobilitySort;
  order: 'asc' | 'desc';
  onSort: (sort: MobilitySort, order: 'asc' | 'desc') => void;
};

export function MobilityTable({ items, sort, order, onSort }: TableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sortProps = { current: sort, order, onSort };
  return (
    <ScrollTable label={t('mobilityUi.title')} minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="name" {...sortProps}>
              {t('mobilityUi.person')}
            </SortHeader>
            <Table.Th scope="col">{t('mobilityFields.kind')}</Table.Th>
            <Table.Th scope="col">{t('mobilityFields.institution')}</Table.Th>
            <SortHeader sort="start_date" {...sortProps}>
              {t('mobilityFields.startDate')}
            </SortHeader>
            <SortHeader sort="end_date" {...sortProps}>
              {t('mobilityFields.endDate')}
            </SortHeader>
            <SortHeader sort="status" {...sortProps}>
              {t('mobilityFields.status')}
            </SortHeader>
            <Table.Th scope="col">{t('mobilityFields.credits')}</Table.Th>
            <Table.Th scope="col">{t('mobilityUi.semesterShort')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Stack gap={0}>
                  <AnchorLink to={paths.mobility(m.id)} fw={600}>
                    {fmt.name(m.personNameZh, m.personNameEn)}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {[m.personNo, t(`mobilityDirections.${m.direction}`)].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {t(`mobilityKinds.${m.kind}`)}
                {m.moeCategory ? (
                  <Text size="xs" c="dimmed">
                    {t(`inboundCategories.${m.moeCategory}`)}
                    {m.dualDegree ? ` · ${t('mobilityFields.dualDegree')}` : ''}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td maw={280}>{placeLine(fmt, m)}</Table.Td>
              <Table.Td>{fmt.date(m.startDate)}</Table.Td>
              <Table.Td>{fmt.date(m.endDate)}</Table.Td>
              <Table.Td>
                <MobilityBadges m={m} />
              </Table.Td>
              <Table.Td>{m.creditBearing ? (m.credits ?? '—') : '—'}</Table.Td>
              <Table.Td>{m.atLeastSemester ? t('common.yes') : t('common.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** On a phone: one card per record. */
export function MobilityCards({ items }: { items: MobilitySummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('mobilityUi.title')}>
      {items.map((m) => (
        <Paper component="li" withBorder radius="md" p="sm" key={m.id}>
          <AnchorLink to={paths.mobility(m.id)} fw={600}>
            {fmt.name(m.personNameZh, m.personNameEn)}
          </AnchorLink>
          <Text size="sm" mt={4}>
            {t(`mobilityKinds.${m.kind}`)} · {placeLine(fmt, m)}
          </Text>
          <Text size="sm">{period(fmt, m)}</Text>
          <MobilityBadges m={m} />
        </Paper>
      ))}
    </Stack>
  );
}
