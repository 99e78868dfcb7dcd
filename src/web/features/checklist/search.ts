import type { RawSearch } from '../../lib/search';

/** The list's filters, kept in the URL (stub: the checklist feature fills it in). */
export type ChecklistSearch = Record<string, never>;

export function parseChecklistSearch(_raw: RawSearch): ChecklistSearch {
  return {};
}
