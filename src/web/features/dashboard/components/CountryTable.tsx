import '@mantine/core/styles/Table.css';
import { Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '#web/components/ui/EmptyState';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { SortHeader } from '#web/components/ui/SortHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import type { CountryFigures } from '../api/dashboard';

type Column = 'country' | 'region' | 'partners' | 'withActiveAgreement' | 'activeAgreements';
type SortOrder = 'asc' | 'desc';
type Props = { rows: CountryFigures[]; initialSort: Column };

/** Every country with partners and its counts: the map's text equivalent, each row linking to the list. */
export function CountryTable({ rows, initialSort }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [sort, setSort] = useState<{ key: Column; order: SortOrder }>({ key: initialSort, order: 'desc' });
  const withAgreements = rows.some((r) => r.activeAgreements !== null);
  const region = (r: CountryFigures) => (r.region ? t(`regions.${r.region}`) : '—');
  const text: Partial<Record<Column, (r: CountryFigures) => string>> = {
    country: (r) => fmt.country(r.country),
    region,
  };
  const byName = (a: CountryFigures, b: CountryFigures) => fmt.compare(fmt.country(a.country), fmt.country(b.country));
  const sorted = [...rows].sort((a, b) => {
    const label = text[sort.key];
    const diff = label
      ? fmt.compare(label(a), label(b))
      : Number(a[sort.key as keyof CountryFigures] ?? 0) - Number(b[sort.key as keyof CountryFigures] ?? 0);
    return (sort.order === 'asc' ? diff : -diff) || byName(a, b);
  });
  if (rows.length === 0) return <EmptyState>{t('dashboardUi.table.empty')}</EmptyState>;

  const header = {
    current: sort.key,
    order: sort.order,
    onSort: (key: Column, order: SortOrder) => setSort({ key, order }),
  };
  return (
    <ScrollTable label={t('dashboardUi.table.label')} minWidth={withAgreements ? 440 : 360}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="country" {...header}>
              {t('dashboardUi.table.country')}
            </SortHeader>
            <SortHeader sort="region" {...header}>
              {t('dashboardUi.table.region')}
            </SortHeader>
            <SortHeader sort="partners" {...header}>
              {t('dashboardUi.table.partners')}
            </SortHeader>
            <SortHeader sort="withActiveAgreement" {...header}>
              {t('dashboardUi.table.withActive')}
            </SortHeader>
            {withAgreements ? (
              <SortHeader sort="activeAgreements" {...header}>
                {t('dashboardUi.table.activeAgreements')}
              </SortHeader>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.country} data-country={r.country}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to={paths.partners()} search={{ country: r.country }}>
                  {fmt.country(r.country)}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{region(r)}</Table.Td>
              <Table.Td>{fmt.number(r.partners)}</Table.Td>
              <Table.Td>{fmt.number(r.withActiveAgreement)}</Table.Td>
              {withAgreements ? <Table.Td>{fmt.number(r.activeAgreements ?? 0)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
