import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Table.css';
import { Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorProgressRow, ProgressCell } from '#shared/schemas/executive';
import { EmptyState } from '#web/components/ui/EmptyState';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { Section } from './Section';

/** Every indicator against its target: the whole university and each college, value / target with a bar. */
export function ProgressSection({ rows, year }: { rows: IndicatorProgressRow[]; year: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const colleges = rows[0]?.colleges ?? [];
  return (
    <Section title={t('executiveUi.progress.title')} hint={t('executiveUi.progress.hint', { year })}>
      {rows.length === 0 ? (
        <EmptyState>{t('executiveUi.progress.none')}</EmptyState>
      ) : (
        <ScrollTable label={t('executiveUi.progress.title')} minWidth={260 + (colleges.length + 1) * 150}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('executiveUi.progress.indicator')}</Table.Th>
                <Table.Th>{t('executive.wholeUniversity')}</Table.Th>
                {colleges.map((c) => (
                  <Table.Th key={c.unitId}>{fmt.name(c.unitNameZh, c.unitNameEn)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.indicatorId}>
                  <Table.Td>
                    <AnchorLink to={paths.indicator(r.indicatorId)} size="sm">
                      {r.code}
                    </AnchorLink>
                    <Text size="sm">{fmt.name(r.nameZh, r.nameEn)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Figure cell={r.university} name={fmt.name(r.nameZh, r.nameEn)} />
                  </Table.Td>
                  {colleges.map((c) => (
                    <Table.Td key={c.unitId}>
                      <Figure
                        cell={r.colleges.find((x) => x.unitId === c.unitId) ?? null}
                        name={fmt.name(r.nameZh, r.nameEn)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Section>
  );
}

function Figure({ cell, name }: { cell: ProgressCell | null; name: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!cell) return <Text size="sm">—</Text>;
  const unit = cell.unitId === null ? t('executive.wholeUniversity') : fmt.name(cell.unitNameZh, cell.unitNameEn);
  if (cell.target === null || cell.percent === null) {
    return <Text size="sm">{t('executiveUi.progress.noTarget', { value: fmt.number(cell.value) })}</Text>;
  }
  const percent = cell.percent;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('executiveUi.progress.figure', {
          value: fmt.number(cell.value),
          target: fmt.number(cell.target),
          percent: fmt.number(percent),
        })}
      </Text>
      <Progress
        value={Math.min(100, percent)}
        color={percent >= 100 ? 'teal' : percent >= 50 ? 'blue' : 'orange'}
        aria-label={t('executiveUi.progress.bar', { name, unit, percent: fmt.number(percent) })}
        size="sm"
      />
    </Stack>
  );
}
