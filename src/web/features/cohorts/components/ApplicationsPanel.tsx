import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Badge.css';
import { Alert, Badge, Button, FileButton, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COHORT_NEXT, COHORT_SOURCES, COHORT_STAGES, type CohortStage } from '#shared/cohorts';
import type { CohortApplication, CohortProgram } from '#shared/schemas/cohorts';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { type ApplicationFilter, useApplications, useImportApplications } from '../api/cohorts';
import { INTERVIEW_STAGES, InterviewModal } from './InterviewModal';
import { StageModal } from './StageModal';

/** The applicant funnel: filters, keyset "show more" paging, stage changes and the xlsx import. */
export function ApplicationsPanel({ program }: { program: CohortProgram }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filter, setFilter] = useState<ApplicationFilter>({});
  const [q, setQ] = useState('');
  const list = useApplications(program.id, filter);
  const importer = useImportApplications(program.id);
  const [problems, setProblems] = useState<{ row: number; field: string; message: string }[]>([]);
  const [moving, setMoving] = useState<CohortApplication | null>(null);
  const [interviewing, setInterviewing] = useState<CohortApplication | null>(null);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  async function upload(file: File | null) {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    try {
      const result = await importer.mutateAsync(form);
      setProblems(result.problems);
      if (result.created) notifySuccess(t('cohortsUi.imported', { n: result.created }));
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('cohortsUi.filters.stage')}
          clearable
          clearButtonProps={{ 'aria-label': t('cohortsUi.clear') }}
          data={COHORT_STAGES.map((s) => ({ value: s, label: t(`cohorts.stages.${s}`) }))}
          value={filter.stage ?? null}
          onChange={(s) => setFilter((f) => ({ ...f, stage: s ?? undefined }))}
          w={{ base: '100%', sm: 180 }}
        />
        <Select
          label={t('cohortsUi.filters.source')}
          clearable
          clearButtonProps={{ 'aria-label': t('cohortsUi.clear') }}
          data={COHORT_SOURCES.map((s) => ({ value: s, label: t(`cohorts.sources.${s}`) }))}
          value={filter.source ?? null}
          onChange={(s) => setFilter((f) => ({ ...f, source: s ?? undefined }))}
          w={{ base: '100%', sm: 180 }}
        />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFilter((f) => ({ ...f, q: q.trim() || undefined }));
          }}
          style={{ flex: '1 1 14rem' }}
        >
          <TextInput
            label={t('cohortsUi.filters.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        </form>
        {program.permissions.update ? (
          <FileButton onChange={upload} accept=".xlsx">
            {(props) => (
              <Button variant="default" loading={importer.isPending} {...props}>
                {t('cohortsUi.import')}
              </Button>
            )}
          </FileButton>
        ) : null}
      </Group>
      {problems.length ? (
        <Alert color="red" title={t('cohortsUi.importProblems')}>
          {problems.map((p) => (
            <Text key={`${p.row}-${p.field}`} size="sm">
              {t('cohortsUi.importRow', { row: p.row, field: p.field, message: p.message })}
            </Text>
          ))}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" role="status">
        {t('cohortsUi.shown', { shown: fmt.number(items.length), total: fmt.number(total) })}
      </Text>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && items.length === 0 ? <EmptyState>{t('cohortsUi.noApplications')}</EmptyState> : null}
      {items.length ? (
        <ScrollTable label={t('cohortsUi.tabs.applications')} minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cohortsUi.columns.name')}</Table.Th>
                <Table.Th>{t('cohortsUi.columns.institution')}</Table.Th>
                <Table.Th>{t('cohortsUi.columns.source')}</Table.Th>
                <Table.Th>{t('cohortsUi.columns.stage')}</Table.Th>
                <Table.Th>{t('cohortsUi.columns.score')}</Table.Th>
                <Table.Th>{t('cohortsUi.columns.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {a.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.institution ?? '—'}</Table.Td>
                  <Table.Td>{t(`cohorts.sources.${a.source}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none">
                      {t(`cohorts.stages.${a.stage}`)}
                    </Badge>
                    {a.interviewOn ? (
                      <Text size="xs" c="dimmed">
                        {t('cohortsUi.interviewAt', {
                          date: a.interviewOn,
                          time: a.interviewTime ?? '',
                        }).trim()}
                      </Text>
                    ) : null}
                    {a.reason ? (
                      <Text size="xs" c="dimmed">
                        {a.reason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{a.score ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {program.permissions.update && COHORT_NEXT[a.stage as CohortStage].length ? (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setMoving(a)}
                          aria-label={t('cohortsUi.moveNamed', { name: a.name })}
                        >
                          {t('cohortsUi.move')}
                        </Button>
                      ) : null}
                      {program.permissions.update && INTERVIEW_STAGES.includes(a.stage as CohortStage) ? (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setInterviewing(a)}
                          aria-label={t('cohortsUi.interviewNamed', { name: a.name })}
                        >
                          {t('cohortsUi.interview')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
      {list.hasNextPage ? (
        <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('cohortsUi.more')}
        </Button>
      ) : null}
      <StageModal programId={program.id} application={moving} onClose={() => setMoving(null)} />
      <InterviewModal programId={program.id} application={interviewing} onClose={() => setInterviewing(null)} />
    </Stack>
  );
}
