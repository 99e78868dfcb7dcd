import '@mantine/core/styles/Table.css';
import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearShortLabelParams } from '#shared/calendar';
import { TREND_GROUPS } from '#shared/executive';
import type { TrendRow } from '#shared/schemas/executive';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { EChart } from '../charts/EChart';
import { Section } from './Section';

/** Outbound and inbound records per academic year over five years: lines, or the same as a table. */
export function TrendsSection({ trends }: { trends: TrendRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const years = trends.map((r) => t('executive.academicYear', academicYearShortLabelParams(r.academicYear)));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: {
        type: 'category',
        data: trends.map((r) => t('executive.academicYear', academicYearShortLabelParams(r.academicYear))),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: TREND_GROUPS.map((g) => ({
        type: 'line',
        name: t(`executive.groups.${g}`),
        data: trends.map((r) => r.counts[g]),
      })),
    }),
    [trends, t],
  );
  const last = trends.at(-1);
  const label = t('executiveUi.trends.alt', {
    year: years.at(-1) ?? '',
    outbound: fmt.number(last?.counts.outboundStudents ?? 0),
    inbound: fmt.number((last?.counts.inboundDegree ?? 0) + (last?.counts.inboundNonDegree ?? 0)),
  });
  return (
    <Section title={t('executiveUi.trends.title')} hint={t('executiveUi.trends.hint')}>
      <EChart
        title={t('executiveUi.trends.title')}
        label={label}
        option={option}
        height={300}
        table={
          <ScrollTable label={t('executiveUi.trends.title')} minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('executiveUi.trends.year')}</Table.Th>
                  {TREND_GROUPS.map((g) => (
                    <Table.Th key={g} ta="right">
                      {t(`executive.groups.${g}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trends.map((r, i) => (
                  <Table.Tr key={r.academicYear}>
                    <Table.Td>{years[i]}</Table.Td>
                    {TREND_GROUPS.map((g) => (
                      <Table.Td key={g} ta="right">
                        {fmt.number(r.counts[g])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        }
      />
    </Section>
  );
}
