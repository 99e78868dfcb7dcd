import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_KIND_SHEETS } from '#shared/enums';
import type { ImportBatch } from '#shared/schemas/imports';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { useFormat } from '#web/lib/format';
import { useCommitImport, useImportBatch } from '../api/imports';
import type { ImportSearch } from '../search';
import { CommitPanel } from './CommitPanel';
import { ImportProgress, ImportResult } from './ImportOutcome';
import { IssuesTable } from './IssuesTable';
import { SheetSelect } from './ReportFilters';
import { RowsTable } from './RowsTable';

type Props = {
  id: number;
  search: ImportSearch;
  update: (changes: Partial<ImportSearch>, resetPage?: boolean) => void;
  onDone: () => void;
};

const STATUS_COLORS = { validated: 'blue', importing: 'yellow', imported: 'teal', failed: 'red' } as const;

/** The check results of one batch: counts, problems, each row's action; then import, progress and result. */
export function ImportReport({ id, search, update, onDone }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const commit = useCommitImport(id);
  const query = useImportBatch(id, commit.isPending);
  const batch = query.data;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!batch) return <Loading />;
  const importing = commit.isPending || batch.status === 'importing';

  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {t('importsUi.report.summary', { file: batch.fileName, total: fmt.number(batch.totalRows) })}
        </Text>
        <Badge color={STATUS_COLORS[batch.status]} variant="light" tt="none">
          {t(`importsUi.statuses.${batch.status}`)}
        </Badge>
      </Group>
      <Counts batch={batch} />
      {importing ? <ImportProgress batch={batch} /> : null}
      {!importing && (batch.status === 'validated' || batch.status === 'failed') ? (
        <CommitPanel batch={batch} commit={commit} />
      ) : null}
      {batch.status === 'failed' && !importing ? (
        <Alert color="red" variant="light" role="alert">
          {t('importsUi.result.failed')}
        </Alert>
      ) : null}
      {batch.status === 'imported' ? <ImportResult batch={batch} onAnother={onDone} /> : null}
      {IMPORT_KIND_SHEETS[batch.kind].length > 1 ? (
        <SheetSelect
          sheets={IMPORT_KIND_SHEETS[batch.kind]}
          value={search.sheet}
          onChange={(sheet) => update({ sheet, rowsPage: undefined })}
        />
      ) : null}
      {batch.issueTotal > 0 ? (
        <IssuesTable batch={batch} search={search} update={update} />
      ) : (
        <Alert color="teal" variant="light">
          {t('importsUi.report.noIssues')}
        </Alert>
      )}
      <RowsTable batch={batch} search={search} update={update} />
    </Stack>
  );
}

const ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;
const ACTION_COLORS = { create: 'teal', update: 'blue', unchanged: 'gray', error: 'red' } as const;

/** One card per action, with the split by sheet underneath. */
function Counts({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl">
      {ACTIONS.map((a) => (
        <Paper
          key={a}
          withBorder
          p="sm"
          radius="md"
          style={{ borderTop: `4px solid var(--mantine-color-${ACTION_COLORS[a]}-6)` }}
        >
          <Text component="dt" size="sm" fw={600}>
            {t(`importsUi.actions.${a}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {fmt.number(batch.counts[a])}
          </Text>
          {batch.bySheet.map((s) => (
            <Text component="dd" m={0} key={s.sheet} size="xs" c="dimmed">
              {t(`imports.sheets.${s.sheet}`)} {fmt.number(s[a])}
            </Text>
          ))}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
