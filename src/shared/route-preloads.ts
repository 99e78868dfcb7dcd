/**
 * The build's list of what each client route's page loads (scripts/vite-route-preloads.ts writes it into
 * dist/web; src/server/http/web-app.ts lists those files in that route's index.html).
 */
export type RoutePreloads = { routes: { path: string; js: string[]; css: string[] }[] };
export const ROUTE_PRELOADS_FILE = 'route-preloads.json';
