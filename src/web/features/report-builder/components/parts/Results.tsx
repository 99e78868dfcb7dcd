import '@mantine/core/styles/Table.css';
import { Alert, Box, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BuilderResult } from '#shared/schemas/report-builder';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { TablePagination } from '#web/components/ui/TablePagination';
import { PAGE_SIZE } from '#web/features/report-builder/api/builder';
import { useFormat } from '#web/lib/format';

/** Counts per group (with a bar of each count against the largest) and the sums of the summed fields. */
export function GroupCounts({ result, headers }: { result: BuilderResult; headers: string[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const max = Math.max(1, ...result.groups.map((g) => g.count));
  const sums = result.sums.filter((s) => result.groups.some((g) => (g.sums[s.key] ?? 0) !== 0));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('activitiesUi.builder.counts')}
      </Title>
      {result.groupsTruncated ? (
        <Alert color="yellow" variant="light" mb="sm">
          {t('activitiesUi.builder.truncated')}
        </Alert>
      ) : null}
      <ScrollTable label={t('activitiesUi.builder.counts')} minWidth={480}>
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              {headers.length ? (
                headers.map((h) => (
                  <Table.Th scope="col" key={h}>
                    {h}
                  </Table.Th>
                ))
              ) : (
                <Table.Th scope="col">{t('activitiesUi.builder.all')}</Table.Th>
              )}
              <Table.Th scope="col" style={{ minWidth: 160 }}>
                {t('reportBuilder.count')}
              </Table.Th>
              {sums.map((s) => (
                <Table.Th scope="col" key={s.key}>
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.groups.map((g) => (
              <Table.Tr key={g.keys.map((k) => k.label).join('\u0000') || 'all'}>
                {g.keys.length ? (
                  g.keys.map((k, i) => <Table.Td key={headers[i]}>{k.label}</Table.Td>)
                ) : (
                  <Table.Td>{t('activitiesUi.builder.all')}</Table.Td>
                )}
                <Table.Td>
                  <Box style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <Text size="sm" w={48} ta="end">
                      {fmt.number(g.count)}
                    </Text>
                    <Box
                      aria-hidden
                      h={10}
                      bg="blue.5"
                      style={{ borderRadius: 3, width: `${(g.count / max) * 100}%`, maxWidth: 160, minWidth: 2 }}
                    />
                  </Box>
                </Table.Td>
                {sums.map((s) => (
                  <Table.Td key={s.key}>{fmt.number(g.sums[s.key] ?? 0)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/** A page of the rows with the chosen columns, already labelled by the server. */
export function RowsPreview({ result, onPage }: { result: BuilderResult; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('activitiesUi.builder.rows')}
      </Title>
      <ScrollTable label={t('activitiesUi.builder.rows')} minWidth={Math.max(480, result.columns.length * 140)}>
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              {result.columns.map((c) => (
                <Table.Th scope="col" key={c.key}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.rows.items.map((r) => (
              <Table.Tr key={String(r.id)}>
                {result.columns.map((c) => (
                  <Table.Td key={c.key}>{r[c.key] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <TablePagination page={result.rows.page} pageSize={PAGE_SIZE} total={result.total} onChange={onPage} />
    </Paper>
  );
}
