/**
 * The API answers a page's first view asks for, by page path, when the page is opened as it comes (no query
 * string): the server answers them with the page's HTML (server/http/first-data.ts) and the web app takes
 * them from there instead of asking after its scripts have run (web/lib/api.ts). Each entry must be the
 * exact URL the page's loader requests (path and query, in the order web/lib/api.ts writes it):
 * tests/e2e/first-data.spec.ts fails when a page still asks for one of its own.
 *
 * Only pages where that request is on the way to the first paint are listed (docs/decisions/0047): on
 * simulated slow 4G it came after ~250 KB of script had loaded and run, one more round trip before the page
 * could show anything.
 */
export const FIRST_REQUESTS: Readonly<Record<string, readonly string[]>> = {
  '/': ['/api/v1/home/todos', '/api/v1/partners/stats', '/api/v1/dashboard/summary'],
  '/partners': ['/api/v1/partners?page=1&pageSize=25'],
  '/reports/dashboard': ['/api/v1/reports/executive', '/api/v1/dashboard/summary'],
};

/** The requests of a page URL (path and query) opened as it comes; none when it has a query string. */
export function firstRequestsOf(url: string): readonly string[] {
  const [path = '/', query] = url.split('?');
  if (query) return [];
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return FIRST_REQUESTS[trimmed] ?? [];
}
