import '@mantine/core/styles/Badge.css';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationGroup } from '#shared/schemas/notifications';
import { AnchorLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useMarkGroupRead } from '../api/notifications';

/** Where a notification's record opens, by the entity type the server wrote. */
const RECORD_PATHS: Record<string, (id: number) => string> = {
  agreement: paths.agreement,
  person: paths.person,
  mobility: paths.mobility,
  application: paths.application,
  call: paths.call,
  submission: paths.submission,
};

/** One group of notifications (one record and kind): its newest text, counts, open the record, mark it read. */
export function NotificationItem({ group: g }: { group: NotificationGroup }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const markRead = useMarkGroupRead();
  const n = g.latest;
  const unread = g.unread > 0;
  const read = () => {
    if (unread)
      markRead.mutate({ kind: g.kind, entityType: g.entityType, entityId: g.entityId }, { onError: notifyError });
  };
  return (
    <Paper component="li" withBorder radius="md" p="md" bg={unread ? 'blue.0' : undefined}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {unread ? (
            <Badge color="blue.8" variant="filled" size="sm" style={{ flexShrink: 0 }}>
              {t('notificationsUi.unread')}
            </Badge>
          ) : null}
          <Text fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
            {n.title}
          </Text>
          {g.count > 1 ? (
            <Badge color="gray.8" variant="light" size="sm" style={{ flexShrink: 0 }}>
              {t('notificationsUi.groupCount', { count: g.count, unread: g.unread })}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {n.body}
        </Text>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
            {g.count > 1 ? t('notificationsUi.latestAt', { at: fmt.dateTime(n.createdAt) }) : fmt.dateTime(n.createdAt)}
          </Text>
          <Group gap="xs">
            {n.entityId && n.entityType && n.entityType in RECORD_PATHS ? (
              <AnchorLink to={RECORD_PATHS[n.entityType]?.(n.entityId) ?? paths.home()} size="sm" onClick={read}>
                {t('notificationsUi.openRecord')}
              </AnchorLink>
            ) : null}
            {unread ? (
              <Button variant="subtle" size="compact-sm" onClick={read} loading={markRead.isPending}>
                {g.count > 1 ? t('notificationsUi.markGroupRead', { count: g.unread }) : t('notificationsUi.markRead')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
