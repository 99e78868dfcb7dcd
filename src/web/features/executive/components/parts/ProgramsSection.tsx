import '@mantine/core/styles/SimpleGrid.css';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';
import type { ProgramFigures } from '#shared/schemas/executive';
import { useFormat } from '#web/lib/format';
import { Section } from './Section';

const FIGURES = [
  'cohortApplications',
  'cohortParticipants',
  'certificates',
  'assistants',
  'assistantHours',
  'buddyPairs',
  'buddyMeetings',
] as const;

/** The office's own programs in the academic year: cohort programs, the assistant corps, the buddy program. */
export function ProgramsSection({ figures }: { figures: ProgramFigures }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section
      title={t('executiveUi.programs.title')}
      hint={t('executiveUi.programs.hint', {
        year: t('common.academicYearOption', academicYearLabelParams(figures.academicYear)),
      })}
    >
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" component="dl" m={0}>
        {FIGURES.map((key) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text component="dt" size="sm" c="dimmed">
              {t(`executiveUi.programs.${key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} fz="xl" data-figure={key}>
              {fmt.number(figures[key])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Section>
  );
}
