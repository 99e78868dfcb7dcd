import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assistant, Round } from '#shared/schemas/assistants';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { certificatePdf, useApply, useMyTerms, useRounds } from '../api/assistants';
import { FeedbackForm } from './FeedbackForm';
import { HoursList } from './HoursList';
import { LogHoursForm } from './LogHoursForm';
import { TaskList } from './TaskList';
import { hoursOf, termParams } from './term';
import '../i18n';

/** The assistant's own view (made for a phone): their tasks, logging hours, the hours and their review, feedback. */
export function MyServicePage() {
  const { t } = useTranslation();
  const terms = useMyTerms();
  return (
    <>
      <PageHeader title={t('assistantsUi.mine.title')} subtitle={t('assistantsUi.mine.intro')} />
      <ErrorAlert error={terms.error} onRetry={() => terms.refetch()} />
      {terms.isLoading ? <Loading /> : null}
      {terms.data?.items.length === 0 ? <OpenRounds /> : null}
      <Stack gap="lg">
        {terms.data?.items.map((a) => (
          <Term key={a.id} assistant={a} />
        ))}
      </Stack>
    </>
  );
}

function Term({ assistant: a }: { assistant: Assistant }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-label={t('assistantsUi.term', termParams(a.academicYear, a.semester))}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('assistantsUi.term', termParams(a.academicYear, a.semester))}
        </Title>
        <Text size="sm">
          {t('assistantsUi.mine.totals', { approved: hoursOf(a.approvedMinutes), pending: hoursOf(a.pendingMinutes) })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('assistantsUi.tasks.title')}
          </Title>
          <TaskList tasks={a.tasks} canFinish={a.permissions.logHours} canCancel={false} />
        </Card>
        {a.permissions.logHours && !a.endedOn ? (
          <Card withBorder>
            <Title order={3} size="h5" mb="xs">
              {t('assistantsUi.hours.logTitle')}
            </Title>
            <LogHoursForm assistant={a} />
          </Card>
        ) : null}
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('assistantsUi.hours.title')}
          </Title>
          <HoursList hours={a.hours} tasks={a.tasks} review={false} />
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('assistantsUi.feedback.title')}
          </Title>
          {a.permissions.logHours ? <FeedbackForm assistant={a} author="assistant" /> : null}
          {a.permissions.certificate ? (
            <Button component="a" href={certificatePdf(a.id)} download variant="light" mt="sm">
              {t('assistantsUi.certificate')}
            </Button>
          ) : null}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** Not an assistant this term: the rounds open to the student's college, to apply. */
function OpenRounds() {
  const { t } = useTranslation();
  const f = useFormat();
  const rounds = useRounds();
  const apply = useApply();
  const go = async (r: Round) => {
    try {
      await apply.mutateAsync({ roundId: r.id, body: { motivation: null, skills: [], languages: [] } });
      notifySuccess(t('assistantsUi.mine.applied'));
    } catch (err) {
      notifyError(err);
    }
  };
  if (!rounds.data?.items.length) return <EmptyState>{t('assistantsUi.mine.none')}</EmptyState>;
  return (
    <Stack gap="sm">
      <Text>{t('assistantsUi.mine.noneApply')}</Text>
      {rounds.data.items.map((r) => (
        <Card withBorder key={r.id}>
          <Text fw={600}>{f.name(r.titleZh, r.titleEn)}</Text>
          <Text size="sm" c="dimmed">
            {t('assistantsUi.rounds.period', { from: f.date(r.opensOn), to: f.date(r.closesOn) })}
          </Text>
          <Button mt="xs" onClick={() => go(r)} loading={apply.isPending}>
            {t('assistantsUi.mine.apply')}
          </Button>
        </Card>
      ))}
    </Stack>
  );
}
