import { useNavigate, useSearch } from '@tanstack/react-router';
import { compact, type RawSearch } from './search';

/**
 * A list page's filters, kept in the URL: the parsed search, and `update`, which puts changes into the URL
 * (replacing the entry) and goes back to the first page unless `resetPage` is false. (Kept out of search.ts, which
 * the router loads up front: there it made the build split the initial bundle into more, larger-in-total chunks.)
 */
export function useUrlSearch<S extends object>(to: string, parse: (raw: RawSearch) => S) {
  const navigate = useNavigate();
  const search = parse(useSearch({ strict: false }));
  const update = (changes: Partial<S>, resetPage = true) =>
    void navigate({
      to,
      search: compact({
        ...search,
        ...(resetPage ? { page: undefined, cursor: undefined, count: undefined } : {}),
        ...changes,
      }),
      replace: true,
    });
  return { search, update };
}
