import '@mantine/core/styles/Progress.css';
import { Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COHORT_STAGES } from '#shared/cohorts';
import type { CohortProgram } from '#shared/schemas/cohorts';
import { useFormat } from '#web/lib/format';

/** The funnel (applications per stage) and the outcomes (participants, completed, withdrawn, certificates). */
export function FunnelFigures({ program }: { program: CohortProgram }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = program.funnel;
  const figures: [string, string][] = [
    [t('cohortsUi.figures.applications'), fmt.number(f.total)],
    [t('cohortsUi.figures.participants'), `${fmt.number(f.participants)} / ${fmt.number(program.places)}`],
    [t('cohortsUi.figures.completed'), fmt.number(f.completed)],
    [t('cohortsUi.figures.withdrawn'), fmt.number(f.withdrawn)],
    [t('cohortsUi.figures.certificates'), fmt.number(f.certificates)],
    [t('cohortsUi.figures.selectivity'), f.selectivityPct === null ? '—' : `${f.selectivityPct}%`],
  ];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        {figures.map(([label, value]) => (
          <Card key={label} withBorder padding="sm">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder padding="sm">
        <Text size="sm" fw={600} mb="xs">
          {t('cohortsUi.figures.funnel')}
        </Text>
        <Stack gap={6}>
          {COHORT_STAGES.map((stage) => {
            const n = f.byStage[stage] ?? 0;
            return (
              <Group key={stage} gap="xs" wrap="nowrap">
                <Text size="sm" w={96} style={{ flexShrink: 0 }}>
                  {t(`cohorts.stages.${stage}`)}
                </Text>
                <Progress
                  value={f.total ? (n / f.total) * 100 : 0}
                  style={{ flex: 1 }}
                  aria-label={t(`cohorts.stages.${stage}`)}
                />
                <Text size="sm" w={56} ta="right">
                  {fmt.number(n)}
                </Text>
              </Group>
            );
          })}
        </Stack>
      </Card>
    </Stack>
  );
}
