import '@mantine/core/styles/Table.css';
import { Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessEntry } from '#shared/schemas/privacy';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { accessReportXlsx, subjectAccessXlsx, useAccessReport, useSubjectAccess } from '../api/privacy';
import '../i18n';
import { DownloadButton } from '#web/components/ui/DownloadButton';

/**
 * Reports on personal data (administrators and OIA staff): one person's records and every access to them
 * (a subject-access request), and every access in a date range (a breach inquiry). Each report is audited.
 */
export function AccessReportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('privacyUi.reports.title')} subtitle={t('privacyUi.reports.intro')} />
      <Stack gap="lg">
        <SubjectAccessPanel />
        <AccessRangePanel />
      </Stack>
    </>
  );
}

function SubjectAccessPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [input, setInput] = useState<number | ''>('');
  const [personId, setPersonId] = useState<number | null>(null);
  const report = useSubjectAccess(personId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (input) setPersonId(Number(input));
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="subject-access">
      <Title order={2} size="h4" id="subject-access" mb="sm">
        {t('privacyUi.reports.subject')}
      </Title>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap">
          <NumberInput
            label={t('privacyUi.reports.personId')}
            min={1}
            value={input}
            onChange={(v) => setInput(typeof v === 'number' ? v : '')}
          />
          <Button type="submit">{t('privacyUi.reports.produce')}</Button>
          {personId ? (
            <DownloadButton href={subjectAccessXlsx(personId)} variant="light">
              {t('privacyUi.reports.xlsx')}
            </DownloadButton>
          ) : null}
        </Group>
      </form>
      {report.isFetching ? <Loading /> : null}
      <ErrorAlert error={report.error} />
      {report.data ? (
        <Stack gap="sm" mt="md">
          <Text fw={500}>{report.data.personName}</Text>
          <Title order={3} size="h5">
            {t('privacyUi.reports.records', { count: report.data.records.length })}
          </Title>
          <ScrollTable label={t('privacyUi.reports.subject')} minWidth={480}>
            <Table striped>
              <Table.Tbody>
                {report.data.records.map((r) => (
                  <Table.Tr key={`${r.entity}-${r.id}`}>
                    <Table.Td>
                      {t(`entityTypes.${r.entity}`)} #{r.id}
                    </Table.Td>
                    <Table.Td>{r.label}</Table.Td>
                    <Table.Td>{r.date ? fmt.date(r.date) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Title order={3} size="h5">
            {t('privacyUi.reports.accesses', { count: report.data.accesses.length })}
          </Title>
          <AccessTable items={report.data.accesses} />
          <Text size="sm" c="dimmed">
            {t('privacyUi.reports.changes', { count: report.data.changes.length })}
          </Text>
        </Stack>
      ) : null}
    </Paper>
  );
}

function AccessRangePanel() {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const report = useAccessReport(range);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (from && to) setRange({ from, to });
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="access-range">
      <Title order={2} size="h4" id="access-range" mb={4}>
        {t('privacyUi.reports.range')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('privacyUi.reports.rangeIntro')}
      </Text>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('privacyUi.reports.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('privacyUi.reports.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          <Button type="submit">{t('privacyUi.reports.produce')}</Button>
          {range ? (
            <DownloadButton href={accessReportXlsx(range)} variant="light">
              {t('privacyUi.reports.xlsx')}
            </DownloadButton>
          ) : null}
        </Group>
      </form>
      {report.isFetching ? <Loading /> : null}
      <ErrorAlert error={report.error} />
      {report.data ? (
        <Stack gap="sm" mt="md">
          <Text>
            {t('privacyUi.reports.summary', {
              total: report.data.total,
              people: report.data.people,
              users: report.data.users,
            })}
          </Text>
          {report.data.items.length < report.data.total ? (
            <Text size="sm" c="dimmed">
              {t('privacyUi.reports.more', { shown: report.data.items.length })}
            </Text>
          ) : null}
          <AccessTable items={report.data.items} withPerson />
        </Stack>
      ) : null}
    </Paper>
  );
}

function AccessTable({ items, withPerson }: { items: AccessEntry[]; withPerson?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!items.length) return <Text c="dimmed">{t('privacyUi.reports.noAccess')}</Text>;
  return (
    <ScrollTable label={t('privacyUi.reports.accessTable')} minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('privacyUi.reports.at')}</Table.Th>
            <Table.Th>{t('privacyUi.reports.user')}</Table.Th>
            {withPerson ? <Table.Th>{t('privacyUi.reports.person')}</Table.Th> : null}
            <Table.Th>{t('privacyUi.reports.what')}</Table.Th>
            <Table.Th>{t('privacyUi.reports.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{fmt.dateTime(a.at)}</Table.Td>
              <Table.Td>{a.userName ?? a.userEmail}</Table.Td>
              {withPerson ? <Table.Td>{a.personName ? `${a.personName} #${a.personId}` : ''}</Table.Td> : null}
              <Table.Td>
                {a.action} · {a.field}
              </Table.Td>
              <Table.Td>{a.ip}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
