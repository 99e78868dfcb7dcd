import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdmissionApplication,
  AdmissionRound,
  ApplicationPage,
  ProgramCreate,
  RoundCreate,
} from '#shared/schemas/admissions';
import { API_BASE, api, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';

export type ListFilter = { status?: string; programId?: number; country?: string; feeStatus?: string; q?: string };
type Page = { items: ApplicationPage['items']; total: number; next: number | null };

const keys = {
  rounds: ['admissions', 'rounds'] as const,
  round: (id: number) => ['admissions', 'round', id] as const,
  list: (id: number, f: ListFilter) => ['admissions', 'list', id, f] as const,
  application: (id: number) => ['admissions', 'application', id] as const,
};

export const useRounds = () =>
  useQuery({ queryKey: keys.rounds, queryFn: () => api.get<{ items: AdmissionRound[] }>('/admissions/rounds') });
export const useRound = (id: number) =>
  useQuery({ queryKey: keys.round(id), queryFn: () => api.get<AdmissionRound>(`/admissions/rounds/${id}`) });

/** The round's applications, 50 at a time by keyset (newest first). */
export const useApplications = (roundId: number, f: ListFilter) =>
  useInfiniteQuery({
    queryKey: keys.list(roundId, f),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<Page>(`/admissions/rounds/${roundId}/applications`, { ...f, after: pageParam, pageSize: 50 }),
    getNextPageParam: (last) => last.next ?? undefined,
  });

/** The list as xlsx with the same filters, headers in the user's language. */
export const exportUrl = (roundId: number, f: ListFilter) =>
  `${API_BASE}/admissions/rounds/${roundId}/applications.xlsx${queryString({ ...f, locale: currentLocale() })}`;

export const useApplication = (id: number) =>
  useQuery({
    queryKey: keys.application(id),
    queryFn: () => api.get<AdmissionApplication>(`/admissions/applications/${id}`),
  });

export function useCreateRound() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RoundCreate) => api.post<AdmissionRound>('/admissions/rounds', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.rounds }),
  });
}

export function useCreateProgram(roundId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgramCreate) => api.post<AdmissionRound>(`/admissions/rounds/${roundId}/programs`, body),
    onSuccess: (round) => qc.setQueryData(keys.round(roundId), round),
  });
}

/** Edits with the version the form started from (a 409 when someone saved in between); both answer the round. */
export function useUpdateRound(roundId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RoundCreate & { version: number }) =>
      api.put<AdmissionRound>(`/admissions/rounds/${roundId}`, body),
    onSuccess: (round) => {
      qc.setQueryData(keys.round(roundId), round);
      void qc.invalidateQueries({ queryKey: keys.rounds });
    },
  });
}
export function useUpdateProgram(roundId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ProgramCreate & { version: number } }) =>
      api.put<AdmissionRound>(`/admissions/programs/${id}`, body),
    onSuccess: (round) => qc.setQueryData(keys.round(roundId), round),
  });
}

/** Fee, scores and decision: each answers the application as it now is. */
export function useApplicationAction(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: 'fee' | 'scores' | 'decision'; body: object }) =>
      api.post<AdmissionApplication>(`/admissions/applications/${id}/${action}`, body),
    onSuccess: (app) => {
      qc.setQueryData(keys.application(id), app);
      void qc.invalidateQueries({ queryKey: ['admissions', 'list'] });
    },
  });
}
