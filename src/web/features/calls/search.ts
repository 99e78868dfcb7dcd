import type { RawSearch } from '../../lib/search';

/** The list's filters, kept in the URL (stub: the calls feature fills it in). */
export type CallSearch = Record<string, never>;

export function parseCallSearch(_raw: RawSearch): CallSearch {
  return {};
}
