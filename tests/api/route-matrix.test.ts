import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { buildFixtures, type Fixtures, fillPath, type MatrixRole, ROLES, signIn } from './matrix/matrix-fixtures.js';
import { EXPECTED, QUERIES, SCOPED, SIGN_IN_FLOWS } from './matrix/route-expectations.js';

/** Runs last: signing out ends the session the rest of the matrix uses. */
const LAST = new Set(['POST /api/v1/auth/logout']);

type Cell = { route: string; role: MatrixRole; status: number; leaks: boolean };

/**
 * The route × role matrix (issue 16): every route of the app's route table, tried by every role on a record
 * of another unit (the Business college; the coordinator is Engineering's) and of another person (not the
 * signed-in student). Each route must be declared in route-expectations.ts with the roles that get a 2xx;
 * a route without an entry fails, a cell that answers otherwise fails, a 5xx anywhere fails, and no
 * college coordinator or student may get a 2xx on another unit's or person's record (SCOPED).
 * MATRIX_RECORD=1 prints the observed table instead (to review and paste when a route is added).
 */
describe.each(DIALECTS)('route × role matrix (%s)', (dialect) => {
  let t: TestApp;
  let clients: Record<MatrixRole, Client>;
  let fixtures: Fixtures;
  const cells: Cell[] = [];
  let routes: string[] = [];

  beforeAll(async () => {
    t = await setupApp(dialect);
    clients = await signIn(t);
    fixtures = await buildFixtures(t, clients.oia);
    routes = [
      ...new Set(
        t.routes
          .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
          // The API, and the public portal's pages (issue 20): the same answer for every role, signed in or not.
          .filter((r) => r.url.startsWith('/api/') || r.url.startsWith('/portal') || r.url === '/sitemap.xml')
          .map((r) => `${r.method} ${r.url}`),
      ),
    ];
    routes.sort((a, b) => Number(LAST.has(a)) - Number(LAST.has(b)));
    const started = Date.now();
    for (const route of routes) {
      const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
      const path = fillPath(url, fixtures) + (QUERIES[route] ?? '');
      for (const role of ROLES) {
        const res = await clients[role].request(method, path, method === 'GET' ? undefined : {});
        // The other unit's person's name in a JSON or text answer is a cross-unit read, whatever the status.
        const text = /json|text/.test(String(res.headers['content-type'])) ? res.body : '';
        cells.push({ route, role, status: res.statusCode, leaks: text.includes(fixtures.tag) });
      }
    }
    if (process.env.MATRIX_RECORD) {
      const lines = routes.map((route) => {
        const ok = cells.filter((c) => c.route === route && c.status < 300).map((c) => `'${c.role}'`);
        return `  '${route}': [${ok.join(', ')}],`;
      });
      console.log(`${lines.join('\n')}\n${cells.length} cells in ${Date.now() - started} ms`);
    }
  }, 180_000);
  afterAll(() => t.close());

  it('declares every route of the route table (a new route needs an entry) and no route that is gone', () => {
    expect(routes.filter((r) => !(r in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers no request with a server error', () => {
    expect(cells.filter((c) => c.status >= 500)).toEqual([]);
  });

  it('refuses anonymous requests except on the public routes', () => {
    const leaks = cells.filter((c) => c.role === 'anon' && c.status < 300 && !EXPECTED[c.route]?.includes('anon'));
    expect(leaks).toEqual([]);
    const gets = cells.filter(
      (c) =>
        c.role === 'anon' &&
        c.route.startsWith('GET /api/v1/') &&
        !EXPECTED[c.route]?.includes('anon') &&
        !SIGN_IN_FLOWS.has(c.route),
    );
    expect(gets.filter((c) => c.status !== 401)).toEqual([]);
  });

  it('gives a 2xx to exactly the declared roles, and a 4xx to every other', () => {
    const wrong = cells
      .filter((c) => c.route in EXPECTED)
      .filter((c) => c.status < 300 !== (EXPECTED[c.route] as readonly string[]).includes(c.role))
      .map((c) => `${c.route} as ${c.role}: ${c.status}`);
    expect(wrong).toEqual([]);
  });

  it('never lets a coordinator or a student read or write a record of another unit or person', () => {
    const scoped = cells.filter((c) => SCOPED.some((re) => re.test(c.route)));
    expect(scoped.length).toBeGreaterThan(50);
    const leaks = scoped.filter((c) => (c.role === 'coord' || c.role === 'student') && c.status < 300);
    expect(leaks.map((c) => `${c.route} as ${c.role}: ${c.status}`)).toEqual([]);
    // Nor see that person's name in any answer (lists, rankings, histories, dashboards, the audit log).
    const named = cells.filter((c) => (c.role === 'coord' || c.role === 'student') && c.leaks);
    expect(named.map((c) => `${c.route} as ${c.role}: ${c.status}`)).toEqual([]);
  });
});
