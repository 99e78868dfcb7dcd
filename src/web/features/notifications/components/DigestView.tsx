import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotificationDigest } from '../api/notifications';
import { NotificationItem } from './NotificationItem';

/**
 * The in-app digest (issue 23, item 15): unread notifications gathered by topic, each under the mode chosen
 * for its mail (the mail settings below apply here too) — what one takes as a daily digest reads as one section.
 */
export function DigestView() {
  const { t } = useTranslation();
  const { data } = useNotificationDigest(true);
  const other = t('notificationsUi.digest.other');
  if (!data) return null;
  if (!data.sections.length)
    return (
      <Text size="sm" c="dimmed" mb="md">
        {t('notificationsUi.emptyUnread')}
      </Text>
    );
  return (
    <Stack gap="md" mb="md">
      {data.sections.map((s) => {
        const title = s.topic ? t(`notificationsUi.mail.topics.${s.topic}`) : other;
        return (
          <Paper key={s.topic ?? 'other'} withBorder radius="md" p="md" component="section" aria-label={title}>
            <Title order={2} size="h4">
              {title}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('notificationsUi.digest.summary', {
                mode: t(`notificationsUi.mail.modes.${s.mode}`),
                count: s.unread,
              })}
            </Text>
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {s.groups.map((g) => (
                <NotificationItem key={`${g.kind}:${g.entityType}:${g.entityId}`} group={g} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
