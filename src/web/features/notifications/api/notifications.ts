import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MailPreferences,
  MailPreferencesUpdate,
  Notification,
  NotificationDigest,
  NotificationGroupKey,
  NotificationGroupPage,
  NotificationPage,
  OutboxMessage,
  OutboxPage,
  UnreadCount,
} from '#shared/schemas/notifications';
import { api } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { type PageAt, pageParams } from '#web/lib/keysetPaging';

export const PAGE_SIZE = 20;
const UNREAD_POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  // Titles are rendered by the server in the reader's language.
  list: (page: number, unreadOnly: boolean) => ['notifications', 'list', currentLocale(), page, unreadOnly] as const,
};

/** The bell's number: polled every minute, and not while the tab is hidden. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => api.get<UnreadCount>('/notifications/unread-count'),
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: UNREAD_POLL_MS / 2,
  });
}

/** My notifications one by one, newest first (keyset-paged, ADR 0035). */
export function useNotifications(at: PageAt, unreadOnly: boolean) {
  return useQuery({
    queryKey: ['notifications', 'items', currentLocale(), at, unreadOnly] as const,
    queryFn: () =>
      api.get<NotificationPage>('/notifications', {
        ...pageParams(at),
        pageSize: PAGE_SIZE,
        unread: unreadOnly || undefined,
      }),
    placeholderData: keepPreviousData,
  });
}

/** My notifications one row per record and kind (the page's list). */
/** My unread groups gathered by topic under the mail mode chosen for it (the in-app digest). */
export function useNotificationDigest(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'digest', currentLocale()] as const,
    queryFn: () => api.get<NotificationDigest>('/notifications/digest'),
    enabled,
  });
}

export function useNotificationGroups(page: number, unreadOnly: boolean) {
  return useQuery({
    queryKey: ['notifications', 'groups', currentLocale(), page, unreadOnly] as const,
    queryFn: () =>
      api.get<NotificationGroupPage>('/notifications/groups', {
        page,
        pageSize: PAGE_SIZE,
        unread: unreadOnly || undefined,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkGroupRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: (key: NotificationGroupKey) => api.post<{ updated: number }>('/notifications/groups/read', key),
    onSuccess: refresh,
  });
}

function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: (id: number) => api.post<Notification>(`/notifications/${id}/read`),
    onSuccess: refresh,
  });
}

export function useMarkAllRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: () => api.post<{ updated: number }>('/notifications/read-all'),
    onSuccess: refresh,
  });
}

export const outboxKeys = {
  all: ['mail', 'outbox'] as const,
  list: (at: PageAt, status: string | undefined) => ['mail', 'outbox', 'list', at, status] as const,
  message: (id: number) => ['mail', 'outbox', 'message', id] as const,
};

export function useOutbox(at: PageAt, status: string | undefined) {
  return useQuery({
    queryKey: outboxKeys.list(at, status),
    queryFn: () => api.get<OutboxPage>('/mail/outbox', { ...pageParams(at), pageSize: PAGE_SIZE, status }),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxMessage(id: number | null) {
  return useQuery({
    queryKey: outboxKeys.message(id ?? 0),
    queryFn: () => api.get<OutboxMessage>(`/mail/outbox/${id}`),
    enabled: id !== null,
  });
}

export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<OutboxMessage>(`/mail/outbox/${id}/retry`),
    onSuccess: (message) => {
      queryClient.setQueryData(outboxKeys.message(message.id), message);
      void queryClient.invalidateQueries({ queryKey: outboxKeys.all });
    },
  });
}

const preferencesKey = ['notifications', 'preferences'] as const;

/** My mail preferences per notification topic. */
export function useMailPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => api.get<MailPreferences>('/notifications/preferences'),
  });
}

export function useSaveMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MailPreferencesUpdate) => api.put<MailPreferences>('/notifications/preferences', body),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}
