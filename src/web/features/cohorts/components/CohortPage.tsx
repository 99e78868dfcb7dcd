import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Card, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useProgram, useUpdateProgram } from '../api/cohorts';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { ApplicationsPanel } from './ApplicationsPanel';
import { FunnelFigures } from './FunnelFigures';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ProgramForm } from './ProgramForm';
import { SchedulePanel } from './SchedulePanel';

/** One program: its figures and organisations, then the funnel, the schedule and the participants in tabs. */
export function CohortPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phone = usePhone();
  const id = Number(useParams({ strict: false }).id);
  const program = useProgram(id);
  const update = useUpdateProgram(id);
  const seesApplicants = useCan('cohorts', 'readApplicants');
  const [editing, setEditing] = useState(false);
  if (program.isPending) return <Loading />;
  if (program.error) return <ErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  const p = program.data;
  return (
    <>
      <PageHeader
        above={<AnchorLink to={paths.cohorts()}>{t('cohortsUi.back')}</AnchorLink>}
        title={fmt.name(p.nameZh, p.nameEn)}
        subtitle={`${fmt.otherName(p.nameZh, p.nameEn) ?? ''} · ${fmt.date(p.startDate)} – ${fmt.date(p.endDate)}`}
        actions={
          p.permissions.update ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      <Stack>
        <FunnelFigures program={p} />
        <Card withBorder padding="sm">
          <Text fw={600} size="sm" mb={4}>
            {t('cohortsUi.organisations')}
          </Text>
          {p.organisations.map((o) => (
            <Text key={o.id} size="sm">
              {t('cohortsUi.orgLine', { role: t(`cohorts.orgRoles.${o.role}`), name: fmt.name(o.nameZh, o.nameEn) })}
              {o.fundingNtd !== null ? ` · NT$${fmt.number(o.fundingNtd)}` : ''}
            </Text>
          ))}
          <Text size="sm" mt={4}>
            {t('cohortsUi.fundingTotal', { amount: fmt.number(p.fundingTotalNtd) })} ·{' '}
            {t('cohortsUi.rule', { pct: p.minAttendance })}
          </Text>
          {fmt.name(p.descriptionZh, p.descriptionEn) ? (
            <Text size="sm" c="dimmed" mt={4}>
              {fmt.name(p.descriptionZh, p.descriptionEn)}
            </Text>
          ) : null}
          {p.applicationsOpen ? (
            <AnchorLink to={paths.cohortApply(p.id)} size="sm" mt={4}>
              {t('cohortsUi.publicForm')}
            </AnchorLink>
          ) : null}
        </Card>
        <Tabs defaultValue={seesApplicants ? 'applications' : 'schedule'} keepMounted={false}>
          <Tabs.List>
            {seesApplicants ? <Tabs.Tab value="applications">{t('cohortsUi.tabs.applications')}</Tabs.Tab> : null}
            <Tabs.Tab value="schedule">{t('cohortsUi.tabs.schedule')}</Tabs.Tab>
            {seesApplicants ? <Tabs.Tab value="participants">{t('cohortsUi.tabs.participants')}</Tabs.Tab> : null}
          </Tabs.List>
          <Tabs.Panel value="applications" pt="md">
            <ApplicationsPanel program={p} />
          </Tabs.Panel>
          <Tabs.Panel value="schedule" pt="md">
            <SchedulePanel program={p} />
          </Tabs.Panel>
          <Tabs.Panel value="participants" pt="md">
            <ParticipantsPanel program={p} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('common.edit')}
        size="lg"
        fullScreen={phone}
      >
        <ProgramForm
          initial={{
            unitId: p.unitId,
            nameZh: p.nameZh,
            nameEn: p.nameEn,
            startDate: p.startDate,
            endDate: p.endDate,
            places: p.places,
            applicationsOpen: p.applicationsOpen,
            minAttendance: p.minAttendance,
            descriptionZh: p.descriptionZh,
            descriptionEn: p.descriptionEn,
            organisations: p.organisations.map(({ id: _, ...o }) => o),
          }}
          busy={update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={async (value) => {
            await update.mutateAsync({ ...value, version: p.version });
            notifySuccess(t('cohortsUi.saved'));
            setEditing(false);
          }}
        />
      </Modal>
    </>
  );
}
