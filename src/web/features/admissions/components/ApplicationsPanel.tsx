import '@mantine/core/styles/Table.css';
import { Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, FEE_STATUSES } from '#shared/admissions';
import type { AdmissionRound } from '#shared/schemas/admissions';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { exportUrl, type ListFilter, useApplications } from '../api/admissions';

/** The round's applications: filters by status, program, nationality, fee and text; 50 at a time. */
export function ApplicationsPanel({ round }: { round: AdmissionRound }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [f, setF] = useState<ListFilter>({});
  const [q, setQ] = useState('');
  const [country, setCountry] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [debouncedCountry] = useDebouncedValue(country, 300);
  const filter = {
    ...f,
    q: debouncedQ || undefined,
    country: /^[a-z]{2}$/i.test(debouncedCountry) ? debouncedCountry.toUpperCase() : undefined,
  };
  const list = useApplications(round.id, filter);
  const programName = (id: number | null) => {
    const p = round.programs.find((x) => x.id === id);
    return p ? fmt.name(p.nameZh, p.nameEn) : '—';
  };
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('admissionsUi.list.title')}
        </Title>
        <Group gap="sm">
          {list.data ? (
            <Text size="sm">{t('admissionsUi.list.total', { n: fmt.number(list.data.pages[0]?.total ?? 0) })}</Text>
          ) : null}
          <DownloadButton variant="light" size="sm" href={exportUrl(round.id, filter)}>
            {t('admissionsUi.list.export')}
          </DownloadButton>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <Select
          label={t('admissionsUi.list.status')}
          clearable
          data={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`admissions.statuses.${s}`) }))}
          value={f.status ?? null}
          onChange={(status) => setF({ ...f, status: status ?? undefined })}
        />
        <Select
          label={t('admissionsUi.list.program')}
          clearable
          data={round.programs.map((p) => ({ value: String(p.id), label: fmt.name(p.nameZh, p.nameEn) }))}
          value={f.programId ? String(f.programId) : null}
          onChange={(p) => setF({ ...f, programId: p ? Number(p) : undefined })}
        />
        <Select
          label={t('admissionsUi.list.fee')}
          clearable
          data={FEE_STATUSES.map((s) => ({ value: s, label: t(`admissions.fees.${s}`) }))}
          value={f.feeStatus ?? null}
          onChange={(feeStatus) => setF({ ...f, feeStatus: feeStatus ?? undefined })}
        />
        <TextInput
          label={t('admissionsUi.list.country')}
          maxLength={2}
          value={country}
          onChange={(e) => setCountry(e.currentTarget.value)}
        />
        <TextInput label={t('admissionsUi.list.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      </SimpleGrid>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <ScrollTable label={t('admissionsUi.list.title')} minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admissionsUi.list.name')}</Table.Th>
              <Table.Th>{t('admissionsUi.list.program')}</Table.Th>
              <Table.Th>{t('admissionsUi.list.country')}</Table.Th>
              <Table.Th>{t('admissionsUi.list.status')}</Table.Th>
              <Table.Th>{t('admissionsUi.list.fee')}</Table.Th>
              <Table.Th>{t('admissionsUi.list.score')}</Table.Th>
              <Table.Th>{t('admissionsUi.list.submittedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <AnchorLink to={paths.admissionApplication(a.id)}>
                    {[a.givenName, a.familyName].filter(Boolean).join(' ') || a.email}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{programName(a.programId)}</Table.Td>
                <Table.Td>{a.nationality ? fmt.country(a.nationality) : '—'}</Table.Td>
                <Table.Td>{t(`admissions.statuses.${a.status}`)}</Table.Td>
                <Table.Td>{t(`admissions.fees.${a.feeStatus}`)}</Table.Td>
                <Table.Td>{a.score ?? '—'}</Table.Td>
                <Table.Td>{a.submittedAt ? fmt.date(a.submittedAt.slice(0, 10)) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {list.hasNextPage ? (
        <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('admissionsUi.list.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
