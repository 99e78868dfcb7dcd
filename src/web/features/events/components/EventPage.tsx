import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Alert, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventUpdate } from '#shared/schemas/events';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { EngagementArchive } from '#web/components/ui/engagement/EngagementArchive';
import { EngagementChecklist } from '#web/components/ui/engagement/EngagementChecklist';
import { EngagementPeople } from '#web/components/ui/engagement/EngagementPeople';
import { EngagementPhotos } from '#web/components/ui/engagement/EngagementPhotos';
import { EngagementProgramme } from '#web/components/ui/engagement/EngagementProgramme';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { refetchOnConflict } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { toUpdate, useArchiveEvent, useEvent, useSetEventPeople, useUpdateEvent } from '../api/events';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { EventDetailsForm } from './EventDetailsForm';
import { Registrations } from './Registrations';

/** One event: its details, programme, people on both sides, checklist and registrations. */
export function EventPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const id = Number(useParams({ strict: false }).id);
  const query = useEvent(id);
  const update = useUpdateEvent(id);
  const archive = useArchiveEvent(id);
  const setPeople = useSetEventPeople(id);
  const [editing, setEditing] = useState(false);
  const phone = usePhone();
  const e = query.data;
  if (query.isPending) return <Loading />;
  if (!e) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const editable = e.permissions.update;
  const save = (changes: Partial<EventUpdate>) =>
    update.mutate(toUpdate(e, changes), {
      onSuccess: () => notifySuccess(t('engagementUi.saved')),
      onError: notifyError,
    });
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.events()} size="sm">{`← ${t('eventsUi.backToList')}`}</AnchorLink>}
        title={fmt.name(e.titleZh, e.titleEn)}
        subtitle={
          <Group gap="xs">
            <Badge variant="light">{t(`eventKinds.${e.kind}`)}</Badge>
            {e.isPublic ? <Badge variant="outline">{t('eventsUi.public')}</Badge> : null}
            {e.archivedAt ? <Badge color="gray">{t('engagementUi.archived')}</Badge> : null}
          </Group>
        }
        actions={
          <>
            {editable ? <Button onClick={() => setEditing(true)}>{t('engagementUi.editDetails')}</Button> : null}
            {e.isPublic && !e.archivedAt ? (
              <Button component="a" href={paths.publicEventRegister(e.id)} target="_blank" variant="light">
                {t('eventsUi.publicForm.link')}
              </Button>
            ) : null}
            {e.permissions.archive ? (
              <EngagementArchive
                archived={e.archivedAt !== null}
                setArchived={(archived) => archive.mutateAsync({ archived, version: e.version })}
                onConflict={() => query.refetch()}
                busy={archive.isPending}
              />
            ) : null}
          </>
        }
      />
      {e.activityId ? (
        <Alert variant="light" color="blue">
          {t('eventsUi.counted')} <AnchorLink to={paths.activity(e.activityId)}>{t('eventsUi.countedLink')}</AnchorLink>
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" spacing="sm">
          <DetailField label={t('engagementUi.unit')}>{unitName(e.unitId)}</DetailField>
          <DetailField
            label={t('engagementUi.startDate')}
          >{`${fmt.date(e.startDate)} – ${fmt.date(e.endDate)}`}</DetailField>
          <DetailField label={t('eventsUi.venue')}>{e.venue}</DetailField>
          <DetailField label={t('eventsUi.language')}>{e.language}</DetailField>
          <DetailField label={t('eventsUi.budget')}>{e.budget === null ? '' : fmt.number(e.budget)}</DetailField>
          <DetailField label={t('eventsUi.participants')}>
            {e.participants === null ? '' : `${fmt.number(e.participants)} / ${fmt.number(e.foreignParticipants ?? 0)}`}
          </DetailField>
        </SimpleGrid>
      </Paper>
      <EngagementProgramme
        slots={e.programme}
        editable={editable}
        firstDay={e.startDate}
        onAdd={(slot) => save({ programme: [...e.programme, slot] })}
      />
      <EngagementPeople
        people={e.people}
        editable={editable}
        roles={['speaker', 'guest', 'host', 'staff_on_duty', 'assistant_on_duty', 'attendee']}
        busy={setPeople.isPending}
        onChange={(people) =>
          setPeople
            .mutateAsync({ people, version: e.version })
            .then(() => notifySuccess(t('engagementUi.saved')), refetchOnConflict(query.refetch))
        }
      />
      <EngagementChecklist items={e.checklist} editable={editable} onChange={(checklist) => save({ checklist })} />
      <EngagementPhotos kind="events" id={e.id} editable={editable} />
      <Registrations event={e} />
      {e.photosUrl || e.newsZh || e.newsEn ? (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" spacing="sm">
            <DetailField label={t('eventsUi.photosUrl')}>{e.photosUrl}</DetailField>
            <DetailField label={t('eventsUi.newsZh')}>{e.newsZh}</DetailField>
            <DetailField label={t('eventsUi.newsEn')}>{e.newsEn}</DetailField>
          </SimpleGrid>
        </Paper>
      ) : null}
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('engagementUi.editDetails')}
        fullScreen={phone}
      >
        <EventDetailsForm
          event={e}
          onDone={() => {
            setEditing(false);
            notifySuccess(t('engagementUi.saved'));
          }}
        />
      </Modal>
    </Stack>
  );
}
