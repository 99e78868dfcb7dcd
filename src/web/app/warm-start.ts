import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from '#web/lib/session';
import { universityQuery } from '#web/lib/university';
import type { AppRouter } from './router';

type Preloadable = { preload?: () => Promise<void> };

/**
 * What the first page needs starts at once and side by side: the session (/auth/me), the university's name
 * and logo, and the page's own code.
 * Left to the router they come one after the other (session → guard → chunk → data): on Lighthouse's
 * simulated slow 4G that chain cost /partners about a second (bench/results/2026-12-06-lighthouse.md).
 * Both are idempotent: the router's guard reuses the session request in flight, and a chunk loads once.
 */
export function warmStart(router: AppRouter, queryClient: QueryClient): void {
  void queryClient.prefetchQuery(meQuery);
  void queryClient.prefetchQuery(universityQuery); // every page's header, and the sign-in page
  for (const match of router.matchRoutes(router.state.location)) {
    const component = (router.routesById as Record<string, { options: { component?: unknown } }>)[match.routeId]
      ?.options.component as Preloadable | undefined;
    void component?.preload?.().catch(() => undefined); // a failed load shows its error when the route renders
  }
}
