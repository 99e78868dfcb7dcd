import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Table.css';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementSummary } from '#shared/schemas/agreements';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { SortHeader } from '#web/components/ui/SortHeader';
import type { AgreementSort } from '#web/features/agreements/search';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { AgreementTermCells } from './AgreementTermCells';

type Props = {
  items: AgreementSummary[];
  sort: AgreementSort;
  order: 'asc' | 'desc';
  onSort: (sort: AgreementSort, order: 'asc' | 'desc') => void;
};

/** The agreements list as a table (desktop and tablets; scrolls sideways when narrow). */
export function AgreementsTable({ items, sort, order, onSort }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const sortProps = { current: sort, order, onSort };
  return (
    <ScrollTable label={t('agreementsUi.list.tableLabel')} minWidth={980}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="title" {...sortProps}>
              {t('agreementsUi.list.agreement')}
            </SortHeader>
            <Table.Th scope="col">{t('agreementFields.partners')}</Table.Th>
            <Table.Th scope="col">{t('agreementFields.kind')}</Table.Th>
            <Table.Th scope="col">{t('agreementFields.status')}</Table.Th>
            <SortHeader sort="start_date" {...sortProps}>
              {t('agreementFields.startDate')}
            </SortHeader>
            <SortHeader sort="end_date" {...sortProps}>
              {t('agreementFields.endDate')}
            </SortHeader>
            <Table.Th scope="col">{t('agreementFields.owningUnit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td maw={320}>
                <Stack gap={0}>
                  <Group gap={6} wrap="nowrap">
                    <AnchorLink to={paths.agreement(a.id)} fw={600}>
                      {fmt.name(a.titleZh, a.titleEn)}
                    </AnchorLink>
                    {a.archivedAt ? (
                      <Badge size="xs" color="gray" variant="outline" tt="none">
                        {t('partners.archivedBadge')}
                      </Badge>
                    ) : null}
                  </Group>
                  {a.code ? (
                    <Text size="xs" c="dimmed">
                      {a.code}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td maw={280}>
                <Stack gap={2}>
                  {a.partners.map((p) => (
                    <Text size="sm" key={p.id}>
                      <AnchorLink to={paths.partner(p.id)} size="sm">
                        {fmt.name(p.nameZh, p.nameEn)}
                      </AnchorLink>{' '}
                      <Text span size="xs" c="dimmed">
                        {fmt.country(p.country)}
                      </Text>
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <AgreementTermCells agreement={a} />
              <Table.Td>{unitName(a.owningUnitId) || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
