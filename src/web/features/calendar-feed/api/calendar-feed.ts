import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed, CalendarFeedCreated } from '#shared/schemas/calendar-feed';
import { API_BASE, api } from '#web/lib/api';

const key = ['calendar-feeds'] as const;

export const useFeeds = () =>
  useQuery({ queryKey: key, queryFn: () => api.get<{ items: CalendarFeed[] }>('/calendar/feeds') });

function useFeedWrite<T>(send: () => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }) });
}

export const useCreateFeed = () => useFeedWrite(() => api.post<CalendarFeedCreated>('/calendar/feeds'));
export const useRevokeFeed = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<{ ok: true }>(`/calendar/feeds/${id}/revoke`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
};

export const publicFeedUrl = (locale: string) =>
  `${window.location.origin}${API_BASE}/calendar/public.ics?locale=${encodeURIComponent(locale)}`;
