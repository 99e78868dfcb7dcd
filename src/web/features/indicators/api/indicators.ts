import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Indicator,
  IndicatorCreate,
  IndicatorSummary,
  IndicatorTargets,
  IndicatorUpdate,
  TargetsSave,
} from '#shared/schemas/indicators';
import { api } from '#web/lib/api';

/** Indicator definitions (versioned) and their targets. */
export type IndicatorFilters = { strategy?: string; chapter?: string; method?: string; archived?: boolean };

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (f: IndicatorFilters) => ['indicators', 'list', f] as const,
  one: (id: number) => ['indicators', 'one', id] as const,
  targets: (id: number, year: number) => ['indicators', 'targets', id, year] as const,
};

const url = '/indicators';

export function useIndicators(f: IndicatorFilters) {
  return useQuery({
    queryKey: indicatorKeys.list(f),
    queryFn: () =>
      api.get<{ items: IndicatorSummary[] }>(url, {
        strategy: f.strategy,
        chapter: f.chapter,
        method: f.method,
        archived: f.archived ? 'true' : undefined,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useIndicator(id: number) {
  return useQuery({ queryKey: indicatorKeys.one(id), queryFn: () => api.get<Indicator>(`${url}/${id}`) });
}

export function useTargets(id: number, year: number) {
  return useQuery({
    queryKey: indicatorKeys.targets(id, year),
    queryFn: () => api.get<IndicatorTargets>(`${url}/${id}/targets`, { year }),
    placeholderData: keepPreviousData,
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
}

export function useSaveIndicator() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: IndicatorCreate | IndicatorUpdate }) =>
      id === null ? api.post<Indicator>(url, body) : api.put<Indicator>(`${url}/${id}`, body),
    onSuccess: changed,
  });
}

export function useArchiveIndicator() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ indicator, archived }: { indicator: Indicator; archived: boolean }) =>
      api.post<Indicator>(`${url}/${indicator.id}/${archived ? 'archive' : 'restore'}`, {
        version: indicator.version,
      }),
    onSuccess: changed,
    onError: changed,
  });
}

export function useSaveTargets(id: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: TargetsSave) => api.put<IndicatorTargets>(`${url}/${id}/targets`, body),
    onSuccess: changed,
    onError: changed,
  });
}
