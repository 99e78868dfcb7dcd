import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitUpdate } from '#shared/schemas/visits';
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
import { briefingUrl, toUpdate, useArchiveVisit, useSetVisitPeople, useUpdateVisit, useVisit } from '../api/visits';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { Followups } from './Followups';
import { GiftRegister } from './GiftRegister';
import { VisitDetailsForm } from './VisitDetailsForm';

const INBOUND_ROLES = ['guest', 'host', 'attendee', 'staff_on_duty', 'assistant_on_duty'] as const;
const OUTBOUND_ROLES = ['leader', 'member', 'counterpart', 'attendee'] as const;

/** One visit received or delegation sent: details, itinerary with hosts, people, SOP checklist, gifts, follow-ups. */
export function VisitPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const id = Number(useParams({ strict: false }).id);
  const query = useVisit(id);
  const update = useUpdateVisit(id);
  const archive = useArchiveVisit(id);
  const setPeople = useSetVisitPeople(id);
  const [editing, setEditing] = useState(false);
  const phone = usePhone();
  const v = query.data;
  if (query.isPending) return <Loading />;
  if (!v) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const editable = v.permissions.update;
  const save = (changes: Partial<VisitUpdate>) =>
    update.mutate(toUpdate(v, changes), {
      onSuccess: () => notifySuccess(t('engagementUi.saved')),
      onError: notifyError,
    });
  const outbound = v.direction === 'outbound';
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.visits()} size="sm">{`← ${t('visitsUi.backToList')}`}</AnchorLink>}
        title={fmt.name(v.titleZh, v.titleEn)}
        subtitle={
          <Group gap="xs">
            <Badge variant="light" color={outbound ? 'grape' : 'teal'}>
              {t(`visitDirections.${v.direction}`)}
            </Badge>
            <Badge variant="outline">{t(`visitStatuses.${v.status}`)}</Badge>
            {v.archivedAt ? <Badge color="gray">{t('engagementUi.archived')}</Badge> : null}
          </Group>
        }
        actions={
          <>
            {editable ? <Button onClick={() => setEditing(true)}>{t('engagementUi.editDetails')}</Button> : null}
            {outbound ? (
              <Button component="a" href={briefingUrl(v.id)} variant="light">
                {t('visitsUi.briefing')}
              </Button>
            ) : null}
            {v.permissions.archive ? (
              <EngagementArchive
                archived={v.archivedAt !== null}
                setArchived={(archived) => archive.mutateAsync({ archived, version: v.version })}
                onConflict={() => query.refetch()}
                busy={archive.isPending}
              />
            ) : null}
          </>
        }
      />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" spacing="sm">
          <DetailField label={t('engagementUi.unit')}>{unitName(v.unitId)}</DetailField>
          <DetailField
            label={t('engagementUi.startDate')}
          >{`${fmt.date(v.startDate)} – ${fmt.date(v.endDate)}`}</DetailField>
          <DetailField label={outbound ? t('visitsUi.destinations') : t('visitsUi.partners')}>
            {v.partners.map((p) => (
              <div key={p.id}>
                <AnchorLink to={paths.partner(p.id)}>{fmt.name(p.nameZh, p.nameEn)}</AnchorLink>
              </div>
            ))}
          </DetailField>
          <DetailField label={t('visitsUi.purpose')}>{v.purpose}</DetailField>
          <DetailField label={t('visitsUi.topics')}>{v.topics}</DetailField>
          <DetailField label={t('visitsUi.size')}>{v.size === null ? '' : fmt.number(v.size)}</DetailField>
          {outbound ? (
            <>
              <DetailField label={t('visitsUi.budget')}>{v.budget === null ? '' : fmt.number(v.budget)}</DetailField>
              <DetailField label={t('visitsUi.fundingSource')}>{v.fundingSource}</DetailField>
            </>
          ) : null}
        </SimpleGrid>
      </Paper>
      <EngagementProgramme
        slots={v.itinerary}
        editable={editable}
        firstDay={v.startDate}
        onAdd={(slot) => save({ itinerary: [...v.itinerary, slot] })}
      />
      <EngagementPeople
        people={v.people}
        editable={editable}
        roles={outbound ? OUTBOUND_ROLES : INBOUND_ROLES}
        busy={setPeople.isPending}
        onChange={(people) =>
          setPeople
            .mutateAsync({ people, version: v.version })
            .then(() => notifySuccess(t('engagementUi.saved')), refetchOnConflict(query.refetch))
        }
      />
      <EngagementChecklist items={v.checklist} editable={editable} onChange={(checklist) => save({ checklist })} />
      <EngagementPhotos kind="visits" id={v.id} editable={editable} />
      <GiftRegister visit={v} />
      <Followups visit={v} />
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('engagementUi.editDetails')}
        fullScreen={phone}
      >
        <VisitDetailsForm
          visit={v}
          onDone={() => {
            setEditing(false);
            notifySuccess(t('engagementUi.saved'));
          }}
        />
      </Modal>
    </Stack>
  );
}
