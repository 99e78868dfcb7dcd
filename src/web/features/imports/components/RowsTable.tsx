import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Table.css';
import { Badge, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportBatch, ImportSheet } from '#shared/schemas/imports';
import { AnchorLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { REPORT_PAGE_SIZE, useImportRows } from '../api/imports';
import type { ImportSearch } from '../search';
import { ActionSelect } from './ReportFilters';

type Props = {
  batch: ImportBatch;
  search: ImportSearch;
  update: (changes: Partial<ImportSearch>, resetPage?: boolean) => void;
};

const COLORS = { create: 'teal', update: 'blue', unchanged: 'gray', error: 'red' } as const;

/** Every data row with what the import does (or did) to it, linked to its record once there is one. */
export function RowsTable({ batch, search, update }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = useImportRows(batch.id, search.sheet, search.action, search.rowsPage ?? 1);
  const recordPath = (sheet: ImportSheet, id: number) =>
    ({
      partners: paths.partner,
      agreements: paths.agreement,
      mobilities: paths.mobility,
      units: paths.unit,
      accounts: paths.person,
    })[sheet](id);
  return (
    <section aria-labelledby="import-rows">
      <Title order={3} fz="h5" id="import-rows" mb="xs">
        {t('importsUi.report.rowsHeading')}
      </Title>
      <ActionSelect value={search.action} onChange={(action) => update({ action, rowsPage: undefined })} />
      <PagedList
        query={rows}
        pageSize={REPORT_PAGE_SIZE}
        empty={t('common.noOptions')}
        onPage={(rowsPage) => update({ rowsPage }, false)}
      >
        {(items) => (
          <ScrollTable label={t('importsUi.report.rowsTable')} minWidth={520}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('importsUi.report.sheet')}</Table.Th>
                  <Table.Th scope="col">{t('importsUi.report.row')}</Table.Th>
                  <Table.Th scope="col">{t('importsUi.report.name')}</Table.Th>
                  <Table.Th scope="col">{t('importsUi.report.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={`${r.sheet}-${r.row}`}>
                    <Table.Td>{t(`imports.sheets.${r.sheet}`)}</Table.Td>
                    <Table.Td>{fmt.number(r.row)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {r.recordId && r.action !== 'error' ? (
                        <AnchorLink to={recordPath(r.sheet, r.recordId)}>{r.label}</AnchorLink>
                      ) : (
                        r.label
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={COLORS[r.action]} variant="light" tt="none">
                        {t(`importsUi.actions.${r.action}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </PagedList>
    </section>
  );
}
