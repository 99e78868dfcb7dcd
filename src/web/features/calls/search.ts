import { CALL_STATUSES, type CallStatus } from '#shared/mobility';
import { compact, type KeysetSearch, keysetSearch, oneOf, positiveInt, type RawSearch, text } from '#web/lib/search';

/** The calls list's filters, kept in the URL. */
export type CallSearch = KeysetSearch & {
  q?: string;
  status?: CallStatus;
  academicYear?: number;
  page?: number;
};

export function parseCallSearch(raw: RawSearch): CallSearch {
  const year = positiveInt(raw, 'academicYear');
  return compact({
    q: text(raw, 'q'),
    status: oneOf(raw, 'status', CALL_STATUSES),
    academicYear: year && year >= 2000 && year <= 2100 ? year : undefined,
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}
