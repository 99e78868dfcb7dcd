import { DIRECTIONS, INBOUND_CATEGORIES, MOBILITY_KINDS, MOBILITY_STATUSES, PERSON_KINDS } from '#shared/mobility';
import { MOE_REGIONS, type MoeRegion } from '#shared/regions.data';
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

export const MOBILITY_LIST_SORTS = ['start_date', 'end_date', 'name', 'status', 'updated'] as const;
export type MobilitySort = (typeof MOBILITY_LIST_SORTS)[number];
const FLAGS = ['true', 'false'] as const;

/** The list's filters, kept in the URL (and sent as they are to the list and the export). */
export type MobilitySearch = KeysetSearch & {
  q?: string;
  direction?: (typeof DIRECTIONS)[number];
  kind?: (typeof MOBILITY_KINDS)[number];
  personCategory?: (typeof PERSON_KINDS)[number];
  moeCategory?: (typeof INBOUND_CATEGORIES)[number];
  status?: string;
  country?: string;
  region?: MoeRegion;
  partnerId?: number;
  unitId?: number;
  personId?: number;
  academicYear?: number;
  atLeastSemester?: (typeof FLAGS)[number];
  closingOverdue?: 'true';
  archived?: ArchivedChoice;
  sort?: MobilitySort;
  order?: 'asc' | 'desc';
  page?: number;
};

export function parseMobilitySearch(raw: RawSearch): MobilitySearch {
  const country = text(raw, 'country', 2)?.toUpperCase();
  const year = positiveInt(raw, 'academicYear');
  return compact({
    q: text(raw, 'q'),
    direction: oneOf(raw, 'direction', DIRECTIONS),
    kind: oneOf(raw, 'kind', MOBILITY_KINDS),
    personCategory: oneOf(raw, 'personCategory', PERSON_KINDS),
    moeCategory: oneOf(raw, 'moeCategory', INBOUND_CATEGORIES),
    status: oneOf(raw, 'status', MOBILITY_STATUSES),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    region: oneOf(raw, 'region', MOE_REGIONS),
    partnerId: positiveInt(raw, 'partnerId'),
    unitId: positiveInt(raw, 'unitId'),
    personId: positiveInt(raw, 'personId'),
    academicYear: year && year >= 1990 && year <= 2100 ? year : undefined,
    atLeastSemester: oneOf(raw, 'atLeastSemester', FLAGS),
    closingOverdue: oneOf(raw, 'closingOverdue', ['true'] as const),
    archived: oneOf(raw, 'archived', ARCHIVED_CHOICES),
    sort: oneOf(raw, 'sort', MOBILITY_LIST_SORTS),
    order: oneOf(raw, 'order', ['asc', 'desc'] as const),
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}

/** The new-record page may start with a person chosen (linked from the person's page). */
export function parseMobilityNewSearch(raw: RawSearch): { personId?: number } {
  return compact({ personId: positiveInt(raw, 'personId') });
}
