import { CHECKLIST_KINDS, CHECKLIST_STATUSES } from '#shared/mobility';
import { compact, type KeysetSearch, keysetSearch, oneOf, positiveInt, type RawSearch } from '#web/lib/search';

/** Quick choices of the "expiring within N days" filter (any other N typed in the URL works too). */
export const EXPIRING_CHOICES = [7, 30, 60, 90] as const;

/** The office queue's filters, kept in the URL. */
export type ChecklistSearch = KeysetSearch & {
  status?: (typeof CHECKLIST_STATUSES)[number];
  kind?: (typeof CHECKLIST_KINDS)[number];
  expiringWithinDays?: number;
  page?: number;
};

export function parseChecklistSearch(raw: RawSearch): ChecklistSearch {
  const days = positiveInt(raw, 'expiringWithinDays');
  return compact({
    status: oneOf(raw, 'status', CHECKLIST_STATUSES),
    kind: oneOf(raw, 'kind', CHECKLIST_KINDS),
    expiringWithinDays: days && days <= 3650 ? days : undefined,
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}
