import type { ReactNode } from 'react';
import type { Page } from '#web/lib/api';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { TablePagination } from './TablePagination';

type Props<T> = {
  /** The list query (TanStack Query's result). */
  query: { data: Page<T> | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  pageSize: number;
  /** What to say when nothing matches. */
  empty: ReactNode;
  /** Another page was picked: its number, or undefined for the first (which the URL leaves out). */
  onPage: (page: number | undefined) => void;
  /** The items of the current page (never called with none). */
  children: (items: T[]) => ReactNode;
};

/** A page of a list: the error (with retry), a spinner, "nothing found" or the items, then the paging. */
export function PagedList<T>({ query, pageSize, empty, onPage, children }: Props<T>) {
  const { data, error, isPending, refetch } = query;
  return (
    <>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState>{empty}</EmptyState> : null}
      {data && data.items.length > 0 ? children(data.items) : null}
      {data && data.total > 0 ? (
        <TablePagination
          page={data.page}
          pageSize={pageSize}
          total={data.total}
          onChange={(p) => onPage(p > 1 ? p : undefined)}
        />
      ) : null}
    </>
  );
}
