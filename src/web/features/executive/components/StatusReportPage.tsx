import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Button, Group, Paper, Progress, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusBuild } from '#shared/schemas/executive';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { PageHeader } from '#web/components/ui/PageHeader';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { useReportPeriods, useStartBuild, useStatusBuild } from '../api/executive';
import '../i18n';
import { BuildsList, DownloadLink } from './parts/BuildsList';

/**
 * /reports/status: choose a period and PDF or xlsx, start the build, follow its progress (polled) and
 * download the file when it is done; the recent builds below.
 */
export function StatusReportPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const periods = useReportPeriods();
  const start = useStartBuild();
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [format, setFormat] = useState<'pdf' | 'xlsx'>('pdf');
  const [buildId, setBuildId] = useState<number | null>(null);
  const build = useStatusBuild(buildId);
  const errors = fieldErrors(start.error);
  const options = (periods.data?.items ?? []).map((p) => ({
    value: String(p.id),
    label: fmt.name(p.nameZh, p.nameEn),
  }));

  const submit = () => {
    if (!periodId) return;
    start.mutate({ periodId: Number(periodId), format }, { onSuccess: ({ id }) => setBuildId(id) });
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('executiveUi.statusTitle')} subtitle={t('executiveUi.status.subtitle')} />
      <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
        <Stack gap="sm">
          <Select
            label={t('executiveUi.status.period')}
            placeholder={t('executiveUi.status.pickPeriod')}
            data={options}
            value={periodId}
            onChange={setPeriodId}
            error={errors.periodId}
            searchable
            maw={420}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="status-format-label">
              {t('executiveUi.status.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="status-format-label"
              w="fit-content"
              value={format}
              onChange={(v) => setFormat(v === 'xlsx' ? 'xlsx' : 'pdf')}
              data={[
                { value: 'pdf', label: t('executiveUi.status.pdf') },
                { value: 'xlsx', label: t('executiveUi.status.xlsx') },
              ]}
            />
          </Stack>
          <Group>
            <Button onClick={submit} disabled={!periodId} loading={start.isPending}>
              {t('executiveUi.status.start')}
            </Button>
          </Group>
          {start.error && !errors.periodId ? <ErrorAlert error={start.error} /> : null}
          {build.data ? <BuildProgress build={build.data} /> : null}
        </Stack>
      </Paper>
      <BuildsList />
    </Stack>
  );
}

function BuildProgress({ build }: { build: StatusBuild }) {
  const { t } = useTranslation();
  const label = t('executiveUi.status.progress', { percent: build.progress });
  return (
    <Stack gap={6} aria-live="polite">
      <Title order={2} size="h5">
        {t(`executiveUi.status.state.${build.status}`)}
      </Title>
      <Progress
        value={build.progress}
        aria-label={label}
        animated={build.status === 'running'}
        color={build.status === 'failed' ? 'red' : undefined}
      />
      <Text size="sm">
        {label}
        {build.step ? ` · ${t(build.step)}` : ''}
      </Text>
      {build.error ? (
        <Text size="sm" c="red.8" role="alert">
          {build.error}
        </Text>
      ) : null}
      {build.status === 'done' ? <DownloadLink build={build} /> : null}
    </Stack>
  );
}
