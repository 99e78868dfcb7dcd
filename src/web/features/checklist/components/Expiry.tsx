import '@mantine/core/styles/Badge.css';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { businessDate, daysBetween } from '#shared/calendar';
import { useFormat } from '#web/lib/format';

/** Warn when a document expires within this many days. */
export const WARN_DAYS = 30;

/** Whole days from today (the university's day, Asia/Taipei, as the expiry reminders count) to a 'YYYY-MM-DD' date. */
export function daysUntil(date: string, now = new Date()): number {
  return daysBetween(businessDate(now), date);
}

/** The expiry date, with a warning badge when it is near (< 30 days) or past. */
export function Expiry({ date }: { date: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!date) return <Text size="sm">{t('checklistUi.noExpiry')}</Text>;
  const days = daysUntil(date);
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" component="time" dateTime={date}>
        {fmt.date(`${date}T00:00:00`)}
      </Text>
      {days < 0 ? (
        <Badge color="red" variant="outline" tt="none">
          {t('checklistUi.expired')}
        </Badge>
      ) : days < WARN_DAYS ? (
        <Badge color="orange" variant="light" tt="none">
          {t('checklistUi.expiresIn', { n: days })}
        </Badge>
      ) : null}
    </Group>
  );
}
