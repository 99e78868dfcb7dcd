import type { RawSearch } from '../../lib/search';

/** The list's filters, kept in the URL (stub: the people feature fills it in). */
export type PeopleSearch = Record<string, never>;

export function parsePeopleSearch(_raw: RawSearch): PeopleSearch {
  return {};
}
