import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DashboardSummary } from '#shared/schemas/dashboard';
import { api } from '#web/lib/api';

export type CountryFigures = DashboardSummary['byCountry'][number];

/**
 * The dashboard's and the map's figures. Refetched when a page mounts (cached data shows meanwhile):
 * agreement and partner changes elsewhere in the app do not invalidate this key. Fresh for a few seconds
 * only, so that a route's loader can start it beside the page's code without the page asking again.
 */
export const dashboardSummaryQuery = queryOptions({
  queryKey: ['dashboard', 'summary'],
  queryFn: () => api.get<DashboardSummary>('/dashboard/summary'),
  staleTime: 5_000,
});

export function useDashboardSummary() {
  return useQuery(dashboardSummaryQuery);
}
