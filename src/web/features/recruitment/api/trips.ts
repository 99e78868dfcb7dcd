import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FollowupResult,
  FollowupSend,
  Lead,
  LeadInput,
  Template,
  Trip,
  TripInput,
  TripSummary,
  TripUpdate,
} from '#shared/schemas/recruitment';
import { api, type Page } from '#web/lib/api';
import { type PageAt, pageParams } from '#web/lib/keysetPaging';

export const PAGE_SIZE = 25;
const BASE = '/recruitment';

export const useTrips = (at: PageAt) =>
  useQuery({
    queryKey: ['recruitment', 'trips', at],
    queryFn: () => api.get<Page<TripSummary>>(`${BASE}/trips`, { ...pageParams(at), pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
export const tripKey = (id: number) => ['recruitment', 'trip', id] as const;
export const useTrip = (id: number) =>
  useQuery({ queryKey: tripKey(id), queryFn: () => api.get<Trip>(`${BASE}/trips/${id}`) });
/** One trip's leads, newest collected first (keyset-paged, counted exactly: ADR 0035). */
export const useTripLeads = (tripId: number, at: PageAt, enabled: boolean) =>
  useQuery({
    queryKey: ['recruitment', 'leads', tripId, at],
    queryFn: () => api.get<Page<Lead>>(`${BASE}/leads`, { tripId, ...pageParams(at), pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    enabled,
  });
export const useTemplates = () =>
  useQuery({
    queryKey: ['recruitment', 'templates'],
    queryFn: () => api.get<{ items: Template[] }>(`${BASE}/templates`),
  });

/** After any write the recruitment lists and counts refetch. */
export function useRecruitmentWrite<B, R>(send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['recruitment'] }),
  });
}
export const useCreateTrip = () => useRecruitmentWrite((body: TripInput) => api.post<Trip>(`${BASE}/trips`, body));
export const useUpdateTrip = (id: number) =>
  useRecruitmentWrite((body: TripUpdate) => api.put<Trip>(`${BASE}/trips/${id}`, body));
export const useCreateLead = () => useRecruitmentWrite((body: LeadInput) => api.post<Lead>(`${BASE}/leads`, body));
export const useSendFollowups = () =>
  useRecruitmentWrite((body: FollowupSend) => api.post<FollowupResult>(`${BASE}/followups`, body));
