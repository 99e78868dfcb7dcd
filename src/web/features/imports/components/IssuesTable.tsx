import '@mantine/core/styles/Table.css';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_ISSUES } from '#shared/enums';
import type { ImportBatch, ImportIssue } from '#shared/schemas/imports';
import { PagedList } from '#web/components/ui/PagedList';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { usePhone } from '#web/lib/media';
import { REPORT_PAGE_SIZE, useImportIssues } from '../api/imports';
import type { ImportSearch } from '../search';

type Props = {
  batch: ImportBatch;
  search: ImportSearch;
  update: (changes: Partial<ImportSearch>, resetPage?: boolean) => void;
};

const key = (i: ImportIssue) => `${i.sheet}-${i.row}-${i.cell}-${i.message}`;

/** The problems found, one per line: where (sheet, row, column, cell) and what, in the reader's language;
 * on a phone as a list, so the message is not off screen. */
export function IssuesTable({ batch, search, update }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const issues = useImportIssues(batch.id, search.sheet, search.page ?? 1);
  const phone = usePhone();
  const label = t('importsUi.report.issuesTable');
  const kept = Math.min(batch.issueTotal, IMPORT_MAX_ISSUES);
  return (
    <section aria-labelledby="import-issues">
      <Title order={3} fz="h5" id="import-issues" mb="xs">
        {t('importsUi.report.issuesHeading', { total: fmt.number(batch.issueTotal) })}
      </Title>
      {batch.issueTotal > kept ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('importsUi.report.truncated', { shown: fmt.number(kept), total: fmt.number(batch.issueTotal) })}
        </Text>
      ) : null}
      <PagedList
        query={issues}
        pageSize={REPORT_PAGE_SIZE}
        empty={t('importsUi.report.noIssues')}
        onPage={(page) => update({ page }, false)}
      >
        {(items) =>
          phone ? (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
              {items.map((i) => (
                <Paper component="li" key={key(i)} withBorder p="xs" radius="sm">
                  <Text size="xs" fw={600}>
                    {[
                      t('importsUi.report.where', { sheet: t(`imports.sheets.${i.sheet}`), row: fmt.number(i.row) }),
                      i.column,
                      i.cell,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Text size="sm">{i.message}</Text>
                </Paper>
              ))}
            </Stack>
          ) : (
            <ScrollTable label={label} minWidth={640}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('importsUi.report.sheet')}</Table.Th>
                    <Table.Th scope="col">{t('importsUi.report.row')}</Table.Th>
                    <Table.Th scope="col">{t('importsUi.report.column')}</Table.Th>
                    <Table.Th scope="col">{t('importsUi.report.cell')}</Table.Th>
                    <Table.Th scope="col">{t('importsUi.report.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((i) => (
                    <Table.Tr key={key(i)}>
                      <Table.Td>{t(`imports.sheets.${i.sheet}`)}</Table.Td>
                      <Table.Td>{fmt.number(i.row)}</Table.Td>
                      <Table.Td>{i.column ?? '—'}</Table.Td>
                      <Table.Td>{i.cell ?? '—'}</Table.Td>
                      <Table.Td>{i.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </PagedList>
    </section>
  );
}
