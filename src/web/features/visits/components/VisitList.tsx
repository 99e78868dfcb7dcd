import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Card.css';
import { Badge, Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '#shared/schemas/visits';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { paths } from '#web/lib/paths';

/** Visits as a table (wide screens) or cards (phones): title, direction, dates, partners, status. */
export function VisitList({ items }: { items: VisitSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phone = usePhone();
  const title = (v: VisitSummary) => fmt.name(v.titleZh, v.titleEn);
  const dates = (v: VisitSummary) => `${fmt.date(v.startDate)} – ${fmt.date(v.endDate)}`;
  const partners = (v: VisitSummary) => v.partners.map((p) => fmt.name(p.nameZh, p.nameEn)).join('、');
  if (phone)
    return (
      <Stack gap="sm">
        {items.map((v) => (
          <Card key={v.id} withBorder padding="sm">
            <AnchorLink to={paths.visit(v.id)} fw={600}>
              {title(v)}
            </AnchorLink>
            <Text size="sm">
              {t(`visitDirections.${v.direction}`)} · {t(`visitStatuses.${v.status}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {dates(v)}
            </Text>
            <Text size="sm">{partners(v)}</Text>
          </Card>
        ))}
      </Stack>
    );
  return (
    <ScrollTable label={t('visitsUi.title')} minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('engagementUi.titleEn')}</Table.Th>
            <Table.Th>{t('visitsUi.direction')}</Table.Th>
            <Table.Th>{t('engagementUi.startDate')}</Table.Th>
            <Table.Th>{t('visitsUi.partners')}</Table.Th>
            <Table.Th>{t('visitsUi.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <AnchorLink to={paths.visit(v.id)}>{title(v)}</AnchorLink>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={v.direction === 'inbound' ? 'teal' : 'grape'}>
                  {t(`visitDirections.${v.direction}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{dates(v)}</Table.Td>
              <Table.Td>{partners(v)}</Table.Td>
              <Table.Td>{t(`visitStatuses.${v.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
