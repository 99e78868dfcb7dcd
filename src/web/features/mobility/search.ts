import type { RawSearch } from '../../lib/search';

/** The list's filters, kept in the URL (stub: the mobility feature fills it in). */
export type MobilitySearch = Record<string, never>;

export function parseMobilitySearch(_raw: RawSearch): MobilitySearch {
  return {};
}
