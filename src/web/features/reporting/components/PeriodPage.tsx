import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollegeStatus, Period } from '#shared/schemas/reporting';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { usePeriod, useSavePeriod } from '../api/reporting';
import '../i18n';
import { PeriodForm, periodFormState } from './parts/PeriodForm';
import { PeriodStateBadge, SubmissionStatusBadge } from './parts/StatusBadge';

/** One reporting period: its dates, and per college who submitted when and who reviewed; who has not submitted. */
export function PeriodPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const { data: p, error, isPending, refetch } = usePeriod(id);
  const save = useSavePeriod();
  const [editing, setEditing] = useState(false);

  if (isPending) return <Loading />;
  if (!p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.reporting()} size="sm">{`← ${t('indicatorsUi.periods.backToList')}`}</AnchorLink>}
        title={fmt.name(p.nameZh, p.nameEn)}
        subtitle={
          <Group gap="xs">
            <span>{t(`periodKinds.${p.kind}`)}</span>
            <PeriodStateBadge state={p.state} />
          </Group>
        }
        actions={
          p.permissions.manage ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      <PeriodDetails period={p} />
      {p.state !== 'upcoming' && p.notSubmitted.length ? (
        <Alert color="orange" title={t('indicatorsUi.overview.notSubmitted')}>
          {p.notSubmitted.map((c) => fmt.name(c.unitNameZh, c.unitNameEn)).join(t('indicatorsUi.overview.separator'))}
        </Alert>
      ) : null}
      <section aria-labelledby="period-colleges">
        <Title order={2} size="h4" id="period-colleges" mb="xs">
          {t('indicatorsUi.overview.title')}
        </Title>
        <CollegeTable colleges={p.colleges} />
      </section>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        size="lg"
        title={t('indicatorsUi.periods.edit')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <PeriodForm
          initial={periodFormState(p)}
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            await save.mutateAsync({ id: p.id, body: { ...body, version: p.version } });
            notifySuccess(t('indicatorsUi.periods.saved'));
            setEditing(false);
          }}
        />
      </Modal>
    </Stack>
  );
}

function PeriodDetails({ period: p }: { period: Period }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm">
        <DetailField
          label={t('indicatorsUi.periodFields.covers')}
        >{`${fmt.date(p.coversFrom)} – ${fmt.date(p.coversTo)}`}</DetailField>
        <DetailField label={t('indicatorsUi.periodFields.referenceDate')}>
          {p.referenceDate ? fmt.date(p.referenceDate) : '—'}
        </DetailField>
        <DetailField
          label={t('indicatorsUi.periodFields.window')}
        >{`${fmt.date(p.opensOn)} – ${fmt.date(p.closesOn)}`}</DetailField>
      </SimpleGrid>
    </Paper>
  );
}

function CollegeTable({ colleges }: { colleges: CollegeStatus[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const person = (w: CollegeStatus['submittedBy']) => (w ? fmt.name(w.nameZh, w.nameEn) || w.email : '—');
  return (
    <ScrollTable label={t('indicatorsUi.overview.title')} minWidth={820}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicatorsUi.overview.college')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.overview.status')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.overview.submitted')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.overview.reviewed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {colleges.map((c) => (
            <Table.Tr key={c.unitId}>
              <Table.Td>
                {c.submissionId ? (
                  <AnchorLink to={paths.submission(c.submissionId)}>{fmt.name(c.unitNameZh, c.unitNameEn)}</AnchorLink>
                ) : (
                  fmt.name(c.unitNameZh, c.unitNameEn)
                )}
              </Table.Td>
              <Table.Td>
                <SubmissionStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{person(c.submittedBy)}</Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(c.submittedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{person(c.reviewedBy)}</Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(c.reviewedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
