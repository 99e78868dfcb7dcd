import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mobility } from '#shared/schemas/mobility';
import { ArchiveToggle } from '#web/components/ui/ArchiveToggle';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { useArchiveMobility, useMobility, useMobilityHistory } from '../api/mobility';
import '../i18n';
import { EnrolmentHistoryPanel } from './detail/EnrolmentHistoryPanel';
import { LearningAgreementPanel } from './detail/LearningAgreementPanel';
import { TransitionButtons } from './detail/TransitionButtons';
import { MobilityBadges, period } from './list/MobilityRows';

/** One mobility record: its lifecycle actions, fields, learning agreement and history; other features' panels follow. */
export function MobilityDetailPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const { data: m, error, isPending, refetch } = useMobility(id);
  const history = useMobilityHistory(id);
  if (isPending) return <Loading />;
  if (!m) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.mobilities()} size="sm">{`← ${t('mobilityUi.backToList')}`}</AnchorLink>}
        title={fmt.name(m.personNameZh, m.personNameEn)}
        subtitle={
          <Group gap="xs">
            <Badge variant="outline" color="gray" tt="none">
              {t(`mobilityDirections.${m.direction}`)} · {t(`mobilityKinds.${m.kind}`)}
            </Badge>
            <MobilityBadges m={m} />
          </Group>
        }
        actions={
          <>
            <TransitionButtons mobility={m} />
            {m.permissions.update ? (
              <ButtonLink to={paths.mobilityEdit(m.id)} variant="default">
                {t('common.edit')}
              </ButtonLink>
            ) : null}
            {m.permissions.archive ? <ArchiveButton mobility={m} /> : null}
          </>
        }
      />
      <Fields mobility={m} />
      <EnrolmentHistoryPanel mobility={m} />
      {m.hasLearningAgreement ? <LearningAgreementPanel mobility={m} /> : null}
      {children}
      <HistoryTimeline
        history={history}
        ownType="mobility"
        fieldLabel={(key) => t(`mobilityFields.${key}`, { defaultValue: key })}
      />
    </Stack>
  );
}

function Fields({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
        <DetailField label={t('mobilityUi.person')}>
          <AnchorLink to={paths.person(m.personId)}>{fmt.name(m.personNameZh, m.personNameEn)}</AnchorLink>
          {m.personNo ? ` (${m.personNo})` : ''}
        </DetailField>
        <DetailField label={t('mobilityFields.unit')}>{unitName(m.unitId)}</DetailField>
        <DetailField label={t('mobilityFields.personCategory')}>
          {t(`mobilityPersonCategories.${m.personCategory}`)}
        </DetailField>
        {m.moeCategory ? (
          <DetailField label={t('mobilityFields.moeCategory')}>{t(`inboundCategories.${m.moeCategory}`)}</DetailField>
        ) : null}
        {m.dualDegree ? <DetailField label={t('mobilityFields.dualDegree')}>{yesNo(true)}</DetailField> : null}
        <DetailField label={t('mobilityFields.institution')}>
          {m.partnerId ? (
            <AnchorLink to={paths.partner(m.partnerId)}>{fmt.name(m.partnerNameZh, m.partnerNameEn)}</AnchorLink>
          ) : (
            fmt.name(m.hostNameZh, m.hostNameEn)
          )}
        </DetailField>
        <DetailField label={t('mobilityFields.country')}>
          {[fmt.country(m.country), m.city, m.region ? t(`regions.${m.region}`) : null].filter(Boolean).join(' · ')}
        </DetailField>
        {m.place ? (
          <DetailField label={t('mobilityUi.form.place')}>
            {m.agreementId ? <AnchorLink to={paths.agreement(m.agreementId)}>{m.place.academicYear}</AnchorLink> : null}
          </DetailField>
        ) : null}
        <DetailField label={t('mobilityUi.period')}>{period(fmt, m)}</DetailField>
        {m.departedOn ? <DetailField label={t('mobilityUi.departedOn')}>{fmt.date(m.departedOn)}</DetailField> : null}
        {m.returnedOn ? <DetailField label={t('mobilityUi.returnedOn')}>{fmt.date(m.returnedOn)}</DetailField> : null}
        {m.closedOn ? <DetailField label={t('mobilityUi.closedOn')}>{fmt.date(m.closedOn)}</DetailField> : null}
        {m.statusChangedOn ? (
          <DetailField label={t('mobilityUi.statusChangedOn')}>{fmt.date(m.statusChangedOn)}</DetailField>
        ) : null}
        {m.personCategory === 'student' ? (
          <>
            <DetailField label={t('mobilityFields.creditBearing')}>
              {m.creditBearing ? `${yesNo(true)}${m.credits !== null ? ` · ${m.credits}` : ''}` : yesNo(false)}
            </DetailField>
            <DetailField label={t('mobilityFields.atLeastSemester')}>{yesNo(m.atLeastSemester)}</DetailField>
          </>
        ) : null}
        {m.purpose ? <DetailField label={t('mobilityUi.form.purpose')}>{m.purpose}</DetailField> : null}
        {m.outputs ? <DetailField label={t('mobilityUi.form.outputs')}>{m.outputs}</DetailField> : null}
        {m.notes ? <DetailField label={t('mobilityUi.form.notes')}>{m.notes}</DetailField> : null}
      </SimpleGrid>
    </Paper>
  );
}

function ArchiveButton({ mobility: m }: { mobility: Mobility }) {
  const { t } = useTranslation();
  const mutation = useArchiveMobility(m.id);
  const name = `${useFormat().name(m.personNameZh, m.personNameEn)} · ${t(`mobilityKinds.${m.kind}`)}`;
  return (
    <ArchiveToggle
      archived={m.archivedAt !== null}
      setArchived={(archived) => mutation.mutateAsync({ archived, version: m.version })}
      busy={mutation.isPending}
      texts={{
        archive: t('partners.detail.archive'),
        restore: t('partners.detail.restore'),
        archiveTitle: t('partners.detail.archive'),
        restoreTitle: t('partners.detail.restore'),
        archiveConfirm: t('partners.detail.archiveConfirm', { name }),
        restoreConfirm: t('partners.detail.restoreConfirm', { name }),
        archived: t('partners.detail.archived'),
        restored: t('partners.detail.restored'),
      }}
    />
  );
}
