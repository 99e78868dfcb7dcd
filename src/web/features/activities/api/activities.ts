import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Activity, ActivityCreate, ActivitySummary, ActivityUpdate } from '#shared/schemas/activities';
import type { AuditEntry } from '#shared/schemas/audit';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import type { ActivitySearch } from '../search';

export const PAGE_SIZE = 25;

const listQuery = ({ page: _page, cursor: _cursor, count: _count, ...filters }: ActivitySearch) => filters;

export const activityKeys = {
  all: ['activities'] as const,
  list: (search: ActivitySearch) => ['activities', 'list', currentLocale(), search] as const,
  detail: (id: number) => ['activities', 'detail', id] as const,
  history: (id: number) => ['activities', 'history', id] as const,
};

export function useActivities(search: ActivitySearch) {
  return useQuery({
    queryKey: activityKeys.list(search),
    queryFn: () =>
      api.get<Page<ActivitySummary>>('/activities', {
        ...listQuery(search),
        page: search.page ?? 1,
        pageSize: PAGE_SIZE,
        cursor: search.cursor,
        count: search.count,
      }),
    placeholderData: keepPreviousData,
  });
}

/** A download link cannot send the x-locale header, so the language travels in the query. */
export const exportUrl = (search: ActivitySearch) =>
  `${API_BASE}/activities/export.xlsx${queryString({ ...listQuery(search), locale: currentLocale() })}`;

export const activityQuery = (id: number) =>
  queryOptions({ queryKey: activityKeys.detail(id), queryFn: () => api.get<Activity>(`/activities/${id}`) });

export const useActivity = (id: number) => useQuery(activityQuery(id));

export function useActivityHistory(id: number) {
  return useQuery({
    queryKey: activityKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`/activities/${id}/history`),
  });
}

/** After any write: the answer replaces the cached record; lists and history refresh. */
function useWrite<B>(send: (body: B) => Promise<Activity>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (a) => {
      queryClient.setQueryData(activityKeys.detail(a.id), a);
      void queryClient.invalidateQueries({ queryKey: activityKeys.all });
    },
  });
}

export const useCreateActivity = () => useWrite((body: ActivityCreate) => api.post<Activity>('/activities', body));
export const useUpdateActivity = (id: number) =>
  useWrite((body: ActivityUpdate) => api.put<Activity>(`/activities/${id}`, body));
export const useArchiveActivity = (id: number) =>
  useWrite(({ archived, version }: { archived: boolean; version: number }) =>
    api.post<Activity>(`/activities/${id}/${archived ? 'archive' : 'restore'}`, { version }),
  );
