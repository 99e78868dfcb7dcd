import { useQuery } from '@tanstack/react-query';
import type { DashboardSummary } from '#shared/schemas/dashboard';
import { api } from '#web/lib/api';

export type CountryFigures = DashboardSummary['byCountry'][number];

/**
 * The dashboard's and the map's figures. Always refetched when a page mounts (cached data shows
 * meanwhile): agreement and partner changes elsewhere in the app do not invalidate this key.
 */
export function useDashboardSummary() {
  return useQuery({
    queryKey: ['dashboard', 'summary'],
    queryFn: () => api.get<DashboardSummary>('/dashboard/summary'),
    staleTime: 0,
  });
}
