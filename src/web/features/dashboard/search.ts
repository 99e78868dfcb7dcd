import { compact, oneOf, type RawSearch } from '#web/lib/search';

/** What the map shades by: partners with an agreement in force, or every partner in the registry. */
export const MAP_MEASURES = ['active', 'registry'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** The map page's choice, kept in the URL (`/map?by=registry`) so it survives reloads and links. */
export type MapSearch = { by?: MapMeasure };

export function parseMapSearch(raw: RawSearch): MapSearch {
  return compact({ by: oneOf(raw, 'by', MAP_MEASURES) });
}
