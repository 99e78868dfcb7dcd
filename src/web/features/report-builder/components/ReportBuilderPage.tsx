import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Button, Checkbox, Grid, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILDER_FIELDS, OPS_BY_TYPE } from '#shared/report-builder';
import { REPORT_ENTITIES, type ReportEntity } from '#shared/reporting';
import type { BuilderFilter } from '#shared/schemas/report-builder';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { useMe } from '#web/lib/session';
import { type Definition, downloadReport, useReportRun } from '../api/builder';
import '../i18n';
import { FilterRow } from './parts/FilterRow';
import { GroupCounts, RowsPreview } from './parts/Results';
import { SavedReports } from './parts/SavedReports';

const fresh = (entity: ReportEntity): Definition => ({
  entity,
  filters: [],
  columns: BUILDER_FIELDS[entity].slice(0, 4).map((f) => f.key),
  groupBy: [],
});

/** A condition is sent once it has what its operator reads (the server refuses an incomplete one). */
const complete = (f: BuilderFilter) =>
  f.op === 'empty' ||
  (f.op === 'in'
    ? Boolean(f.values?.length)
    : f.op === 'between'
      ? f.from !== undefined || f.to !== undefined
      : f.value !== undefined);

/**
 * The ad-hoc report builder: an entity, conditions, columns and up to two groupings; the counts (with
 * bars) and a page of rows follow each change; the rows or counts export to xlsx; definitions are saved.
 */
export function ReportBuilderPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const [draft, setDraft] = useState<Definition>(() => fresh('activities'));
  const [page, setPage] = useState(1);
  const [sent] = useDebouncedValue({ ...draft, filters: draft.filters.filter(complete) }, 300);
  const run = useReportRun(sent, page);
  const fields = BUILDER_FIELDS[draft.entity];
  const change = (next: Partial<Definition>) => {
    setDraft((d) => ({ ...d, ...next }));
    setPage(1);
  };
  const labelOf = (key: string) => t(fields.find((f) => f.key === key)?.label ?? key);
  const exportAs = (part: 'rows' | 'groups') =>
    downloadReport(sent, part, me?.csrfToken ?? '').catch((err) => notifyError(err as Error));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('activitiesUi.builderTitle')}
        subtitle={run.data ? t('activitiesUi.builder.total', { total: fmt.number(run.data.total) }) : null}
        actions={
          <>
            <Button variant="default" onClick={() => void exportAs('rows')}>
              {t('activitiesUi.builder.exportRows')}
            </Button>
            <Button variant="default" onClick={() => void exportAs('groups')}>
              {t('activitiesUi.builder.exportGroups')}
            </Button>
          </>
        }
      />
      <Text size="sm" c="dimmed">
        {t('activitiesUi.builder.intro')}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Select
                label={t('activitiesUi.builder.entity')}
                allowDeselect={false}
                data={REPORT_ENTITIES.map((e) => ({ value: e, label: t(`reportBuilder.entities.${e}`) }))}
                value={draft.entity}
                onChange={(e) => e && change(fresh(e as ReportEntity))}
              />
              <Title order={2} size="h5">
                {t('activitiesUi.builder.filters')}
              </Title>
              {draft.filters.map((f, i) => (
                <FilterRow
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
                  key={i}
                  index={i}
                  fields={fields}
                  filter={f}
                  onChange={(next) => change({ filters: draft.filters.map((x, j) => (j === i ? next : x)) })}
                  onRemove={() => change({ filters: draft.filters.filter((_, j) => j !== i) })}
                />
              ))}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => {
                    const first = fields[0];
                    if (first)
                      change({
                        filters: [...draft.filters, { field: first.key, op: OPS_BY_TYPE[first.type][0] ?? 'eq' }],
                      });
                  }}
                >
                  {t('activitiesUi.builder.addFilter')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                {[0, 1].map((i) => (
                  <Select
                    key={i}
                    label={t('activitiesUi.builder.groupBy', { n: i + 1 })}
                    clearable
                    searchable
                    disabled={i === 1 && !draft.groupBy[0]}
                    data={fields
                      .filter((f) => f.type !== 'text' && !draft.groupBy.some((g, j) => g === f.key && j !== i))
                      .map((f) => ({ value: f.key, label: t(f.label) }))}
                    value={draft.groupBy[i] ?? null}
                    onChange={(v) => {
                      const next = [...draft.groupBy];
                      if (v) next[i] = v;
                      else next.splice(i, i === 0 ? 2 : 1);
                      change({ groupBy: next.filter(Boolean) });
                    }}
                  />
                ))}
              </SimpleGrid>
              <Checkbox.Group
                label={t('activitiesUi.builder.columns')}
                value={draft.columns}
                onChange={(columns) => change({ columns: fields.map((f) => f.key).filter((k) => columns.includes(k)) })}
              >
                <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing={6} mt={6}>
                  {fields.map((f) => (
                    <Checkbox key={f.key} value={f.key} label={t(f.label)} size="sm" />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SavedReports
            definition={draft}
            onLoad={(d) => {
              setDraft(d);
              setPage(1);
            }}
          />
        </Grid.Col>
      </Grid>
      <ErrorAlert error={run.error} onRetry={() => void run.refetch()} />
      {run.isPending ? <Loading /> : null}
      {run.data ? (
        <>
          <GroupCounts result={run.data} headers={sent.groupBy.map(labelOf)} />
          <RowsPreview result={run.data} onPage={setPage} />
        </>
      ) : null}
    </Stack>
  );
}
