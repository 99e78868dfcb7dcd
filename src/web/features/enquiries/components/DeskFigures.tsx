import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '#web/lib/format';
import { useFigures } from '../api/desk';

/** The desk's figures this year: volume, time to first reply, service levels met, satisfaction. */
export function DeskFigures({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data } = useFigures(enabled);
  if (!data) return null;
  const cards: [string, string][] = [
    [t('enquiriesUi.figures.volume'), f.number(data.volume)],
    [
      t('enquiriesUi.figures.medianDays'),
      data.medianFirstResponseDays === null ? '—' : f.number(data.medianFirstResponseDays),
    ],
    [t('enquiriesUi.figures.firstMet'), `${data.firstResponseMet} / ${data.firstResponseBreached}`],
    [t('enquiriesUi.figures.resolutionMet'), `${data.resolutionMet} / ${data.resolutionBreached}`],
    [
      t('enquiriesUi.figures.rating', { count: data.ratings }),
      data.averageRating === null ? '—' : f.number(data.averageRating),
    ],
  ];
  return (
    <section aria-labelledby="desk-figures">
      <Title order={2} size="h4" id="desk-figures" mb="xs">
        {t('enquiriesUi.figures.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        {cards.map(([label, value]) => (
          <Paper key={label} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
