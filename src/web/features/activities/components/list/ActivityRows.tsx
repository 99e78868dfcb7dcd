import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Table.css';
import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '#shared/reporting';
import type { ActivitySummary } from '#shared/schemas/activities';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { SortHeader } from '#web/components/ui/SortHeader';
import type { ActivitySort } from '#web/features/activities/search';
import { type Formatter, useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';

export const titleOf = (fmt: Formatter, a: Pick<ActivitySummary, 'titleZh' | 'titleEn' | 'personName' | 'id'>) =>
  fmt.name(a.titleZh, a.titleEn) || a.personName || `#${a.id}`;
export const counterpartOf = (fmt: Formatter, a: ActivitySummary) =>
  fmt.name(a.partnerNameZh, a.partnerNameEn) || fmt.name(a.counterpartZh, a.counterpartEn);
export const placeOf = (fmt: Formatter, a: ActivitySummary) =>
  [fmt.country(a.country), a.city].filter(Boolean).join(' · ');
export const periodOf = (fmt: Formatter, a: ActivitySummary) =>
  a.endDate && a.endDate !== a.startDate ? `${fmt.date(a.startDate)} – ${fmt.date(a.endDate)}` : fmt.date(a.startDate);

type Column = { key: string; label: string; cell: (a: ActivitySummary) => ReactNode };

/** The columns a kind's list shows beyond title, unit and dates (all kinds: kind, counterpart, place). */
function useKindColumns(kind: ActivityKind | undefined): Column[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = (part: string) => (kind ? t(`activitiesUi.labels.${kind}.${part}`) : t(`activityFields.${part}`));
  const num = (v: number | null) => (v === null ? '—' : fmt.number(v));
  const counterpart = {
    key: 'counterpart',
    label: label('counterpart'),
    cell: (a: ActivitySummary) => counterpartOf(fmt, a),
  };
  const person = { key: 'personName', label: label('personName'), cell: (a: ActivitySummary) => a.personName };
  const place = { key: 'place', label: t('activityFields.country'), cell: (a: ActivitySummary) => placeOf(fmt, a) };
  const people = [
    { key: 'participants', label: t('activityFields.participants'), cell: (a: ActivitySummary) => num(a.participants) },
    {
      key: 'foreign',
      label: t('activityFields.foreignParticipants'),
      cell: (a: ActivitySummary) => num(a.foreignParticipants),
    },
  ];
  switch (kind) {
    case undefined:
      return [
        { key: 'kind', label: t('activityFields.kind'), cell: (a) => t(`activityKinds.${a.kind}`) },
        counterpart,
        place,
      ];
    case 'english_course':
      return [person, { key: 'credits', label: t('activityFields.credits'), cell: (a) => num(a.credits) }, ...people];
    case 'conference_held':
      return [counterpart, place, ...people];
    case 'scholar_invited':
    case 'paper_abroad':
      return [person, counterpart, place];
    case 'transnational_contract':
      return [counterpart, place];
    case 'industry_project':
      return [
        counterpart,
        person,
        {
          key: 'commissioning',
          label: t('activityFields.commissioning'),
          cell: (a) => (a.commissioning ? t(`commissioning.${a.commissioning}`) : ''),
        },
        { key: 'amount', label: t('activityFields.amountTotal'), cell: (a) => `NT$${fmt.number(a.amountTotal)}` },
      ];
  }
}

function ArchivedBadge({ a }: { a: ActivitySummary }) {
  const { t } = useTranslation();
  return a.archivedAt ? (
    <Badge color="gray" variant="outline" tt="none">
      {t('activitiesUi.archive.badge')}
    </Badge>
  ) : null;
}

type TableProps = {
  items: ActivitySummary[];
  kind: ActivityKind | undefined;
  sort: ActivitySort;
  order: 'asc' | 'desc';
  onSort: (sort: ActivitySort, order: 'asc' | 'desc') => void;
};

export function ActivityTable({ items, kind, sort, order, onSort }: TableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const columns = useKindColumns(kind);
  const sortProps = { current: sort, order, onSort };
  return (
    <ScrollTable label={t('activities.title')} minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="title" {...sortProps}>
              {kind ? t(`activitiesUi.labels.${kind}.title`) : t('activitiesUi.sorts.title')}
            </SortHeader>
            <Table.Th scope="col">{t('activityFields.unit')}</Table.Th>
            {columns.map((c) => (
              <Table.Th scope="col" key={c.key}>
                {c.label}
              </Table.Th>
            ))}
            <SortHeader sort="start_date" {...sortProps}>
              {t('activitiesUi.detail.period')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td maw={320}>
                <AnchorLink to={paths.activity(a.id)} fw={600}>
                  {titleOf(fmt, a)}
                </AnchorLink>
                <ArchivedBadge a={a} />
              </Table.Td>
              <Table.Td>{unitName(a.unitId)}</Table.Td>
              {columns.map((c) => (
                <Table.Td key={c.key}>{c.cell(a)}</Table.Td>
              ))}
              <Table.Td>{periodOf(fmt, a)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** On a phone: one card per record. */
export function ActivityCards({ items }: { items: ActivitySummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('activities.title')}>
      {items.map((a) => (
        <Paper component="li" withBorder radius="md" p="sm" key={a.id}>
          <AnchorLink to={paths.activity(a.id)} fw={600}>
            {titleOf(fmt, a)}
          </AnchorLink>
          <Text size="sm" mt={4}>
            {[t(`activityKinds.${a.kind}`), unitName(a.unitId)].join(' · ')}
          </Text>
          <Text size="sm" c="dimmed">
            {[counterpartOf(fmt, a), placeOf(fmt, a), periodOf(fmt, a)].filter(Boolean).join(' · ')}
          </Text>
          <ArchivedBadge a={a} />
        </Paper>
      ))}
    </Stack>
  );
}
