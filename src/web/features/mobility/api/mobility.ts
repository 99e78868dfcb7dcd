import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry } from '#shared/schemas/audit';
import type {
  CreditRecognitionBody,
  EnrolmentHistory,
  LearningAgreementActionBody,
  LearningAgreementUpdate,
  Mobility,
  MobilityCreate,
  MobilitySummary,
  MobilityTransitionBody,
  MobilityUpdate,
} from '#shared/schemas/mobility';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import type { MobilitySearch } from '../search';

export const PAGE_SIZE = 25;

export function listQuery(search: MobilitySearch) {
  const { page: _page, cursor: _cursor, count: _count, ...filters } = search;
  return filters;
}

export const mobilityKeys = {
  all: ['mobilities'] as const,
  list: (search: MobilitySearch) => ['mobilities', 'list', currentLocale(), search] as const,
  detail: (id: number) => ['mobilities', 'detail', id] as const,
  history: (id: number) => ['mobilities', 'history', id] as const,
};

export function useMobilities(search: MobilitySearch, pageSize = PAGE_SIZE) {
  return useQuery({
    queryKey: [...mobilityKeys.list(search), pageSize],
    queryFn: () =>
      api.get<Page<MobilitySummary>>('/mobilities', {
        ...listQuery(search),
        page: search.page ?? 1,
        pageSize,
        cursor: search.cursor,
        count: search.count,
      }),
    placeholderData: keepPreviousData,
  });
}

/** A download link cannot send the x-locale header, so the language travels in the query. */
export const exportUrl = (search: MobilitySearch) =>
  `${API_BASE}/mobilities/export.xlsx${queryString({ ...listQuery(search), locale: currentLocale() })}`;

export const mobilityQuery = (id: number) =>
  queryOptions({ queryKey: mobilityKeys.detail(id), queryFn: () => api.get<Mobility>(`/mobilities/${id}`) });

export function useMobility(id: number) {
  return useQuery(mobilityQuery(id));
}

export function useMobilityHistory(id: number) {
  return useQuery({
    queryKey: mobilityKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`/mobilities/${id}/history`),
  });
}

/** An enrolled record's dated enrolment history (refreshed after any write, like the record). */
export function useEnrolmentHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['mobilities', 'enrolment', id] as const,
    queryFn: () => api.get<EnrolmentHistory>(`/mobilities/${id}/enrolment-history`),
    enabled,
  });
}

/** After any write: the answer replaces the cached record; lists and history refresh. */
function useSaved() {
  const queryClient = useQueryClient();
  return (m: Mobility) => {
    queryClient.setQueryData(mobilityKeys.detail(m.id), m);
    void queryClient.invalidateQueries({ queryKey: mobilityKeys.all });
  };
}

function useWrite<B>(send: (body: B) => Promise<Mobility>) {
  return useMutation({ mutationFn: send, onSuccess: useSaved() });
}

export const useCreateMobility = () => useWrite((body: MobilityCreate) => api.post<Mobility>('/mobilities', body));
export const useUpdateMobility = (id: number) =>
  useWrite((body: MobilityUpdate) => api.put<Mobility>(`/mobilities/${id}`, body));
export const useArchiveMobility = (id: number) =>
  useWrite(({ archived, version }: { archived: boolean; version: number }) =>
    api.post<Mobility>(`/mobilities/${id}/${archived ? 'archive' : 'restore'}`, { version }),
  );
export const useMobilityTransition = (id: number) =>
  useWrite((body: MobilityTransitionBody) => api.post<Mobility>(`/mobilities/${id}/transitions`, body));
export const useSaveLearningAgreement = (id: number) =>
  useWrite((body: LearningAgreementUpdate) => api.put<Mobility>(`/mobilities/${id}/learning-agreement`, body));
export const useLearningAgreementAction = (id: number) =>
  useWrite((body: LearningAgreementActionBody) =>
    api.post<Mobility>(`/mobilities/${id}/learning-agreement/actions`, body),
  );
export const useRecognizeCredits = (id: number) =>
  useWrite((body: CreditRecognitionBody) => api.put<Mobility>(`/mobilities/${id}/credits`, body));

/** Choices for the form: people, partners and a partner's exchange places (other modules' read APIs). */
export type PersonOption = {
  id: number;
  kind: 'student' | 'staff' | 'scholar';
  nameZh: string | null;
  nameEn: string | null;
  studentNo: string | null;
  staffNo: string | null;
};
export function usePeopleOptions(q: string, personId: number | null) {
  return useQuery({
    queryKey: ['mobilities', 'people-options', q, personId],
    queryFn: async () => {
      const page = await api.get<Page<PersonOption>>('/people', { q: q || undefined, pageSize: 20 });
      if (personId && !page.items.some((p) => p.id === personId))
        page.items.unshift(await api.get<PersonOption>(`/people/${personId}`));
      return page.items;
    },
    placeholderData: keepPreviousData,
  });
}

export type PlaceOption = {
  id: number;
  agreementTitle: string;
  academicYear: number;
  direction: string;
  level: string;
  places: number;
  remaining: number;
};
/** The exchange places of a partner's agreements (the place picker of an exchange). */
export function usePartnerPlaces(partnerId: number | null) {
  return useQuery({
    queryKey: ['mobilities', 'partner-places', partnerId],
    enabled: partnerId !== null,
    queryFn: async () => {
      const agreements = await api.get<Page<{ id: number; titleEn: string; titleZh: string | null }>>('/agreements', {
        partnerId: partnerId ?? undefined,
        pageSize: 50,
      });
      const lists = await Promise.all(
        agreements.items.map(async (a) => {
          const { items } = await api.get<{ items: Omit<PlaceOption, 'agreementTitle'>[] }>(
            `/agreements/${a.id}/places`,
          );
          return items.map((p) => ({
            ...p,
            agreementTitle: a.titleZh && currentLocale() === 'zh-TW' ? a.titleZh : a.titleEn,
          }));
        }),
      );
      return lists.flat();
    },
  });
}
