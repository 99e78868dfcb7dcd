import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Table.css';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerSummary } from '#shared/schemas/partners';
import { BilingualNameLink } from '#web/components/ui/BilingualNameLink';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { SortHeader } from '#web/components/ui/SortHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import type { PartnerSort } from '../search';
import { StatusBadge } from './StatusBadge';

type Props = {
  items: PartnerSummary[];
  sort: PartnerSort;
  order: 'asc' | 'desc';
  onSort: (sort: PartnerSort, order: 'asc' | 'desc') => void;
};

/** The partners list as a table (desktop and tablets; scrolls sideways when narrow). */
export function PartnersTable({ items, sort, order, onSort }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sortProps = { current: sort, order, onSort };
  return (
    <ScrollTable label={t('partners.list.tableLabel')} minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="name" {...sortProps}>
              {t('partners.list.name')}
            </SortHeader>
            <SortHeader sort="country" {...sortProps}>
              {t('partnerFields.country')}
            </SortHeader>
            <Table.Th scope="col">{t('partnerFields.region')}</Table.Th>
            <Table.Th scope="col">{t('partnerFields.city')}</Table.Th>
            <Table.Th scope="col">{t('partnerFields.type')}</Table.Th>
            <Table.Th scope="col">{t('partnerFields.status')}</Table.Th>
            <SortHeader sort="updated" {...sortProps}>
              {t('partnerFields.updatedAt')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td maw={360}>
                <BilingualNameLink
                  to={paths.partner(p.id)}
                  nameZh={p.nameZh}
                  nameEn={p.nameEn}
                  archivedLabel={p.archivedAt ? t('partners.archivedBadge') : null}
                />
              </Table.Td>
              <Table.Td>{fmt.country(p.country)}</Table.Td>
              <Table.Td>{p.region ? t(`regions.${p.region}`) : '—'}</Table.Td>
              <Table.Td>{fmt.name(p.cityZh, p.city) || '—'}</Table.Td>
              <Table.Td>{t(`partnerTypes.${p.type}`)}</Table.Td>
              <Table.Td>
                <StatusBadge status={p.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" component="time" dateTime={p.updatedAt}>
                  {fmt.date(p.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
