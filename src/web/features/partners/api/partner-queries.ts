import { queryOptions } from '@tanstack/react-query';
import type { PartnerPage, PartnerStats } from '#shared/schemas/partners';
import { api } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import type { PartnerSearch } from '../search';

// The queries the router's loaders start before the page's code has loaded (app/router.tsx). Kept apart
// from partners.ts so that the first page's bundle takes only these, not every partner hook.

export const PAGE_SIZE = 25;

/** The list query the API takes for the URL's filters (the same one the export uses). */
export function listQuery(search: PartnerSearch) {
  return {
    q: search.q,
    country: search.country,
    region: search.region,
    type: search.type,
    status: search.status,
    archived: search.archived,
    sort: search.sort,
    order: search.order,
  };
}

export const partnerKeys = {
  all: ['partners'] as const,
  // The server sorts names in the reader's language, so the language is part of the key.
  list: (search: PartnerSearch) => ['partners', 'list', currentLocale(), search] as const,
  detail: (id: number) => ['partners', 'detail', id] as const,
  history: (id: number) => ['partners', 'history', id] as const,
};

/** A page of the list; the route's loader starts it beside the page's code (app/router.tsx). */
export const partnersListQuery = (search: PartnerSearch) =>
  queryOptions({
    queryKey: partnerKeys.list(search),
    queryFn: () =>
      api.get<PartnerPage>('/partners', {
        ...listQuery(search),
        page: search.page ?? 1,
        pageSize: PAGE_SIZE,
        cursor: search.cursor,
        count: search.count,
      }),
  });

/** Totals of the registry (not archived): partners, countries, by country and by MoE region. */
export const partnerStatsQuery = queryOptions({
  queryKey: ['partners', 'stats'],
  queryFn: () => api.get<PartnerStats>('/partners/stats'),
});
