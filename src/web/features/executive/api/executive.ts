import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StatusBuild, StatusBuildCreate } from '#shared/schemas/executive';
import type { PeriodSummary } from '#shared/schemas/reporting';
import { API_BASE, api } from '#web/lib/api';
import { executiveDashboardQuery, executiveKeys } from './executive-queries';

export { executiveDashboardQuery, executiveKeys } from './executive-queries';

export function useExecutiveDashboard(year: number | null) {
  return useQuery(executiveDashboardQuery(year));
}

/** The reporting periods a status report can be built for (newest first, as the server lists them). */
export function useReportPeriods() {
  return useQuery({
    queryKey: executiveKeys.periods,
    queryFn: () => api.get<{ today: string; items: PeriodSummary[] }>('/reporting/periods'),
  });
}

const POLL_MS = 1000;

export function useStatusBuilds() {
  return useQuery({
    queryKey: executiveKeys.builds,
    queryFn: () => api.get<{ items: StatusBuild[] }>('/reports/status-builds'),
    // While a build (anyone's) runs, the list follows it.
    refetchInterval: (q) => (q.state.data?.items.some((b) => b.status === 'running') ? POLL_MS * 3 : false),
  });
}

/** One build, polled every second while it runs; the list is refreshed when it ends. */
export function useStatusBuild(id: number | null) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: executiveKeys.build(id ?? 0),
    enabled: id !== null,
    queryFn: async () => {
      const build = await api.get<StatusBuild>(`/reports/status-builds/${id}`);
      if (build.status !== 'running') void qc.invalidateQueries({ queryKey: executiveKeys.builds });
      return build;
    },
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? POLL_MS : false),
    staleTime: 0,
  });
}

export function useStartBuild() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: StatusBuildCreate) => api.post<{ id: number }>('/reports/status-builds', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: executiveKeys.builds }),
  });
}

export const buildFileUrl = (id: number) => `${API_BASE}/reports/status-builds/${id}/file`;
