import { queryOptions } from '@tanstack/react-query';
import type { ExecutiveDashboard } from '#shared/schemas/executive';
import { api } from '#web/lib/api';

// The dashboard's query, which the router's loader starts before the page's code has loaded
// (app/router.tsx); apart from executive.ts so that the first page's bundle takes only this.

export const executiveKeys = {
  dashboard: (year: number | null) => ['executive', 'dashboard', year] as const,
  builds: ['executive', 'builds'] as const,
  build: (id: number) => ['executive', 'build', id] as const,
  periods: ['executive', 'periods'] as const,
};

/**
 * The dashboard's figures for a year (null: the current one). Fresh for a few seconds only, so that the
 * route's loader can start it beside the page's code without the page asking again when it mounts.
 */
export const executiveDashboardQuery = (year: number | null) =>
  queryOptions({
    queryKey: executiveKeys.dashboard(year),
    queryFn: () => api.get<ExecutiveDashboard>('/reports/executive', { year: year ?? undefined }),
    staleTime: 5_000,
  });
