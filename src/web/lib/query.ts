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
