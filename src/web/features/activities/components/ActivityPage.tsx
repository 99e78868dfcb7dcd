import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '#shared/schemas/activities';
import { ArchiveToggle } from '#web/components/ui/ArchiveToggle';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import {
  activityKeys,
  useActivity,
  useActivityHistory,
  useArchiveActivity,
  useUpdateActivity,
} from '../api/activities';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { ActivityForm } from './form/ActivityForm';
import { fromActivity } from './form/formState';
import { counterpartOf, periodOf, placeOf, titleOf } from './list/ActivityRows';

/** One college exchange record: its fields in the kind's terms, edit (409 shows what changed), archive, history. */
export function ActivityPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const query = useActivity(id);
  const history = useActivityHistory(id);
  const [editing, setEditing] = useState(false);
  const phone = usePhone();
  const update = useUpdateActivity(id);
  const edit = useEditConflict({
    toForm: fromActivity,
    query,
    queryKey: activityKeys.detail(id),
    fieldLabel: (key) => t(`activityFields.${key}`, { defaultValue: key }),
  });
  const a = query.data;
  if (query.isPending) return <Loading />;
  if (!a) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const base = edit.record ?? a;
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.activities()} size="sm">{`← ${t('activitiesUi.backToList')}`}</AnchorLink>}
        title={titleOf(fmt, a)}
        subtitle={
          <Group gap="xs">
            <Badge variant="outline" color="gray" tt="none">
              {t(`activityKinds.${a.kind}`)}
            </Badge>
            {a.archivedAt ? (
              <Badge color="gray" variant="light" tt="none">
                {t('activitiesUi.archive.badge')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          <>
            {a.permissions.update ? (
              <Button
                variant="default"
                onClick={() => {
                  edit.setBase(a);
                  setEditing(true);
                }}
              >
                {t('common.edit')}
              </Button>
            ) : null}
            {a.permissions.archive ? <ArchiveButton activity={a} onConflict={() => query.refetch()} /> : null}
          </>
        }
      />
      <Fields activity={a} />
      <HistoryTimeline
        history={history}
        ownType="activity"
        fieldLabel={(key) => t(`activityFields.${key}`, { defaultValue: key })}
      />
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        size="xl"
        fullScreen={phone}
        title={t('activitiesUi.form.editTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {edit.alert}
        <ActivityForm
          key={base.version}
          initial={edit.initial ?? fromActivity(base)}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          onConflict={edit.onConflict}
          onSubmit={async (body) => {
            const saved = await update.mutateAsync({ ...body, version: base.version });
            edit.setBase(saved);
            notifySuccess(t('activitiesUi.form.saved'));
            setEditing(false);
          }}
        />
      </Modal>
    </Stack>
  );
}

function Fields({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const label = (part: string) => t(`activitiesUi.labels.${a.kind}.${part}`);
  const money = (v: number | null) => (v === null ? '—' : `NT$${fmt.number(v)}`);
  const other = fmt.otherName(a.titleZh, a.titleEn);
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
        <DetailField label={label('title')}>
          {fmt.name(a.titleZh, a.titleEn)}
          {other ? ` / ${other}` : ''}
        </DetailField>
        <DetailField label={t('activityFields.unit')}>{unitName(a.unitId)}</DetailField>
        <DetailField label={t('activitiesUi.detail.period')}>{periodOf(fmt, a)}</DetailField>
        {a.partnerId ? (
          <DetailField label={t('activityFields.partner')}>
            <AnchorLink to={paths.partner(a.partnerId)}>{fmt.name(a.partnerNameZh, a.partnerNameEn)}</AnchorLink>
          </DetailField>
        ) : null}
        {a.counterpartZh || a.counterpartEn ? (
          <DetailField label={label('counterpart')}>
            {counterpartOf(fmt, { ...a, partnerNameZh: null, partnerNameEn: null })}
          </DetailField>
        ) : null}
        {a.personName ? <DetailField label={label('personName')}>{a.personName}</DetailField> : null}
        {a.personId ? (
          <DetailField label={t('activityFields.person')}>
            <AnchorLink to={paths.person(a.personId)}>{fmt.name(a.personNameZh, a.personNameEn)}</AnchorLink>
          </DetailField>
        ) : null}
        {a.country || a.city ? <DetailField label={t('activityFields.country')}>{placeOf(fmt, a)}</DetailField> : null}
        {a.participants !== null ? (
          <DetailField label={t('activityFields.participants')}>
            {fmt.number(a.participants)}
            {a.foreignParticipants !== null
              ? ` (${t('activityFields.foreignParticipants')} ${fmt.number(a.foreignParticipants)})`
              : ''}
          </DetailField>
        ) : null}
        {a.credits !== null ? <DetailField label={t('activityFields.credits')}>{a.credits}</DetailField> : null}
        {a.commissioning ? (
          <DetailField label={t('activityFields.commissioning')}>{t(`commissioning.${a.commissioning}`)}</DetailField>
        ) : null}
        {a.amountTotal > 0 ? (
          <DetailField label={t('activitiesUi.detail.funding')}>
            {[
              `${t('activityFields.amountGovernment')} ${money(a.amountGovernment)}`,
              `${t('activityFields.amountIndustry')} ${money(a.amountIndustry)}`,
              `${t('activityFields.amountOther')} ${money(a.amountOther)}`,
              `${t('activityFields.amountUniversity')} ${money(a.amountUniversity)}`,
              `${t('activityFields.amountTotal')} ${money(a.amountTotal)}`,
            ].join(' · ')}
          </DetailField>
        ) : null}
        {a.notes ? <DetailField label={t('activityFields.notes')}>{a.notes}</DetailField> : null}
      </SimpleGrid>
    </Paper>
  );
}

function ArchiveButton({ activity: a, onConflict }: { activity: Activity; onConflict: () => unknown }) {
  const { t } = useTranslation();
  const mutation = useArchiveActivity(a.id);
  const name = titleOf(useFormat(), a);
  return (
    <ArchiveToggle
      archived={a.archivedAt !== null}
      setArchived={(archived) => mutation.mutateAsync({ archived, version: a.version })}
      onConflict={onConflict}
      busy={mutation.isPending}
      texts={{
        archive: t('activitiesUi.archive.archive'),
        restore: t('activitiesUi.archive.restore'),
        archiveTitle: t('activitiesUi.archive.archive'),
        restoreTitle: t('activitiesUi.archive.restore'),
        archiveConfirm: t('activitiesUi.archive.archiveConfirm', { name }),
        restoreConfirm: t('activitiesUi.archive.restoreConfirm', { name }),
        archived: t('activitiesUi.archive.archived'),
        restored: t('activitiesUi.archive.restored'),
      }}
    />
  );
}
