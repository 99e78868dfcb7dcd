import { ACTIVITY_KINDS } from '#shared/reporting';
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

export const ACTIVITY_LIST_SORTS = ['start_date', 'title', 'kind', 'updated'] as const;
export type ActivitySort = (typeof ACTIVITY_LIST_SORTS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The list's filters, kept in the URL (and sent as they are to the list and the export). */
export type ActivitySearch = KeysetSearch & {
  q?: string;
  kind?: (typeof ACTIVITY_KINDS)[number];
  unitId?: number;
  from?: string;
  to?: string;
  country?: string;
  archived?: ArchivedChoice;
  sort?: ActivitySort;
  order?: 'asc' | 'desc';
  page?: number;
};

const date = (raw: RawSearch, key: string) => {
  const v = text(raw, key, 10);
  return v && DATE.test(v) ? v : undefined;
};

export function parseActivitySearch(raw: RawSearch): ActivitySearch {
  const country = text(raw, 'country', 2)?.toUpperCase();
  return compact({
    q: text(raw, 'q'),
    kind: oneOf(raw, 'kind', ACTIVITY_KINDS),
    unitId: positiveInt(raw, 'unitId'),
    from: date(raw, 'from'),
    to: date(raw, 'to'),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    archived: oneOf(raw, 'archived', ARCHIVED_CHOICES),
    sort: oneOf(raw, 'sort', ACTIVITY_LIST_SORTS),
    order: oneOf(raw, 'order', ['asc', 'desc'] as const),
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}
