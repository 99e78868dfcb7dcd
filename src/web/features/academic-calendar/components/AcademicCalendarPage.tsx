import '@mantine/core/styles/NumberInput.css';
import { Badge, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearAt, academicYearLabelParams, fromRocYear, toRocYear } from '#shared/calendar';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useAcademicTerms, useDeleteAcademicTerm } from '../api/academic-terms';
import { calendarYears, type SemesterView } from './calendarYears';
import { SemesterForm } from './SemesterForm';
import '../i18n';

/** Which semester's form is open: "2026-1". */
const keyOf = (year: number, semester: number) => `${year}-${semester}`;

/** The academic calendar: each year's two semesters (set or default), edited one semester at a time. */
export function AcademicCalendarPage() {
  const { t } = useTranslation();
  const terms = useAcademicTerms();
  const remove = useDeleteAcademicTerm();
  const [added, setAdded] = useState<number[]>([]);
  const [rocYear, setRocYear] = useState<number | string>(toRocYear(academicYearAt(new Date()) + 1));
  const [open, setOpen] = useState<string | null>(null);

  if (terms.isPending) return <Loading />;
  if (!terms.data) return <ErrorAlert error={terms.error} onRetry={() => void terms.refetch()} />;
  const years = calendarYears(terms.data.items, added);

  const semester = (year: number, view: SemesterView) => {
    const key = keyOf(year, view.semester);
    return (
      <Stack key={key} gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text fw={600}>{t(`academicCalendarUi.semesters.${view.semester}`)}</Text>
            {view.stored ? null : (
              <Badge variant="light" color="gray">
                {t('academicCalendarUi.defaults')}
              </Badge>
            )}
          </Group>
          {open === key ? null : (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setOpen(key)}>
                {t(view.stored ? 'academicCalendarUi.edit' : 'academicCalendarUi.set')}
              </Button>
              {view.stored ? (
                <ConfirmButton
                  size="xs"
                  variant="subtle"
                  color="red"
                  label={t('academicCalendarUi.remove.label')}
                  title={t('academicCalendarUi.remove.title')}
                  message={<Text size="sm">{t('academicCalendarUi.remove.confirm')}</Text>}
                  busy={remove.isPending}
                  onConfirm={async () => {
                    const stored = view.stored as NonNullable<SemesterView['stored']>;
                    await remove.mutateAsync({ id: stored.id, version: stored.version });
                    notifySuccess(t('academicCalendarUi.remove.done'));
                  }}
                />
              ) : null}
            </Group>
          )}
        </Group>
        {open === key ? (
          <SemesterForm
            academicYear={year}
            view={view}
            onDone={() => setOpen(null)}
            onConflict={() => {
              setOpen(null);
              notifyError(new Error(t('academicCalendarUi.conflict')));
            }}
          />
        ) : (
          <>
            <Text size="sm">{t('academicCalendarUi.range', { from: view.firstDay, to: view.lastDay })}</Text>
            <Text size="sm" c="dimmed">
              {t('academicCalendarUi.teaching', { from: view.teachingStart, to: view.teachingEnd })}
            </Text>
          </>
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('academicCalendarUi.title')} subtitle={t('academicCalendarUi.intro')} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput
          label={t('academicCalendarUi.yearInput')}
          value={rocYear}
          onChange={setRocYear}
          min={toRocYear(1950)}
          max={toRocYear(2200)}
          allowDecimal={false}
          w={{ base: '100%', xs: 180 }}
        />
        <Button
          variant="light"
          onClick={() => typeof rocYear === 'number' && setAdded((a) => [...a, fromRocYear(rocYear)])}
        >
          {t('academicCalendarUi.addYear')}
        </Button>
      </Group>
      {years.length === 0 ? <EmptyState>{t('academicCalendarUi.empty')}</EmptyState> : null}
      {years.map((y) => (
        <Paper key={y.academicYear} withBorder p="md" radius="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('academicCalendarUi.year', academicYearLabelParams(y.academicYear))}
            </Title>
            {y.semesters.map((s) => semester(y.academicYear, s))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
