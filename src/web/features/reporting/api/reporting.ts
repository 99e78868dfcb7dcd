import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DrillDown } from '#shared/schemas/drilldown';
import type {
  NotesSave,
  Period,
  PeriodCreate,
  PeriodSummary,
  PeriodUpdate,
  Submission,
} from '#shared/schemas/reporting';
import { api } from '#web/lib/api';

/** Reporting periods, their overview, college submissions, their review and the records behind a figure. */
export const reportingKeys = {
  all: ['reporting'] as const,
  periods: (archived: boolean) => ['reporting', 'periods', archived] as const,
  period: (id: number) => ['reporting', 'period', id] as const,
  submission: (id: number) => ['reporting', 'submission', id] as const,
  records: (id: number, indicatorId: number, at: string, page: number) =>
    ['reporting', 'records', id, indicatorId, at, page] as const,
};

const periodsUrl = '/reporting/periods';
const submissionsUrl = '/reporting/submissions';

export function usePeriods(archived: boolean) {
  return useQuery({
    queryKey: reportingKeys.periods(archived),
    queryFn: () =>
      api.get<{ today: string; items: PeriodSummary[] }>(periodsUrl, { archived: archived ? 'true' : undefined }),
    placeholderData: keepPreviousData,
  });
}

export function usePeriod(id: number) {
  return useQuery({ queryKey: reportingKeys.period(id), queryFn: () => api.get<Period>(`${periodsUrl}/${id}`) });
}

export function useSubmission(id: number) {
  return useQuery({
    queryKey: reportingKeys.submission(id),
    queryFn: () => api.get<Submission>(`${submissionsUrl}/${id}`),
  });
}

export function useFigureRecords(id: number, indicatorId: number | null, at: 'today' | 'snapshot', page: number) {
  return useQuery({
    queryKey: reportingKeys.records(id, indicatorId ?? 0, at, page),
    queryFn: () =>
      api.get<DrillDown>(`${submissionsUrl}/${id}/indicators/${indicatorId}/records`, { at, page, pageSize: 20 }),
    enabled: indicatorId !== null,
    placeholderData: keepPreviousData,
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: reportingKeys.all });
}

export function useSavePeriod() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: PeriodCreate | PeriodUpdate }) =>
      id === null ? api.post<Period>(periodsUrl, body) : api.put<Period>(`${periodsUrl}/${id}`, body),
    onSuccess: changed,
  });
}

export function useSaveNotes(id: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: NotesSave) => api.put<Submission>(`${submissionsUrl}/${id}/notes`, body),
    onSuccess: changed,
    onError: changed,
  });
}

export type ReviewStep = 'submit' | 'return' | 'approve';

export function useReviewStep(id: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ step, version, comment }: { step: ReviewStep; version: number; comment?: string }) =>
      api.post<Submission>(`${submissionsUrl}/${id}/${step}`, step === 'return' ? { version, comment } : { version }),
    onSuccess: changed,
    onError: changed,
  });
}
