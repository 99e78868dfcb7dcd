import '@mantine/core/styles/Badge.css';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationGroup } from '#shared/schemas/notifications';
import { AnchorLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useMe } from '#web/lib/session';
import { PAGE_SIZE, useMarkAllRead, useMarkGroupRead, useNotificationGroups } from '../api/notifications';
import '../i18n';
import { MailPreferencesSection } from './MailPreferencesSection';

/** Where a notification's record opens, by the entity type the server wrote. */
const RECORD_PATHS: Record<string, (id: number) => string> = {
  agreement: paths.agreement,
  person: paths.person,
  mobility: paths.mobility,
  application: paths.application,
  call: paths.call,
  submission: paths.submission,
};

/**
 * My notifications, one row per record and kind (newest group first): read them, mark a group or all read,
 * open the record they are about. A student is told what a student gets; staff what staff get.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const student = !!me?.roles.length && me.roles.every((r) => r.role === 'student');
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(true);
  const list = useNotificationGroups(page, unreadOnly);
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  async function readAll() {
    try {
      await markAll.mutateAsync();
      notifySuccess(t('notificationsUi.allRead'));
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <>
      <PageHeader
        title={t('notificationsUi.title')}
        subtitle={t(student ? 'notificationsUi.subtitleStudent' : 'notificationsUi.subtitleStaff')}
        actions={
          <Button variant="default" onClick={() => void readAll()} disabled={unread === 0} loading={markAll.isPending}>
            {t('notificationsUi.markAllRead')}
          </Button>
        }
      />
      <Group mb="md" gap="xs">
        <Text size="sm" id="notifications-filter-label">
          {t('notificationsUi.show')}
        </Text>
        <SegmentedControl
          aria-labelledby="notifications-filter-label"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('notificationsUi.all') },
            { value: 'unread', label: `${t('notificationsUi.unreadOnly')} (${unread})` },
          ]}
        />
      </Group>
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={unreadOnly ? t('notificationsUi.emptyUnread') : t('notificationsUi.empty')}
        onPage={(p) => setPage(p ?? 1)}
      >
        {(items) => (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('notificationsUi.listLabel')}
            style={{ listStyle: 'none' }}
          >
            {items.map((g) => (
              <NotificationItem key={`${g.kind}:${g.entityType}:${g.entityId}`} group={g} />
            ))}
          </Stack>
        )}
      </PagedList>
      <MailPreferencesSection />
    </>
  );
}

function NotificationItem({ group: g }: { group: NotificationGroup }) {
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
