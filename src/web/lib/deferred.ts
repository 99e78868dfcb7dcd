import { useDeferredValue } from 'react';

/**
 * Data rendered in slices React can interrupt, not in one long task when it arrives: a deferred copy of
 * the value, which is still undefined on the first render even when the value is already there (a route
 * loader fetched it), so that first render is deferred too. On a phone under Lighthouse's 4× CPU, a page of
 * 25 cards or the executive dashboard's sections each took one task of 0.4–1 s (total blocking time).
 */
export function useDeferredData<T>(value: T | undefined): T | undefined {
  return useDeferredValue<T | null | undefined>(value, null) ?? undefined;
}
