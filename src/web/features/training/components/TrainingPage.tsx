import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessYear } from '#shared/calendar';
import { localName } from '#shared/i18n/names';
import type { TrainingCourse, TrainingSession } from '#shared/schemas/training';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { useLocale } from '#web/lib/locale';
import { notifyError } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { certificateUrl, hoursXlsxUrl, useCatalogueChange, useCourses, useMyEnrolments } from '../api/training';
import { AttendancePanel } from './AttendancePanel';
import { CourseForm, SessionForm } from './CourseForms';
import '../i18n';

/** Staff training: the catalogue with its sessions (enrol, cancel), my record with certificates, and for OIA staff the running of it. */
export function TrainingPage() {
  const { t } = useTranslation();
  const manage = useCan('training', 'manage');
  const report = useCan('training', 'report');
  const courses = useCourses();
  const year = businessYear(new Date());
  return (
    <>
      <PageHeader
        title={t('trainingUi.title')}
        subtitle={t('trainingUi.intro')}
        actions={
          report ? (
            <Button component="a" href={hoursXlsxUrl(year)} download variant="light">
              {t('trainingUi.hoursReport', { year })}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <MyTraining />
        {(courses.data?.items ?? []).map((c) => (
          <CourseCard key={c.id} course={c} manage={manage} />
        ))}
        {manage ? <CourseForm /> : null}
      </Stack>
    </>
  );
}

function CourseCard({ course, manage }: { course: TrainingCourse; manage: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  if (editing) return <CourseForm course={course} onDone={() => setEditing(false)} />;
  return (
    <Paper withBorder p="md" radius="md" component="article">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Title order={2} size="h4">
          {localName(locale, course.titleZh, course.titleEn)}
        </Title>
        <Group gap={4}>
          <Badge variant="light">{t(`trainingModes.${course.mode}`)}</Badge>
          <Badge variant="outline">{t('trainingUi.hours', { hours: course.hours })}</Badge>
          {manage ? (
            <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
              {t('trainingUi.edit')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {localName(locale, course.descriptionZh, course.descriptionEn)}
      </Text>
      <Stack gap="xs">
        {course.sessions.length === 0 ? <Text size="sm">{t('trainingUi.noSessions')}</Text> : null}
        {course.sessions.map((s) => (
          <SessionRow key={s.id} session={s} manage={manage} />
        ))}
        {manage ? <SessionForm courseId={course.id} /> : null}
      </Stack>
    </Paper>
  );
}

/** One session: when and where, enrolment for anyone, and for OIA staff an edit and the attendance list. */
function SessionRow({ session: s, manage }: { session: TrainingSession; manage: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const change = useCatalogueChange();
  const post = (path: string) => change.mutate({ path }, { onError: notifyError });
  const [editing, setEditing] = useState(false);
  if (editing) return <SessionForm courseId={s.courseId} session={s} onDone={() => setEditing(false)} />;
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          {f.date(s.startsOn)} {s.startTime ?? ''} · {s.location} · {t('trainingUi.enrolled', { count: s.enrolled })}
          {s.capacity ? ` / ${t('trainingUi.capacity', { capacity: s.capacity })}` : ''}
        </Text>
        <Group gap="xs">
          {manage ? (
            <Button
              size="xs"
              variant="subtle"
              aria-label={t('trainingUi.editSessionOf', { date: f.date(s.startsOn) })}
              onClick={() => setEditing(true)}
            >
              {t('trainingUi.edit')}
            </Button>
          ) : null}
          {s.mine && s.mine.status !== 'cancelled' ? (
            <>
              <Badge color="teal" variant="light">
                {t(`enrolmentStatuses.${s.mine.status}`)}
              </Badge>
              {s.mine.status === 'enrolled' ? (
                <Button size="xs" variant="subtle" onClick={() => post(`/training/sessions/${s.id}/cancel`)}>
                  {t('trainingUi.cancel')}
                </Button>
              ) : null}
            </>
          ) : (
            <Button size="xs" onClick={() => post(`/training/sessions/${s.id}/enrol`)}>
              {t('trainingUi.enrol')}
            </Button>
          )}
        </Group>
      </Group>
      {manage && s.enrolled > 0 ? <AttendancePanel sessionId={s.id} /> : null}
    </Stack>
  );
}

function MyTraining() {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useFormat();
  const mine = useMyEnrolments();
  const items = (mine.data?.items ?? []).filter((e) => e.status !== 'cancelled');
  if (!items.length) return null;
  return (
    <section aria-labelledby="my-training">
      <Title order={2} size="h4" id="my-training" mb="xs">
        {t('trainingUi.mine')}
      </Title>
      <Stack gap={4}>
        {items.map((e) => (
          <Group key={e.id} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">
              {f.date(e.startsOn)} · {localName(locale, e.courseTitleZh, e.courseTitleEn)} ·{' '}
              {t(`enrolmentStatuses.${e.status}`)}
              {e.hours ? ` · ${t('trainingUi.hours', { hours: e.hours })}` : ''}
            </Text>
            {e.status === 'attended' ? (
              <Button component="a" href={certificateUrl(e.id)} size="xs" variant="light">
                {t('trainingUi.certificate')}
              </Button>
            ) : null}
          </Group>
        ))}
      </Stack>
    </section>
  );
}
