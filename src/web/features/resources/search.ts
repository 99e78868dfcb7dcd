import { compact, positiveInt, type RawSearch, text } from '#web/lib/search';
import type { ResourceFilter } from './api/resources';

/** The resource list's filters, kept in the URL: a filtered list can be bookmarked, shared and returned to. */
export function parseResourceSearch(raw: RawSearch): ResourceFilter {
  return compact({ q: text(raw, 'q'), categoryId: positiveInt(raw, 'categoryId'), tag: text(raw, 'tag', 40) });
}
