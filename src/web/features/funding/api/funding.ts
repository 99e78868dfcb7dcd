import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry } from '#shared/schemas/audit';
import type {
  AwardCreate,
  AwardUpdate,
  FundingProgram,
  FundingProgramCreate,
  FundingProgramSummary,
  FundingProgramUpdate,
  FundingSummary,
  FundingYear,
  FundingYearCreate,
  FundingYearUpdate,
  MobilityAward,
  MobilityFunding,
  ProgramAward,
} from '#shared/schemas/funding';
import { API_BASE, api, type Page } from '#web/lib/api';

/** Funding programs, their years and awards, the yearly summary and one mobility's awards. */
export const fundingKeys = {
  all: ['funding'] as const,
  list: (year: number | null, archived: boolean) => ['funding', 'programs', year, archived] as const,
  summary: (year: number | null) => ['funding', 'summary', year] as const,
  program: (id: number) => ['funding', 'program', id] as const,
  history: (id: number) => ['funding', 'history', id] as const,
  awards: (id: number, yearId: number) => ['funding', 'awards', id, yearId] as const,
  mobility: (mobilityId: number) => ['funding', 'mobility', mobilityId] as const,
};

const programsUrl = '/funding/programs';

export function useFundingPrograms(year: number | null, archived: boolean) {
  return useQuery({
    queryKey: fundingKeys.list(year, archived),
    queryFn: () =>
      api.get<{ year: number; items: FundingProgramSummary[] }>(programsUrl, {
        year: year ?? undefined,
        archived: archived ? 'true' : undefined,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useFundingSummary(year: number | null) {
  return useQuery({
    queryKey: fundingKeys.summary(year),
    queryFn: () => api.get<FundingSummary>('/funding/summary', { year: year ?? undefined }),
    placeholderData: keepPreviousData,
  });
}

export function useFundingProgram(id: number) {
  return useQuery({
    queryKey: fundingKeys.program(id),
    queryFn: () => api.get<FundingProgram>(`${programsUrl}/${id}`),
  });
}

export function useFundingHistory(id: number) {
  return useQuery({
    queryKey: fundingKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`${programsUrl}/${id}/history`),
  });
}

export function useProgramAwards(id: number, yearId: number | null) {
  return useQuery({
    queryKey: fundingKeys.awards(id, yearId ?? 0),
    queryFn: () =>
      api.get<{ items: ProgramAward[] }>(`${programsUrl}/${id}/years/${yearId}/awards`).then((r) => r.items),
    enabled: yearId !== null,
  });
}

/** The address of a program-year's awards as xlsx (a plain download link, in the user's language). */
export const awardsExportUrl = (id: number, yearId: number, locale: string) =>
  `${API_BASE}${programsUrl}/${id}/years/${yearId}/awards/export.xlsx?locale=${encodeURIComponent(locale)}`;

/** Any funding write: every funding query reads again (figures depend on awards everywhere). */
function useFundingChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: fundingKeys.all });
}

export function useSaveProgram() {
  const changed = useFundingChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: FundingProgramCreate | FundingProgramUpdate }) =>
      id === null ? api.post<FundingProgram>(programsUrl, body) : api.put<FundingProgram>(`${programsUrl}/${id}`, body),
    onSuccess: changed,
  });
}

export function useArchiveProgram() {
  const changed = useFundingChanged();
  return useMutation({
    mutationFn: ({ program, archived }: { program: FundingProgram; archived: boolean }) =>
      api.post<FundingProgram>(`${programsUrl}/${program.id}/${archived ? 'archive' : 'restore'}`, {
        version: program.version,
      }),
    onSuccess: changed,
    onError: changed,
  });
}

export function useSaveYear(programId: number) {
  const changed = useFundingChanged();
  return useMutation({
    mutationFn: ({ yearId, body }: { yearId: number | null; body: FundingYearCreate | FundingYearUpdate }) =>
      yearId === null
        ? api.post<FundingYear>(`${programsUrl}/${programId}/years`, body)
        : api.put<FundingYear>(`${programsUrl}/${programId}/years/${yearId}`, body),
    onSuccess: changed,
    onError: changed,
  });
}

export function useMobilityFunding(mobilityId: number) {
  return useQuery({
    queryKey: fundingKeys.mobility(mobilityId),
    queryFn: () => api.get<MobilityFunding>(`/mobilities/${mobilityId}/funding`),
    enabled: Number.isFinite(mobilityId) && mobilityId > 0,
    retry: false,
  });
}

export function useSaveAward(mobilityId: number) {
  const changed = useFundingChanged();
  return useMutation({
    mutationFn: ({ awardId, body }: { awardId: number | null; body: AwardCreate | AwardUpdate }) =>
      awardId === null
        ? api.post<MobilityAward>(`/mobilities/${mobilityId}/funding`, body)
        : api.put<MobilityAward>(`/mobilities/${mobilityId}/funding/${awardId}`, body),
    onSuccess: changed,
    onError: changed,
  });
}

export function useRemoveAward(mobilityId: number) {
  const changed = useFundingChanged();
  return useMutation({
    mutationFn: (awardId: number) => api.delete<unknown>(`/mobilities/${mobilityId}/funding/${awardId}`),
    onSuccess: changed,
  });
}
