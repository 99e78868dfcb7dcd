import '@mantine/core/styles/Table.css';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExecutiveDashboard } from '#shared/schemas/executive';
import { EmptyState } from '#web/components/ui/EmptyState';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { Section } from './Section';

const SHOWN = 10;

/**
 * Agreements in force that end within 180 days, soonest first, each linking to the agreement; the
 * first ten here, all of them in the agreements list filtered the same way.
 */
export function ExpiringSection({ rows, total }: { rows: ExecutiveDashboard['expiring']; total: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section title={t('executiveUi.expiring.title')}>
      {total > SHOWN ? (
        <AnchorLink to={paths.agreements()} search={{ expiringWithinDays: 180 }} size="sm">
          {t('executiveUi.expiring.all', { n: fmt.number(total) })}
        </AnchorLink>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>{t('executiveUi.expiring.none')}</EmptyState>
      ) : (
        <ScrollTable label={t('executiveUi.expiring.title')} minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('executiveUi.expiring.agreement')}</Table.Th>
                <Table.Th>{t('executiveUi.expiring.partner')}</Table.Th>
                <Table.Th>{t('executiveUi.expiring.ends')}</Table.Th>
                <Table.Th ta="right">{t('executiveUi.expiring.daysLeft')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, SHOWN).map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <AnchorLink to={paths.agreement(a.id)} size="sm">
                      {fmt.name(a.titleZh, a.titleEn)}
                    </AnchorLink>
                    {a.code ? (
                      <Text size="xs" c="dimmed">
                        {a.code}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{fmt.name(a.partnerZh, a.partnerEn)}</Text>
                    <Text size="xs" c="dimmed">
                      {fmt.country(a.country)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{fmt.date(a.endDate)}</Table.Td>
                  <Table.Td ta="right">{fmt.number(a.daysLeft)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Section>
  );
}
