import { Button, Group, NativeSelect, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_MODES, type TrainingMode } from '#shared/enquiries';
import type { TrainingCourse, TrainingSession } from '#shared/schemas/training';
import { fieldErrors, isApiError } from '#web/lib/api';
import { notifyError } from '#web/lib/notify';
import { useCatalogueChange } from '../api/training';

/**
 * A new course, or an edit of one (OIA staff): titles in both languages, online or in person, hours. An edit
 * is sent with the version it was made on (a colleague's change in between answers 409).
 */
export function CourseForm({ course, onDone }: { course?: TrainingCourse; onDone?: () => void }) {
  const { t } = useTranslation();
  const change = useCatalogueChange();
  const empty = { titleZh: '', titleEn: '', mode: 'in_person' as TrainingMode, hours: 2 };
  const [form, setForm] = useState(
    course ? { titleZh: course.titleZh, titleEn: course.titleEn, mode: course.mode, hours: course.hours } : empty,
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const headingId = course ? `edit-course-${course.id}` : 'new-course';
  const submit = () =>
    change.mutate(
      course
        ? {
            path: `/training/courses/${course.id}`,
            method: 'put',
            body: {
              ...form,
              descriptionZh: course.descriptionZh,
              descriptionEn: course.descriptionEn,
              unitId: course.unitId,
              version: course.version,
            },
          }
        : { path: '/training/courses', body: { ...form, descriptionZh: '', descriptionEn: '', unitId: null } },
      {
        onSuccess: () => {
          setForm(empty);
          onDone?.();
        },
        onError: (err) => (isApiError(err, 'VERSION_CONFLICT') ? notifyError(err) : setFields(fieldErrors(err))),
      },
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {course ? t('trainingUi.editCourse') : t('trainingUi.newCourse')}
      </Title>
      <Stack gap="sm">
        <TextInput
          label={t('trainingUi.titleZh')}
          value={form.titleZh}
          error={fields.titleZh}
          onChange={(e) => setForm({ ...form, titleZh: e.currentTarget.value })}
        />
        <TextInput
          label={t('trainingUi.titleEn')}
          value={form.titleEn}
          error={fields.titleEn}
          onChange={(e) => setForm({ ...form, titleEn: e.currentTarget.value })}
        />
        <Group grow>
          <NativeSelect
            label={t('trainingUi.mode')}
            data={TRAINING_MODES.map((m) => ({ value: m, label: t(`trainingModes.${m}`) }))}
            value={form.mode}
            onChange={(e) => setForm({ ...form, mode: e.currentTarget.value as TrainingMode })}
          />
          <NumberInput
            label={t('trainingUi.courseHours')}
            min={0.5}
            step={0.5}
            value={form.hours}
            error={fields.hours}
            onChange={(v) => setForm({ ...form, hours: Number(v) })}
          />
        </Group>
        <Group gap="xs">
          <Button onClick={submit} loading={change.isPending}>
            {course ? t('trainingUi.saveCourse') : t('trainingUi.create')}
          </Button>
          {onDone ? (
            <Button variant="default" onClick={onDone}>
              {t('trainingUi.cancelEdit')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * A new session of a course, or an edit of one (OIA staff): date, time, place or link and places. An edit is sent
 * with the version it was made on; the server refuses places below the number already enrolled.
 */
export function SessionForm({
  courseId,
  session,
  onDone,
}: {
  courseId: number;
  session?: TrainingSession;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const change = useCatalogueChange();
  const empty = { startsOn: '', startTime: '', location: '', capacity: '' as number | string };
  const [form, setForm] = useState(
    session
      ? {
          startsOn: session.startsOn,
          startTime: session.startTime ?? '',
          location: session.location,
          capacity: session.capacity ?? '',
        }
      : empty,
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const submit = () => {
    const body = {
      startsOn: form.startsOn,
      startTime: form.startTime || null,
      location: form.location,
      capacity: form.capacity === '' ? null : Number(form.capacity),
    };
    change.mutate(
      session
        ? { path: `/training/sessions/${session.id}`, method: 'put', body: { ...body, version: session.version } }
        : { path: `/training/courses/${courseId}/sessions`, body },
      {
        onSuccess: () => {
          setForm(empty);
          setFields({});
          onDone?.();
        },
        onError: (err) => (isApiError(err, 'VERSION_CONFLICT') ? notifyError(err) : setFields(fieldErrors(err))),
      },
    );
  };
  return (
    <Group
      align="flex-end"
      gap="xs"
      wrap="wrap"
      aria-label={session ? t('trainingUi.editSession') : t('trainingUi.newSession')}
      role="group"
    >
      <TextInput
        type="date"
        label={t('trainingUi.startsOn')}
        value={form.startsOn}
        error={fields.startsOn}
        onChange={(e) => setForm({ ...form, startsOn: e.currentTarget.value })}
      />
      <TextInput
        type="time"
        label={t('trainingUi.startTime')}
        value={form.startTime}
        error={fields.startTime}
        onChange={(e) => setForm({ ...form, startTime: e.currentTarget.value })}
      />
      <TextInput
        label={t('trainingUi.location')}
        value={form.location}
        error={fields.location}
        onChange={(e) => setForm({ ...form, location: e.currentTarget.value })}
      />
      <NumberInput
        label={t('trainingUi.places')}
        min={1}
        w={110}
        value={form.capacity}
        error={fields.capacity}
        onChange={(v) => setForm({ ...form, capacity: v })}
      />
      <Button variant="light" onClick={submit} loading={change.isPending}>
        {session ? t('trainingUi.saveSession') : t('trainingUi.addSession')}
      </Button>
      {onDone ? (
        <Button variant="default" onClick={onDone}>
          {t('trainingUi.cancelEdit')}
        </Button>
      ) : null}
    </Group>
  );
}
