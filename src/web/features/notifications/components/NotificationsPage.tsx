import '@mantine/core/styles/Badge.css';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useMe } from '#web/lib/session';
import { PAGE_SIZE, useMarkAllRead, useNotificationGroups } from '../api/notifications';
import '../i18n';
import { DigestView } from './DigestView';
import { MailPreferencesSection } from './MailPreferencesSection';
import { NotificationItem } from './NotificationItem';

/**
 * My notifications, one row per record and kind (newest group first): read them, mark a group or all read,
 * open the record they are about. A student is told what a student gets; staff what staff get.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const student = !!me?.roles.length && me.roles.every((r) => r.role === 'student');
  const [page, setPage] = useState(1);
  const [view, setView] = useState<'unread' | 'all' | 'digest'>('unread');
  const unreadOnly = view !== 'all';
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
          value={view}
          onChange={(v) => {
            setView(v as typeof view);
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('notificationsUi.all') },
            { value: 'unread', label: `${t('notificationsUi.unreadOnly')} (${unread})` },
            { value: 'digest', label: t('notificationsUi.digest.tab') },
          ]}
        />
      </Group>
      {view === 'digest' ? (
        <DigestView />
      ) : (
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
      )}
      <MailPreferencesSection />
    </>
  );
}
