import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, Modal, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodSummary } from '#shared/schemas/reporting';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { usePeriods, useSavePeriod } from '../api/reporting';
import '../i18n';
import { PeriodForm, periodFormState } from './parts/PeriodForm';
import { PeriodStateBadge, SubmissionStatusBadge } from './parts/StatusBadge';

/** Reporting periods; a coordinator first sees their college's open submissions; OIA staff open new periods. */
export function ReportingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const manage = useCan('reporting', 'managePeriods');
  const [archived, setArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const periods = usePeriods(archived);
  const save = useSavePeriod();
  const open = (periods.data?.items ?? []).filter((p) => p.state === 'open' && p.own.length);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('indicatorsUi.reportingTitle')}
        subtitle={t('indicatorsUi.periods.subtitle')}
        actions={manage ? <Button onClick={() => setCreating(true)}>{t('indicatorsUi.periods.create')}</Button> : null}
      />
      {open.length ? <MySubmissions periods={open} /> : null}
      <Switch
        label={t('indicatorsUi.periods.showArchived')}
        checked={archived}
        onChange={(e) => setArchived(e.currentTarget.checked)}
      />
      {periods.error ? <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} /> : null}
      {periods.isPending ? <Loading /> : null}
      {periods.data && !periods.data.items.length ? <EmptyState>{t('indicatorsUi.periods.none')}</EmptyState> : null}
      {periods.data?.items.length ? <PeriodTable items={periods.data.items} /> : null}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        size="lg"
        title={t('indicatorsUi.periods.create')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <PeriodForm
          initial={periodFormState()}
          onCancel={() => setCreating(false)}
          onSubmit={async (body) => {
            const created = await save.mutateAsync({ id: null, body });
            notifySuccess(t('indicatorsUi.periods.saved'));
            setCreating(false);
            void navigate({ to: paths.reportingPeriod(created.id) });
          }}
        />
      </Modal>
    </Stack>
  );
}

/** The coordinator's landing: their college's submission in each open period, with its status and deadline. */
function MySubmissions({ periods }: { periods: PeriodSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section aria-labelledby="my-submissions">
      <Title order={2} size="h4" id="my-submissions" mb="xs">
        {t('indicatorsUi.periods.mine')}
      </Title>
      <Stack gap="sm">
        {periods.flatMap((p) =>
          p.own.map((s) => (
            <Paper key={s.submissionId} withBorder p="md" radius="md">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Stack gap={2}>
                  <Text fw={600}>{fmt.name(p.nameZh, p.nameEn)}</Text>
                  <Group gap="xs">
                    <SubmissionStatusBadge status={s.status} />
                    <Text size="sm" c="dimmed">
                      {t('indicatorsUi.periods.closesOn', { date: fmt.date(p.closesOn) })}
                    </Text>
                  </Group>
                </Stack>
                <ButtonLink to={paths.submission(s.submissionId)}>
                  {t('indicatorsUi.periods.openSubmission')}
                </ButtonLink>
              </Group>
            </Paper>
          )),
        )}
      </Stack>
    </section>
  );
}

function PeriodTable({ items }: { items: PeriodSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ScrollTable label={t('indicatorsUi.periods.title')} minWidth={900}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicatorsUi.periodFields.name')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.periodFields.kind')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.periodFields.covers')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.periodFields.window')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.periodFields.state')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('indicatorsUi.periods.progress')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <AnchorLink to={paths.reportingPeriod(p.id)}>{fmt.name(p.nameZh, p.nameEn)}</AnchorLink>
              </Table.Td>
              <Table.Td>{t(`periodKinds.${p.kind}`)}</Table.Td>
              <Table.Td>{`${fmt.date(p.coversFrom)} – ${fmt.date(p.coversTo)}`}</Table.Td>
              <Table.Td>{`${fmt.date(p.opensOn)} – ${fmt.date(p.closesOn)}`}</Table.Td>
              <Table.Td>
                <PeriodStateBadge state={p.state} />
              </Table.Td>
              <Table.Td ta="end">
                {t('indicatorsUi.periods.counts', {
                  submitted: p.counts.submitted + p.counts.approved,
                  approved: p.counts.approved,
                  colleges: p.counts.colleges,
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
