import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';

/** Client errors (4xx) are answers, not glitches: they are never retried. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/**
 * The server writes histories and the audit log in the reader's language (ADR 0030): when the language
 * changes, those answers are refetched (mounted ones at once) instead of showing the other language's words.
 */
export function refetchWordsOnLanguageChange(i18n: { on: (event: 'languageChanged', fn: () => void) => void }) {
  i18n.on('languageChanged', () => {
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey.includes('history') || q.queryKey[0] === 'audit',
    });
  });
}

/**
 * Resolves once no query is fetching, or after `capMs`: main.tsx waits so for the data the first page's loader
 * started, so that the page renders once, with its data, in a transition (a query answering after the mount
 * re-renders its subscribers synchronously: the executive dashboard's 297 ms task).
 */
export function queriesSettled(client: QueryClient, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (client.isFetching() === 0) return resolve();
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (client.isFetching() === 0) done();
    });
    const timer = setTimeout(done, capMs);
  });
}
