import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSISTANT_TASK_KINDS, type AssistantTaskKind } from '#shared/assistants';
import type { Assistant } from '#shared/schemas/assistants';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { certificatePdf, monthlyHoursXlsx, useAddTask, useAssistant } from '../api/assistants';
import { FeedbackForm } from './FeedbackForm';
import { HoursList } from './HoursList';
import { TaskList } from './TaskList';
import { hoursOf, termParams } from './term';
import '../i18n';

/** Staff: one assistant's term — tasks (assign), hours (review), the month's xlsx, feedback, certificate. */
export function AssistantPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const q = useAssistant(id);
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const a = q.data;
  if (!a) return q.error ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : <Loading />;
  const own = a.feedback.find((x) => x.author === 'assistant');
  return (
    <>
      <PageHeader
        title={f.name(a.nameZh, a.nameEn)}
        subtitle={`${t('assistantsUi.term', termParams(a.academicYear, a.semester))} · ${t('assistantsUi.mine.totals', { approved: hoursOf(a.approvedMinutes), pending: hoursOf(a.pendingMinutes) })}`}
        actions={
          a.permissions.certificate ? (
            <Button component="a" href={certificatePdf(a.id)} download variant="light">
              {t('assistantsUi.certificate')}
            </Button>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            {t('assistantsUi.tasks.title')}
          </Title>
          <TaskList tasks={a.tasks} canFinish={a.permissions.manage} canCancel={a.permissions.manage} />
          {a.permissions.manage ? <NewTask assistant={a} /> : null}
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            {t('assistantsUi.hours.title')}
          </Title>
          <Group align="flex-end" mb="sm" wrap="wrap">
            <TextInput
              type="month"
              label={t('assistantsUi.hours.month')}
              value={month}
              onChange={(e) => setMonth(e.currentTarget.value)}
            />
            <Button component="a" href={monthlyHoursXlsx(a.id, month)} download variant="light">
              {t('assistantsUi.hours.export')}
            </Button>
          </Group>
          <HoursList hours={a.hours} tasks={a.tasks} review={a.permissions.manage} />
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            {t('assistantsUi.feedback.title')}
          </Title>
          <Text size="sm" fw={600}>
            {t('assistantsUi.feedback.ownLabel')}
          </Text>
          <Text size="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {own?.text ?? t('assistantsUi.feedback.notYet')}
          </Text>
          {a.permissions.manage ? <FeedbackForm assistant={a} author="staff" /> : null}
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            {t('assistantsUi.profile')}
          </Title>
          <Text size="sm">
            {t('assistantsUi.list.languages')}: {a.languages.join(', ') || '—'}
          </Text>
          <Text size="sm">
            {t('assistantsUi.skills')}: {a.skills.join(', ') || '—'}
          </Text>
          <Text size="sm">
            {t('assistantsUi.startedOn')}: {f.date(a.startedOn)}
          </Text>
        </Card>
      </SimpleGrid>
    </>
  );
}

function NewTask({ assistant }: { assistant: Assistant }) {
  const { t } = useTranslation();
  const add = useAddTask();
  const [kind, setKind] = useState<AssistantTaskKind>('buddy');
  const [titleZh, setTitleZh] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    try {
      await add.mutateAsync({ assistantId: assistant.id, body: { kind, titleZh, titleEn, dueOn, notes: null } });
      setTitleZh('');
      setTitleEn('');
      setErrors({});
      notifySuccess(t('assistantsUi.tasks.added'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  };
  return (
    <Stack
      gap="xs"
      mt="sm"
      component="form"
      onSubmit={(e) => (e.preventDefault(), submit())}
      aria-label={t('assistantsUi.tasks.add')}
    >
      <Select
        label={t('assistantsUi.tasks.kind')}
        data={ASSISTANT_TASK_KINDS.map((k) => ({ value: k, label: t(`assistantTaskKinds.${k}`) }))}
        value={kind}
        onChange={(v) => v && setKind(v as AssistantTaskKind)}
        allowDeselect={false}
      />
      <TextInput
        label={t('assistantsUi.tasks.titleZh')}
        value={titleZh}
        onChange={(e) => setTitleZh(e.currentTarget.value)}
        error={errors.titleZh}
      />
      <TextInput
        label={t('assistantsUi.tasks.titleEn')}
        value={titleEn}
        onChange={(e) => setTitleEn(e.currentTarget.value)}
        error={errors.titleEn}
      />
      <TextInput
        type="date"
        label={t('assistantsUi.tasks.dueOn')}
        value={dueOn}
        onChange={(e) => setDueOn(e.currentTarget.value)}
        error={errors.dueOn}
        required
      />
      <Button type="submit" loading={add.isPending}>
        {t('assistantsUi.tasks.add')}
      </Button>
    </Stack>
  );
}
