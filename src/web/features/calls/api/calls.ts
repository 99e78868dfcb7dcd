import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallTransition } from '#shared/calls';
import type {
  AdjustBody,
  AllocationResult,
  Application,
  ApplicationSummary,
  Call,
  CallCreate,
  CallSummary,
  CallUpdate,
  NominateResult,
  NominationPartners,
  OfferablePlace,
} from '#shared/schemas/calls';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { type PageAt, pageParams } from '#web/lib/keysetPaging';
import type { CallSearch } from '../search';

export const PAGE_SIZE = 25;

export const callKeys = {
  all: ['calls'] as const,
  list: (search: CallSearch) => ['calls', 'list', currentLocale(), search] as const,
  detail: (id: number) => ['calls', 'detail', id] as const,
  applications: (id: number, at: PageAt) => ['calls', 'applications', id, at] as const,
  nominations: (id: number) => ['calls', 'nominations', id] as const,
  offerable: (year: number, callId?: number) => ['calls', 'offerable', year, callId ?? null] as const,
};

export function useCalls(search: CallSearch) {
  return useQuery({
    queryKey: callKeys.list(search),
    queryFn: () =>
      api.get<Page<CallSummary>>('/calls', {
        q: search.q,
        status: search.status,
        academicYear: search.academicYear,
        page: search.page ?? 1,
        cursor: search.cursor,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}

export const callQuery = (id: number) =>
  queryOptions({ queryKey: callKeys.detail(id), queryFn: () => api.get<Call>(`/calls/${id}`) });

export function useCall(id: number) {
  return useQuery(callQuery(id));
}

/** Exchange places that may be offered in a call of this academic year (with what remains of each). */
export function useOfferablePlaces(academicYear: number | null, callId?: number) {
  return useQuery({
    queryKey: callKeys.offerable(academicYear ?? 0, callId),
    queryFn: () =>
      api
        .get<{ items: OfferablePlace[] }>('/calls/offerable-places', {
          academicYear: academicYear ?? undefined,
          callId,
        })
        .then((r) => r.items),
    enabled: academicYear !== null && academicYear >= 2000 && academicYear <= 2100,
  });
}

/** After a write to a call: its cached record is replaced and every calls query reads again. */
function useCallSaved() {
  const queryClient = useQueryClient();
  return (call: Call) => {
    queryClient.setQueryData(callKeys.detail(call.id), call);
    void queryClient.invalidateQueries({ queryKey: callKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['applications'] });
  };
}

export function useCreateCall() {
  const saved = useCallSaved();
  return useMutation({ mutationFn: (body: CallCreate) => api.post<Call>('/calls', body), onSuccess: saved });
}

export function useUpdateCall(id: number) {
  const saved = useCallSaved();
  return useMutation({ mutationFn: (body: CallUpdate) => api.put<Call>(`/calls/${id}`, body), onSuccess: saved });
}

export function useCallTransition(id: number) {
  const saved = useCallSaved();
  return useMutation({
    mutationFn: (body: { action: CallTransition; version: number }) => api.post<Call>(`/calls/${id}/transitions`, body),
    onSuccess: saved,
  });
}

export function useAllocate(id: number) {
  const saved = useCallSaved();
  return useMutation({
    mutationFn: (version: number) => api.post<AllocationResult>(`/calls/${id}/allocate`, { version }),
    onSuccess: (result) => saved(result.call),
  });
}

export function usePublish(id: number) {
  const saved = useCallSaved();
  return useMutation({
    mutationFn: (version: number) => api.post<Call>(`/calls/${id}/publish`, { version }),
    onSuccess: saved,
  });
}

export function useNominate(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partnerId: number | null) => api.post<NominateResult>(`/calls/${id}/nominate`, { partnerId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: callKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}

export function useCallApplications(id: number, at: PageAt, enabled: boolean) {
  return useQuery({
    queryKey: callKeys.applications(id, at),
    queryFn: () =>
      api.get<Page<ApplicationSummary>>(`/calls/${id}/applications`, {
        sort: 'rank',
        ...pageParams(at),
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useNominations(id: number, enabled: boolean) {
  return useQuery({
    queryKey: callKeys.nominations(id),
    queryFn: () => api.get<NominationPartners>(`/calls/${id}/nominations`),
    enabled,
  });
}

/** A download link cannot send the x-locale header, so the language travels in the query. */
export const nominationExportUrl = (callId: number, partnerId: number) =>
  `${API_BASE}/calls/${callId}/nominations.xlsx${queryString({ partnerId, locale: currentLocale() })}`;

/** Staff adjust one application's result (the reason is required and recorded). */
export function useAdjust(callId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, body }: { applicationId: number; body: AdjustBody }) =>
      api.post<Application>(`/applications/${applicationId}/adjust`, body),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: callKeys.detail(callId) });
      void queryClient.invalidateQueries({ queryKey: ['calls', 'applications', callId] });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}
