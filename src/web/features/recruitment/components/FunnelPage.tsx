import { Alert, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearAt, academicYearShortLabelParams } from '#shared/calendar';
import { FUNNEL_GROUPS, type FunnelGroup } from '#shared/recruitment';
import { AcademicYearSelect } from '#web/components/ui/AcademicYearSelect';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useDocumentTitle } from '#web/lib/title';
import { funnelXlsxUrl, useFunnel } from '../api/funnel';
import '../i18n';

/** Leads → applicants → admitted → enrolled per country or channel, academic year by year, with the xlsx. */
export function FunnelPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  useDocumentTitle(t('recruitmentUi.funnel.title'));
  const now = academicYearAt(new Date());
  const [fromYear, setFromYear] = useState(now - 2);
  const [toYear, setToYear] = useState(now);
  const [groupBy, setGroupBy] = useState<FunnelGroup>('country');
  const q = { fromYear, toYear, groupBy };
  const funnel = useFunnel(q);
  const rows = funnel.data?.rows ?? [];
  const keyName = (key: string) =>
    groupBy === 'country' ? fmt.country(key) : t(`leadChannels.${key}`, { defaultValue: key });
  const count = (n: number | null) => (n === null ? '—' : fmt.number(n));
  return (
    <Stack>
      <PageHeader
        title={t('recruitmentUi.funnel.title')}
        subtitle={t('recruitmentUi.funnel.intro')}
        actions={<DownloadButton href={funnelXlsxUrl(q)}>{t('recruitmentUi.funnel.download')}</DownloadButton>}
      />
      <Group align="end" wrap="wrap">
        <AcademicYearSelect
          label={t('recruitmentUi.funnel.fromYear')}
          value={fromYear}
          onChange={(y) => y && setFromYear(y)}
        />
        <AcademicYearSelect
          label={t('recruitmentUi.funnel.toYear')}
          value={toYear}
          onChange={(y) => y && setToYear(y)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('recruitmentUi.funnel.groupBy')}
          </Text>
          <SegmentedControl
            value={groupBy}
            onChange={(g) => setGroupBy(g as FunnelGroup)}
            data={FUNNEL_GROUPS.map((g) => ({ value: g, label: t(`recruitmentFunnel.by.${g}`) }))}
          />
        </Stack>
      </Group>
      <ErrorAlert error={funnel.error} onRetry={() => void funnel.refetch()} />
      {funnel.data && !funnel.data.applicantsAvailable ? (
        <Alert color="blue">{t('recruitmentUi.funnel.noApplicants')}</Alert>
      ) : null}
      {funnel.data && rows.length === 0 ? <Text c="dimmed">{t('recruitmentUi.funnel.empty')}</Text> : null}
      {rows.length > 0 ? (
        <ScrollTable label={t('recruitmentUi.funnel.tableLabel')} minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`recruitmentFunnel.by.${groupBy}`)}</Table.Th>
                <Table.Th>{t('recruitmentFunnel.academicYear')}</Table.Th>
                <Table.Th ta="right">{t('recruitmentFunnel.leads')}</Table.Th>
                <Table.Th ta="right">{t('recruitmentFunnel.applicants')}</Table.Th>
                <Table.Th ta="right">{t('recruitmentFunnel.admitted')}</Table.Th>
                <Table.Th ta="right">{t('recruitmentFunnel.enrolled')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.key}-${r.academicYear}`}>
                  <Table.Td>{keyName(r.key)}</Table.Td>
                  <Table.Td>{t('common.academicYearOption', academicYearShortLabelParams(r.academicYear))}</Table.Td>
                  <Table.Td ta="right">{fmt.number(r.leads)}</Table.Td>
                  <Table.Td ta="right">{count(r.applicants)}</Table.Td>
                  <Table.Td ta="right">{count(r.admitted)}</Table.Td>
                  <Table.Td ta="right">{fmt.number(r.enrolled)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Stack>
  );
}
