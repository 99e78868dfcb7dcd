import { DEGREE_LEVELS, type DegreeLevel, PERSON_KINDS, type PersonKind } from '#shared/mobility';
import {
  ARCHIVED_CHOICES,
  type ArchivedChoice,
  compact,
  type KeysetSearch,
  keysetSearch,
  oneOf,
  positiveInt,
  type RawSearch,
  text,
} from '#web/lib/search';

/** As the API's PEOPLE_SORTS (kept here so the router's bundle does not pull in zod). */
export const PEOPLE_SORTS = ['name', 'number', 'updated', 'created'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export const ORIGINS = ['local', 'international'] as const;
export type Origin = (typeof ORIGINS)[number];

/** The people list's filters, kept in the URL. */
export type PeopleSearch = KeysetSearch & {
  q?: string;
  kind?: PersonKind;
  unitId?: number;
  nationality?: string;
  origin?: Origin;
  degreeLevel?: DegreeLevel;
  archived?: ArchivedChoice;
  sort?: PeopleSort;
  order?: 'asc' | 'desc';
  page?: number;
};

export function parsePeopleSearch(raw: RawSearch): PeopleSearch {
  const nationality = text(raw, 'nationality', 2)?.toUpperCase();
  return compact({
    q: text(raw, 'q'),
    kind: oneOf(raw, 'kind', PERSON_KINDS),
    unitId: positiveInt(raw, 'unitId'),
    nationality: nationality && /^[A-Z]{2}$/.test(nationality) ? nationality : undefined,
    origin: oneOf(raw, 'origin', ORIGINS),
    degreeLevel: oneOf(raw, 'degreeLevel', DEGREE_LEVELS),
    archived: oneOf(raw, 'archived', ARCHIVED_CHOICES),
    sort: oneOf(raw, 'sort', PEOPLE_SORTS),
    order: oneOf(raw, 'order', ['asc', 'desc'] as const),
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}
