import '@mantine/core/styles/SimpleGrid.css';
import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { notifySuccess } from '#web/lib/notify';
import { useSaveAcademicTerm } from '../api/academic-terms';
import type { SemesterView } from './calendarYears';

type Dates = { firstDay: string; lastDay: string; teachingStart: string; teachingEnd: string };
type Props = { academicYear: number; view: SemesterView; onDone: () => void; onConflict: () => void };

/** A semester's four dates (date inputs, one column on a phone); the server checks order, bounds and overlaps. */
export function SemesterForm({ academicYear, view, onDone, onConflict }: Props) {
  const { t } = useTranslation();
  const save = useSaveAcademicTerm();
  const stored = view.stored;
  const { errors, formError, busy, text, submit } = useServerForm<Dates>({
    initial: {
      firstDay: view.firstDay,
      lastDay: view.lastDay,
      teachingStart: stored?.teachingStart ?? '',
      teachingEnd: stored?.teachingEnd ?? '',
    },
    validate: (f, required) => required((['firstDay', 'lastDay'] as const).filter((k) => !f[k])),
    send: async (f) => {
      const body = { academicYear, semester: view.semester, ...f };
      await save.mutateAsync({ id: stored?.id ?? null, body: stored ? { ...body, version: stored.version } : body });
      notifySuccess(t('academicCalendarUi.saved'));
      onDone();
    },
    onConflict,
  });
  const dateInput = (key: keyof Dates, required = false) => (
    <TextInput type="date" label={t(`academicCalendarUi.fields.${key}`)} required={required} {...text(key)} />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {dateInput('firstDay', true)}
          {dateInput('lastDay', true)}
          {dateInput('teachingStart')}
          {dateInput('teachingEnd')}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('academicCalendarUi.teachingHint')}
        </Text>
        {(errors.semester ?? errors.academicYear) ? (
          <Text size="sm" c="red">
            {errors.semester ?? errors.academicYear}
          </Text>
        ) : null}
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} onCancel={onDone} />
      </Stack>
    </form>
  );
}
