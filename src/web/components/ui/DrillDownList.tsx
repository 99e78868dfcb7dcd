import '@mantine/core/styles/Table.css';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { peopleParts } from '#shared/i18n/people-parts';
import { reportingParts } from '#shared/i18n/reporting-parts';
import type { DrillDown, DrillRecord } from '#shared/schemas/drilldown';
import { useFormat } from '#web/lib/format';
import { addCatalogs } from '#web/lib/i18n';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { BilingualNameLink } from './BilingualNameLink';
import { EmptyState } from './EmptyState';
import { Loading } from './Loading';
import { ScrollTable } from './ScrollTable';
import { TablePagination } from './TablePagination';

// Kind labels of every record a figure may count (mobility kinds come with the people parts).
addCatalogs(peopleParts);
addCatalogs(reportingParts);

type Props = {
  /** The page of records behind a figure (a Ministry table's cell, a computed indicator). */
  data: DrillDown | undefined;
  loading?: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** What the list is of, for screen readers (e.g. the cell's column and row). */
  label: string;
};

const LINK: Record<DrillRecord['entity'], (id: number) => string> = {
  mobility: paths.mobility,
  agreement: paths.agreement,
  activity: paths.activity,
};
const KIND_LABELS: Record<DrillRecord['entity'], string> = {
  mobility: 'mobilityKinds',
  agreement: 'agreementKinds',
  activity: 'activityKinds',
};

/**
 * The records a figure counts, each linking to its page: name in both languages, kind, unit, country,
 * dates and a short detail (host institution, partner, counterpart). Paged; scrolls sideways on a phone.
 */
export function DrillDownList({ data, loading, page, pageSize, onPageChange, label }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  if (!data) return loading ? <Loading /> : null;
  if (data.total === 0) return <EmptyState>{t('ministry.drill.none')}</EmptyState>;
  return (
    <>
      <ScrollTable label={label} minWidth={720}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ministry.drill.name')}</Table.Th>
              <Table.Th>{t('ministry.drill.kind')}</Table.Th>
              <Table.Th>{t('ministry.drill.unit')}</Table.Th>
              <Table.Th>{t('ministry.drill.country')}</Table.Th>
              <Table.Th>{t('ministry.drill.dates')}</Table.Th>
              <Table.Th>{t('ministry.drill.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((r) => (
              <Table.Tr key={`${r.entity}-${r.id}`}>
                <Table.Td>
                  <BilingualNameLink
                    to={LINK[r.entity](r.id)}
                    nameZh={r.nameZh ?? (r.nameEn ? null : `#${r.id}`)}
                    nameEn={r.nameEn}
                  />
                </Table.Td>
                <Table.Td>{t(`${KIND_LABELS[r.entity]}.${r.kind}`, { defaultValue: r.kind })}</Table.Td>
                <Table.Td>{r.unitId ? unitName(r.unitId) : ''}</Table.Td>
                <Table.Td>{fmt.country(r.country)}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {[fmt.date(r.startDate), fmt.date(r.endDate)].filter(Boolean).join(' – ')}
                  </Text>
                </Table.Td>
                <Table.Td>{fmt.name(r.detailZh, r.detailEn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <TablePagination page={page} pageSize={pageSize} total={data.total} onChange={onPageChange} />
    </>
  );
}
