import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { usePerson, usePersonHistory } from '../api/people';
import '../i18n';
import { AccessLogSection } from './AccessLogSection';
import { ArchivePersonButton } from './ArchivePersonButton';
import { PiiValue } from './PiiValue';
import { usePersonLabels } from './personLabels';

const SOON_DAYS = 60;

/** An expiry date, marked when it has passed or is near (residence and work permits need renewing in time). */
function Expiry({ date }: { date: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!date) return null;
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.now()) / 86_400_000);
  return (
    <Group gap={6} component="span">
      <time dateTime={date}>{fmt.date(date)}</time>
      {days < 0 ? (
        <Badge color="red" variant="light" tt="none" size="sm">
          {t('peopleUi.detail.expired')}
        </Badge>
      ) : days <= SOON_DAYS ? (
        <Badge color="orange" variant="light" tt="none" size="sm">
          {t('peopleUi.detail.expiresSoon', { days })}
        </Badge>
      ) : null}
    </Group>
  );
}

/**
 * Everything about one person: fields, personal data masked (revealed on request for those allowed),
 * the access log, the history; `children` are other features' sections (composed in app/pages).
 */
export function PersonDetailPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const { data: p, error, isPending, refetch } = usePerson(id);
  const history = usePersonHistory(id);
  const labels = usePersonLabels();
  const canReadLog = useCan('people', 'readAccessLog');

  if (isPending) return <Loading />;
  if (!p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const other = fmt.otherName(p.nameZh, p.nameEn);
  const hasPersonal = p.passportNo || p.arcNo || p.passportExpiry || p.arcExpiry || p.workPermitExpiry;

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.people()} size="sm">{`← ${t('peopleUi.detail.backToList')}`}</AnchorLink>}
        title={fmt.name(p.nameZh, p.nameEn)}
        subtitle={
          <Group gap="xs">
            {other ? <span lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>{other}</span> : null}
            <Badge variant="light" tt="none">
              {t(`personKinds.${p.kind}`)}
            </Badge>
            {p.archivedAt ? (
              <Badge color="gray" variant="outline" tt="none">
                {t('peopleUi.archivedBadge')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          <>
            {p.permissions.update ? <ButtonLink to={paths.personEdit(p.id)}>{t('common.edit')}</ButtonLink> : null}
            {p.permissions.archive ? <ArchivePersonButton person={p} /> : null}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
          <DetailField label={t('personFields.nameZh')}>{p.nameZh}</DetailField>
          <DetailField label={t('personFields.nameEn')}>{p.nameEn}</DetailField>
          {p.studentNo || p.kind === 'student' ? (
            <DetailField label={t('personFields.studentNo')}>{p.studentNo}</DetailField>
          ) : null}
          {p.staffNo || p.kind === 'staff' ? (
            <DetailField label={t('personFields.staffNo')}>{p.staffNo}</DetailField>
          ) : null}
          <DetailField label={t('personFields.unit')}>{fmt.name(p.unitNameZh, p.unitNameEn)}</DetailField>
          <DetailField label={t('personFields.degreeLevel')}>
            {p.degreeLevel ? t(`degreeLevels.${p.degreeLevel}`) : null}
          </DetailField>
          <DetailField label={t('personFields.programType')}>
            {p.programType ? t(`programTypes.${p.programType}`) : null}
          </DetailField>
          <DetailField label={t('personFields.studyTime')}>
            {p.studyTime ? t(`studyTimes.${p.studyTime}`) : null}
          </DetailField>
          <DetailField label={t('personFields.gpa')}>{p.gpa === null ? null : p.gpa.toFixed(2)}</DetailField>
          <DetailField label={t('personFields.nationality')}>{fmt.country(p.nationality)}</DetailField>
          <DetailField label={t('personFields.gender')}>{p.gender ? t(`genders.${p.gender}`) : null}</DetailField>
          <DetailField label={t('personFields.birthDate')}>{p.birthDate ? fmt.date(p.birthDate) : null}</DetailField>
          <DetailField label={t('personFields.email')}>{p.email}</DetailField>
          <DetailField label={t('personFields.phone')}>{p.phone}</DetailField>
          <DetailField label={t('personFields.updatedAt')}>{fmt.dateTime(p.updatedAt)}</DetailField>
        </SimpleGrid>
        {p.notes ? (
          <Stack component="dl" mt="md" gap={0}>
            <DetailField label={t('personFields.notes')}>{p.notes}</DetailField>
          </Stack>
        ) : null}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          {t('peopleUi.pii.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {p.permissions.revealPii ? t('peopleUi.pii.hintReveal') : t('peopleUi.pii.hintMasked')}
        </Text>
        {hasPersonal ? (
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
            <DetailField label={t('personFields.passportNo')}>
              <PiiValue personId={p.id} field="passportNo" masked={p.passportNo} canReveal={p.permissions.revealPii} />
            </DetailField>
            <DetailField label={t('personFields.passportExpiry')}>
              <Expiry date={p.passportExpiry} />
            </DetailField>
            <DetailField label={t('personFields.arcNo')}>
              <PiiValue personId={p.id} field="arcNo" masked={p.arcNo} canReveal={p.permissions.revealPii} />
            </DetailField>
            <DetailField label={t('personFields.arcExpiry')}>
              <Expiry date={p.arcExpiry} />
            </DetailField>
            <DetailField label={t('personFields.workPermitExpiry')}>
              <Expiry date={p.workPermitExpiry} />
            </DetailField>
          </SimpleGrid>
        ) : (
          <Text size="sm">{t('peopleUi.pii.none')}</Text>
        )}
      </Paper>
      {canReadLog ? <AccessLogSection personId={p.id} /> : null}
      {children}
      <HistoryTimeline history={history} ownType="person" {...labels} />
    </Stack>
  );
}
