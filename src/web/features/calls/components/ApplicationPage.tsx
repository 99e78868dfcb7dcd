import '@mantine/core/styles/List.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Alert, Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Application, Call } from '#shared/schemas/calls';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { documentUrl, useApplication, useApplicationStep } from '../api/applications';
import { useCall } from '../api/calls';
import '../i18n';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { ApplicationTimeline } from './application/ApplicationTimeline';
import { ScoreForm } from './application/ScoreForm';
import { ApplicationStatusBadge, Deadline } from './common';

const RESULT_STATUSES = [
  'selected',
  'waitlisted',
  'not_selected',
  'nominated',
  'accepted',
  'rejected_by_partner',
  'declined',
];

/**
 * One application. The applicant sees its status, the result once published (the partner or the waitlist
 * position) and the timeline of next steps; a reviewer opens the documents and scores each criterion.
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const student = useCan('calls', 'apply');
  const query = useApplication(id);
  const call = useCall(query.data?.callId ?? 0);

  if (query.isPending) return <Loading />;
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data;
  const callTitle = fmt.name(a.callTitleZh, a.callTitleEn);
  const applicant = fmt.name(a.applicant.nameZh, a.applicant.nameEn) || a.applicant.email || '';

  return (
    <Stack gap="lg">
      <PageHeader
        above={
          <AnchorLink to={student ? paths.myApplications() : paths.call(a.callId)} size="sm">
            {`← ${student ? t('callsUi.mine.title') : callTitle}`}
          </AnchorLink>
        }
        title={student ? callTitle : t('callsUi.review.pageTitle', { name: applicant, call: callTitle })}
        subtitle={
          <Group gap="xs">
            <ApplicationStatusBadge status={a.status} />
            {a.submittedAt ? <span>{t('callsUi.mine.submittedAt', { at: fmt.dateTime(a.submittedAt) })}</span> : null}
          </Group>
        }
        actions={<OwnerActions application={a} />}
      />
      {student ? <StudentView application={a} /> : <ReviewerView application={a} call={call.data} />}
    </Stack>
  );
}

function OwnerActions({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const withdraw = useApplicationStep(a.id, 'withdraw');
  return (
    <>
      {a.permissions.update ? (
        <ButtonLink to={paths.callApply(a.callId)}>{t('callsUi.detail.continue')}</ButtonLink>
      ) : null}
      {a.permissions.withdraw ? (
        <ConfirmButton
          variant="default"
          color="red"
          label={t('callsUi.mine.withdraw')}
          title={t('callsUi.mine.withdraw')}
          message={t('callsUi.mine.withdrawConfirm')}
          busy={withdraw.isPending}
          onConfirm={async () => {
            await withdraw.mutateAsync(a.version);
            notifySuccess(t('callsUi.mine.withdrawn'));
          }}
        />
      ) : null}
    </>
  );
}

function StudentView({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  return (
    <>
      <ResultPanel application={a} />
      {a.status === 'draft' ? (
        <Alert color="blue" variant="light">
          {t('callsUi.mine.draftHint')} <Deadline iso={a.deadline} />
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ApplicationTimeline steps={a.timeline} />
        <ApplicationContent application={a} />
      </SimpleGrid>
    </>
  );
}

/** The published result, in the reader's language: the partner, the waitlist position, or not selected. */
function ResultPanel({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!RESULT_STATUSES.includes(a.status) && a.status !== 'ineligible') return null;
  const partner = fmt.name(a.allocatedPartnerNameZh, a.allocatedPartnerNameEn);
  const color = ['selected', 'nominated', 'accepted'].includes(a.status)
    ? 'teal'
    : a.status === 'waitlisted'
      ? 'orange'
      : 'gray';
  return (
    <Alert color={color} variant="light" title={t('callsUi.result.title')}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {a.status === 'ineligible'
            ? t('callsUi.result.ineligible')
            : a.allocatedOfferId !== null
              ? t('callsUi.result.allocated', { partner })
              : a.waitlistPosition !== null
                ? t('callsUi.result.waitlisted', { n: fmt.number(a.waitlistPosition) })
                : t(`applicationStatuses.${a.status}`)}
        </Text>
        {a.ineligibleReasons.length ? (
          <Text size="sm">
            {a.ineligibleReasons.map((r) => t(`callIneligible.${r}`)).join(t('callsUi.listSeparator'))}
          </Text>
        ) : null}
        {a.rank !== null ? <Text size="sm">{t('callsUi.result.rank', { n: fmt.number(a.rank) })}</Text> : null}
        {a.totalScore !== null ? (
          <Text size="sm">{t('callsUi.result.total', { n: fmt.number(a.totalScore) })}</Text>
        ) : null}
        {a.partnerDecision ? (
          <Text size="sm">{`${t('callsUi.decision.label')}: ${t(`partnerDecisions.${a.partnerDecision}`)}`}</Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** What was applied with: preferences, answers and documents (links open the files). */
function ApplicationContent({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="application-content">
      <Title order={2} size="h4" id="application-content" mb="sm">
        {t('callsUi.review.content')}
      </Title>
      <Stack gap="sm" component="dl" m={0}>
        <DetailField label={t('callsUi.fields.preferences')}>
          {a.preferences.length ? (
            <List type="ordered" size="sm">
              {a.preferences.map((p) => (
                <List.Item key={p.offerId}>
                  {fmt.name(p.partnerNameZh, p.partnerNameEn)} ({fmt.country(p.country)})
                </List.Item>
              ))}
            </List>
          ) : null}
        </DetailField>
        <DetailField label={t('callsUi.fields.gpa')}>{a.gpa !== null ? fmt.number(a.gpa) : ''}</DetailField>
        <DetailField label={t('callsUi.fields.languageCert')}>{a.languageCert}</DetailField>
        <DetailField label={t('callsUi.fields.motivation')}>{a.form.motivation}</DetailField>
        <DetailField label={t('callsUi.fields.studyPlan')}>{a.form.studyPlan}</DetailField>
        <DetailField label={t('callsUi.form.documents')}>
          {a.documents.length ? (
            <List size="sm">
              {a.documents.map((d) => (
                <List.Item key={d.id}>
                  <Anchor href={documentUrl(a.id, d.id)} download={d.fileName} style={{ overflowWrap: 'anywhere' }}>
                    {d.fileName}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          ) : null}
        </DetailField>
        {a.missingDocuments.length ? (
          <DetailField label={t('callsUi.review.missing')}>
            {a.missingDocuments.join(t('callsUi.listSeparator'))}
          </DetailField>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Staff and reviewers: the applicant, what they sent, the result and the scoring form. */
function ReviewerView({ application: a, call }: { application: Application; call: Call | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <ResultPanel application={a} />
      {a.adjustmentReason ? (
        <Alert color="gray" variant="light" title={t('callsUi.adjust.reason')}>
          {a.adjustmentReason}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="application-applicant">
          <Title order={2} size="h4" id="application-applicant" mb="sm">
            {t('callsUi.fields.applicant')}
          </Title>
          <Stack gap="sm" component="dl" m={0}>
            <DetailField label={t('callsUi.fields.name')}>
              {fmt.name(a.applicant.nameZh, a.applicant.nameEn)}
            </DetailField>
            <DetailField label={t('callsUi.fields.studentNo')}>{a.applicant.studentNo}</DetailField>
            <DetailField label={t('callsUi.fields.levels')}>
              {a.applicant.degreeLevel ? t(`degreeLevels.${a.applicant.degreeLevel}`) : ''}
            </DetailField>
            <DetailField label={t('callsUi.fields.email')}>{a.applicant.email}</DetailField>
          </Stack>
        </Paper>
        <ApplicationContent application={a} />
      </SimpleGrid>
      {a.permissions.score && call ? <ScoreForm key={a.id} call={call} application={a} /> : null}
      <ApplicationTimeline steps={a.timeline} />
    </>
  );
}
