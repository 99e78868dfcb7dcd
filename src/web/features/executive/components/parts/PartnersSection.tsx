import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '#shared/schemas/dashboard';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { EChart } from '../charts/EChart';
import { Section } from './Section';

/** Partners and agreements: the headline figures, agreements per status (bars) and the world map. */
export function PartnersSection({ summary, map }: { summary: DashboardSummary; map?: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const agreements = summary.agreements;
  const ending = agreements?.endingWithin.at(-1);
  const figures = [
    { label: t('executiveUi.partners.partners'), value: summary.partners.total },
    { label: t('executiveUi.partners.countries'), value: summary.partners.countries },
    { label: t('executiveUi.partners.withActive'), value: summary.partners.withActiveAgreement },
    { label: t('executiveUi.partners.inForce'), value: agreements?.inForce ?? 0 },
    { label: t('executiveUi.partners.ending', { days: ending?.days ?? 180 }), value: ending?.count ?? 0 },
  ];
  const byStatus = agreements?.byStatus ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: byStatus.map((s) => t(`agreementStatuses.${s.status}`)) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: byStatus.map((s) => s.count), label: { show: true, position: 'right' } }],
    }),
    [byStatus, t],
  );
  return (
    <Section title={t('executiveUi.partners.title')} hint={t('executiveUi.asOf', { date: fmt.date(summary.asOf) })}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {figures.map((f) => (
          <Paper key={f.label} withBorder p="sm" radius="md">
            <Text fz="xl" fw={700}>
              {fmt.number(f.value)}
            </Text>
            <Text size="sm">{f.label}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {map}
      {agreements ? (
        <EChart
          title={t('executiveUi.partners.byStatus')}
          label={t('executiveUi.partners.byStatusAlt', {
            list: byStatus.map((s) => `${t(`agreementStatuses.${s.status}`)} ${fmt.number(s.count)}`).join(', '),
          })}
          option={option}
          height={Math.max(180, byStatus.length * 30)}
          table={
            <ScrollTable label={t('executiveUi.partners.byStatus')} minWidth={280}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('executiveUi.partners.status')}</Table.Th>
                    <Table.Th ta="right">{t('executiveUi.partners.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {byStatus.map((s) => (
                    <Table.Tr key={s.status}>
                      <Table.Td>
                        <AnchorLink to={paths.agreements()} search={{ status: s.status }}>
                          {t(`agreementStatuses.${s.status}`)}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td ta="right">{fmt.number(s.count)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          }
        />
      ) : null}
    </Section>
  );
}
