import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, Paper, Select, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingProgram } from '#shared/schemas/funding';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { awardsExportUrl, useProgramAwards } from '#web/features/funding/api/funding';
import { paths } from '#web/lib/paths';
import { useFundingFormat } from './useFundingFormat';

/**
 * The awards of one of the program's years, each linked to its mobility, and their xlsx export. A college
 * coordinator sees their college's awards only (the server filters).
 */
export function AwardsPanel({ program }: { program: FundingProgram }) {
  const { t } = useTranslation();
  const fmt = useFundingFormat();
  const [chosen, setChosen] = useState<number | null>(null);
  const yearId = chosen ?? program.years[0]?.id ?? null;
  const awards = useProgramAwards(program.id, yearId);
  const year = program.years.find((y) => y.id === yearId);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="awards-heading">
      <Group justify="space-between" mb="sm" gap="xs" align="flex-end">
        <Title order={2} size="h4" id="awards-heading">
          {t('fundingUi.awards.title')}
        </Title>
        {program.years.length ? (
          <Group gap="xs" align="flex-end">
            <Select
              label={t('fundingUi.list.year')}
              w={240}
              allowDeselect={false}
              data={program.years.map((y) => ({ value: String(y.id), label: fmt.yearLabel(y.year) }))}
              value={yearId ? String(yearId) : null}
              onChange={(v) => v && setChosen(Number(v))}
            />
            {yearId && awards.data?.length ? (
              <DownloadButton variant="default" href={awardsExportUrl(program.id, yearId, fmt.locale)}>
                {t('fundingUi.awards.export')}
              </DownloadButton>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {awards.error ? <ErrorAlert error={awards.error} onRetry={() => void awards.refetch()} /> : null}
      {yearId && awards.isPending ? <Loading /> : null}
      {!yearId || (awards.data && awards.data.length === 0) ? (
        <EmptyState>{t('fundingUi.awards.none')}</EmptyState>
      ) : null}
      {awards.data?.length ? (
        <ScrollTable label={year ? fmt.yearLabel(year.year) : t('fundingUi.awards.title')} minWidth={1000}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fundingUi.awards.person')}</Table.Th>
                <Table.Th scope="col">{t('fundingUi.awards.studentNo')}</Table.Th>
                <Table.Th scope="col">{t('fundingUi.awards.department')}</Table.Th>
                <Table.Th scope="col">{t('fundingUi.awards.mobilityKind')}</Table.Th>
                <Table.Th scope="col">{t('fundingUi.awards.country')}</Table.Th>
                <Table.Th scope="col">{t('fundingUi.awards.dates')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fundingUi.fields.amount')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fundingUi.fields.spentAmount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {awards.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <AnchorLink to={paths.mobility(a.mobilityId)}>
                      {fmt.name(a.nameZh, a.nameEn) || `#${a.mobilityId}`}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{a.studentNo ?? '—'}</Table.Td>
                  <Table.Td>{fmt.name(a.unitNameZh, a.unitNameEn) || '—'}</Table.Td>
                  <Table.Td>{t(`mobilityKinds.${a.mobilityKind}`)}</Table.Td>
                  <Table.Td>{fmt.country(a.country) || '—'}</Table.Td>
                  <Table.Td>{[a.startDate, a.endDate].filter(Boolean).join(' – ') || '—'}</Table.Td>
                  <Table.Td ta="end">{fmt.money(a.amount)}</Table.Td>
                  <Table.Td ta="end">{fmt.money(a.spentAmount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Paper>
  );
}
