import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitDirection } from '#shared/engagements';
import type {
  Assignees,
  FollowupCreate,
  Gift,
  GiftCreate,
  PeopleUpdate,
  Visit,
  VisitCreate,
  VisitSummary,
  VisitUpdate,
} from '#shared/schemas/visits';
import { API_BASE, api, type Page } from '#web/lib/api';
import { type PageAt, pageParams } from '#web/lib/keysetPaging';

export const PAGE_SIZE = 25;

export const visitKeys = {
  all: ['visits'] as const,
  list: (at: PageAt, direction?: VisitDirection) => ['visits', 'list', at, direction ?? 'all'] as const,
  detail: (id: number) => ['visits', 'detail', id] as const,
  partner: (partnerId: number) => ['visits', 'partner', partnerId] as const,
};

export const useVisits = (at: PageAt, direction?: VisitDirection) =>
  useQuery({
    queryKey: visitKeys.list(at, direction),
    queryFn: () => api.get<Page<VisitSummary>>('/visits', { ...pageParams(at), pageSize: PAGE_SIZE, direction }),
    placeholderData: keepPreviousData,
  });

export const visitQuery = (id: number) =>
  queryOptions({ queryKey: visitKeys.detail(id), queryFn: () => api.get<Visit>(`/visits/${id}`) });
export const useVisit = (id: number) => useQuery(visitQuery(id));

export const usePartnerVisits = (partnerId: number, enabled: boolean) =>
  useQuery({
    queryKey: visitKeys.partner(partnerId),
    queryFn: () => api.get<{ items: VisitSummary[] }>(`/partners/${partnerId}/visits`),
    enabled,
  });

export const briefingUrl = (id: number) => `${API_BASE}/visits/${id}/briefing.pdf`;

function useWrite<B>(send: (body: B) => Promise<Visit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (v) => {
      queryClient.setQueryData(visitKeys.detail(v.id), v);
      void queryClient.invalidateQueries({ queryKey: visitKeys.all });
    },
  });
}

export const useCreateVisit = () => useWrite((body: Partial<VisitCreate>) => api.post<Visit>('/visits', body));
export const useUpdateVisit = (id: number) => useWrite((body: VisitUpdate) => api.put<Visit>(`/visits/${id}`, body));
export const useArchiveVisit = (id: number) =>
  useWrite(({ archived, version }: { archived: boolean; version: number }) =>
    api.post<Visit>(`/visits/${id}/${archived ? 'archive' : 'restore'}`, { version }),
  );
/** The people on the visit, replaced whole at the version read (add, edit, remove). */
export const useSetVisitPeople = (id: number) =>
  useWrite((body: PeopleUpdate) => api.put<Visit>(`/visits/${id}/people`, body));
export const useAddFollowup = (id: number) =>
  useWrite((body: FollowupCreate) => api.post<Visit>(`/visits/${id}/followups`, body));
export const useFollowupDone = (id: number) =>
  useWrite(({ followupId, done }: { followupId: number; done: boolean }) =>
    api.post<Visit>(`/visits/${id}/followups/${followupId}/done`, { done }),
  );

/** Colleagues a follow-up of this visit may be given to, searched by name or e-mail. */
export const useAssignees = (id: number, q: string) =>
  useQuery({
    queryKey: ['visits', 'assignees', id, q],
    queryFn: () => api.get<Assignees>(`/visits/${id}/assignees`, { q: q || undefined }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** A gift is recorded; the answer lists earlier gifts to the same partner or person (the warning). */
export function useAddGift(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GiftCreate) => api.post<{ gift: Gift; repeats: Gift[] }>(`/visits/${id}/gifts`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: visitKeys.detail(id) }),
  });
}

/** The record as an update body: what the page does not change is sent back as it was. */
export function toUpdate(v: Visit, changes: Partial<VisitUpdate> = {}): VisitUpdate {
  return {
    direction: v.direction,
    unitId: v.unitId,
    titleZh: v.titleZh,
    titleEn: v.titleEn,
    purpose: v.purpose,
    startDate: v.startDate,
    endDate: v.endDate,
    size: v.size,
    status: v.status,
    topics: v.topics,
    budget: v.budget,
    fundingSource: v.fundingSource,
    partnerIds: v.partners.map((p) => p.id),
    people: v.people,
    itinerary: v.itinerary,
    checklist: v.checklist,
    version: v.version,
    ...changes,
  };
}
