import { useState } from 'react';

/**
 * Where a keyset-paged list kept in the page's state (not the URL) is (ADR 0035): the page number, the
 * cursor that page starts after (given by the shared PagedList / TablePagination, which remember one per
 * page seen) and whether the exact total was asked for.
 */
export type PageAt = { page: number; cursor?: string; count?: 'exact' };
export const FIRST_PAGE: PageAt = { page: 1 };

/** The list query's paging parameters for the API. */
export const pageParams = (at: PageAt) => ({ page: at.page, cursor: at.cursor, count: at.count });

/** The list's place, the handlers PagedList/TablePagination call, and `reset` for when a filter changes. */
export function useKeysetPaging() {
  const [at, setAt] = useState<PageAt>(FIRST_PAGE);
  return {
    at,
    reset: () => setAt(FIRST_PAGE),
    onPage: (page: number | undefined, cursor?: string) => setAt((a) => ({ page: page ?? 1, cursor, count: a.count })),
    onCountExactly: () => setAt((a) => ({ ...a, count: 'exact' as const })),
  };
}
