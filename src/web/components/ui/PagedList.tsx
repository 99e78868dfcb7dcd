import { Alert, Button } from '@mantine/core';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type Page } from '#web/lib/api';
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
  /**
   * Another page was picked: its number (undefined for the first, which the URL leaves out) and, on a
   * keyset-paged list, the cursor it starts after (ADR 0035).
   */
  onPage: (page: number | undefined, cursor?: string) => void;
  /** Asks for the exact total where the list says "more than N" (count=exact). */
  onCountExactly?: () => void;
  /** The items of the current page (never called with none). */
  children: (items: T[]) => ReactNode;
};

/** A page of a list: the error (with retry), a spinner, "nothing found" or the items, then the paging. */
export function PagedList<T>({ query, pageSize, empty, onPage, onCountExactly, children }: Props<T>) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = query;
  const cursors = useKeysetCursors(data);
  const lost = pageNotFound(error);
  return (
    <>
      {lost ? (
        <Alert color="yellow" variant="light" role="alert" my="sm">
          {lost}
          <Button variant="subtle" size="compact-sm" ml="sm" onClick={() => onPage(undefined, undefined)}>
            {t('common.firstPage')}
          </Button>
        </Alert>
      ) : (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      )}
      {isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState>{empty}</EmptyState> : null}
      {data && data.items.length > 0 ? children(data.items) : null}
      {data && data.total > 0 ? (
        <TablePagination
          page={data.page}
          pageSize={pageSize}
          total={data.total}
          totalExact={data.totalExact !== false}
          hasNext={data.nextCursor !== undefined ? data.nextCursor !== null : undefined}
          onCountExactly={onCountExactly}
          onChange={(p) => onPage(p > 1 ? p : undefined, cursors.startOf(p))}
        />
      ) : null}
    </>
  );
}

/**
 * The message when the page itself cannot be found: a cursor from another sort or an old link, or a page
 * number too deep to reach by offset. Trying again would fail the same way, so the way out is page 1.
 */
function pageNotFound(error: unknown): string | undefined {
  if (!isApiError(error, 'VALIDATION_FAILED')) return undefined;
  return error.fields.find((f) => f.path === 'cursor' || f.path === 'page')?.message;
}

/**
 * The cursor each visited page starts after, so "next" and "previous" continue by keyset; a page not
 * visited yet (a jump by number) goes by offset, which the server allows within its bound.
 */
export function useKeysetCursors<T>(data: Page<T> | undefined) {
  const known = useRef(new Map<number, string>());
  if (data?.nextCursor) known.current.set(data.page + 1, data.nextCursor);
  return { startOf: (page: number) => (page > 1 ? known.current.get(page) : undefined) };
}
