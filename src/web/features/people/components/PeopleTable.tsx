import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Table.css';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '#shared/schemas/people';
import { BilingualNameLink } from '#web/components/ui/BilingualNameLink';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { SortHeader } from '#web/components/ui/SortHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import type { PeopleSort } from '../search';

type Props = {
  items: PersonSummary[];
  sort: PeopleSort;
  order: 'asc' | 'desc';
  onSort: (sort: PeopleSort, order: 'asc' | 'desc') => void;
};

/** The people list as a table (desktop and tablets; scrolls sideways when narrow). */
export function PeopleTable({ items, sort, order, onSort }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sortProps = { current: sort, order, onSort };
  return (
    <ScrollTable label={t('peopleUi.list.tableLabel')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="name" {...sortProps}>
              {t('peopleUi.list.name')}
            </SortHeader>
            <SortHeader sort="number" {...sortProps}>
              {t('peopleUi.list.number')}
            </SortHeader>
            <Table.Th scope="col">{t('personFields.kind')}</Table.Th>
            <Table.Th scope="col">{t('personFields.unit')}</Table.Th>
            <Table.Th scope="col">{t('personFields.programType')}</Table.Th>
            <Table.Th scope="col">{t('personFields.nationality')}</Table.Th>
            <SortHeader sort="updated" {...sortProps}>
              {t('personFields.updatedAt')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td maw={320}>
                <BilingualNameLink
                  to={paths.person(p.id)}
                  nameZh={p.nameZh}
                  nameEn={p.nameEn}
                  archivedLabel={p.archivedAt ? t('peopleUi.archivedBadge') : null}
                />
              </Table.Td>
              <Table.Td>{p.studentNo ?? p.staffNo ?? '—'}</Table.Td>
              <Table.Td>{t(`personKinds.${p.kind}`)}</Table.Td>
              <Table.Td maw={240}>{fmt.name(p.unitNameZh, p.unitNameEn) || '—'}</Table.Td>
              <Table.Td>
                {p.programType ? t(`programTypes.${p.programType}`) : '—'}
                {p.studyTime === 'evening' ? ` · ${t('studyTimes.evening')}` : ''}
              </Table.Td>
              <Table.Td>{fmt.country(p.nationality) || '—'}</Table.Td>
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
