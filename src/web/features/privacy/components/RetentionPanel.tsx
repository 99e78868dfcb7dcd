import '@mantine/core/styles/Table.css';
import { Button, Group, NumberInput, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_YEARS_MAX } from '#shared/privacy';
import type { RetentionPolicy, RetentionRun } from '#shared/schemas/privacy';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { usePolicies, useRunRetention, useRuns, useUpdatePolicy } from '../api/privacy';

/** Retention periods per kind (administrators edit them), the dry run and the run, and the runs' reports. */
export function RetentionPanel() {
  const { t } = useTranslation();
  const policies = usePolicies();
  const canManage = useCan('privacy', 'manageRetention');
  const run = useRunRetention();
  const go = async (dryRun: boolean) => {
    try {
      await run.mutateAsync(dryRun);
      notifySuccess(dryRun ? t('privacyUi.retention.dryRunDone') : t('privacyUi.retention.runDone'));
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="privacy-retention">
      <Title order={2} size="h4" id="privacy-retention" mb={4}>
        {t('privacyUi.retention.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('privacyUi.retention.intro')}
      </Text>
      <ErrorAlert error={policies.error} onRetry={() => policies.refetch()} />
      <Stack gap="sm">
        {policies.data?.items.map((p) => (
          <PolicyRow key={`${p.kind}-${p.version}`} policy={p} canManage={canManage} />
        ))}
      </Stack>
      {canManage ? (
        <Group mt="md" wrap="wrap">
          <Button variant="light" onClick={() => go(true)} loading={run.isPending}>
            {t('privacyUi.retention.dryRun')}
          </Button>
          <Button color="red" onClick={() => go(false)} loading={run.isPending}>
            {t('privacyUi.retention.run')}
          </Button>
        </Group>
      ) : null}
      <Runs />
    </Paper>
  );
}

function PolicyRow({ policy, canManage }: { policy: RetentionPolicy; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdatePolicy();
  const [years, setYears] = useState<number>(policy.years);
  const [enabled, setEnabled] = useState(policy.enabled);
  const changed = years !== policy.years || enabled !== policy.enabled;
  async function save() {
    try {
      await update.mutateAsync({ kind: policy.kind, years, enabled, version: policy.version });
      notifySuccess(t('privacyUi.retention.saved'));
    } catch (err) {
      notifyError(err);
    }
  }
  return (
    <Group align="flex-end" wrap="wrap" gap="sm">
      <Text style={{ flex: '1 1 16rem' }}>{t(`retentionKinds.${policy.kind}`)}</Text>
      <NumberInput
        label={t('privacyUi.retention.years')}
        min={1}
        max={RETENTION_YEARS_MAX}
        w={110}
        value={years}
        disabled={!canManage}
        onChange={(v) => setYears(Number(v) || 1)}
      />
      <Switch
        label={t('privacyUi.retention.enabled')}
        checked={enabled}
        disabled={!canManage}
        onChange={(e) => setEnabled(e.currentTarget.checked)}
      />
      {canManage ? (
        <Button size="xs" onClick={save} disabled={!changed} loading={update.isPending}>
          {t('privacyUi.retention.save')}
        </Button>
      ) : null}
    </Group>
  );
}

function Runs() {
  const { t } = useTranslation();
  const runs = useRuns();
  if (!runs.data?.items.length) return null;
  return (
    <>
      <Title order={3} size="h5" mt="lg" mb="xs">
        {t('privacyUi.retention.runs')}
      </Title>
      <ScrollTable label={t('privacyUi.retention.runs')} minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacyUi.retention.when')}</Table.Th>
              <Table.Th>{t('privacyUi.retention.kind')}</Table.Th>
              <Table.Th>{t('privacyUi.retention.records')}</Table.Th>
              <Table.Th>{t('privacyUi.retention.files')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.data.items.map((r) => (
              <RunRows key={r.id} run={r} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}

function RunRows({ run }: { run: RetentionRun }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const head = (
    <Table.Td rowSpan={Math.max(run.outcomes.length, 1)}>
      <Text size="sm">{fmt.dateTime(run.createdAt)}</Text>
      <Text size="sm" fw={700} c={run.dryRun ? 'dark' : 'red.9'}>
        {run.dryRun ? t('privacyUi.retention.dry') : t('privacyUi.retention.real')}
      </Text>
      <Text size="xs" c="dimmed">
        {run.actorName ?? t('privacyUi.retention.byJob')}
      </Text>
    </Table.Td>
  );
  if (!run.outcomes.length)
    return (
      <Table.Tr>
        {head}
        <Table.Td colSpan={3}>{t('privacyUi.retention.nothingEnabled')}</Table.Td>
      </Table.Tr>
    );
  return (
    <>
      {run.outcomes.map((o, i) => (
        <Table.Tr key={o.kind}>
          {i === 0 ? head : null}
          <Table.Td>
            {t(`retentionKinds.${o.kind}`)}
            <Text size="xs" c="dimmed">
              {t('privacyUi.retention.before', { date: fmt.date(o.cutoff) })}
            </Text>
          </Table.Td>
          <Table.Td>{fmt.number(o.records)}</Table.Td>
          <Table.Td>{fmt.number(o.files)}</Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}
