import '@mantine/core/styles/Timeline.css';
import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineStep } from '#shared/schemas/calls';
import { useFormat } from '#web/lib/format';

/** Where an application stands: each step done, current, upcoming or skipped, with its date when known. */
export function ApplicationTimeline({ steps }: { steps: TimelineStep[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const active = steps.reduce((last, s, i) => (s.state === 'done' || s.state === 'current' ? i : last), -1);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="application-timeline">
      <Title order={2} size="h4" id="application-timeline" mb="sm">
        {t('callsUi.timeline.title')}
      </Title>
      <Timeline active={active} bulletSize={18} lineWidth={2} component="ol" style={{ listStyle: 'none', padding: 0 }}>
        {steps.map((s) => (
          <Timeline.Item
            key={s.step}
            component="li"
            title={
              <Text fw={s.state === 'current' ? 700 : 600} size="sm" c={s.state === 'skipped' ? 'dimmed' : undefined}>
                {t(`applicationSteps.${s.step}`)}
                {' · '}
                {t(`stepStates.${s.state}`)}
              </Text>
            }
          >
            {s.state === 'current' || s.state === 'upcoming' ? (
              <Text size="sm" c="dimmed">
                {t(`callsUi.stepHints.${s.step}`)}
              </Text>
            ) : null}
            {s.at ? (
              <Text size="xs" c="dimmed" mt={2}>
                <time dateTime={s.at}>{fmt.dateTime(s.at)}</time>
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
