import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '#server/app.js';
import type { Dialect } from '#server/db/client.js';
import { DEMO_PASSWORD } from '#server/demo/index.js';
import { loadEnv } from '#server/env.js';
import type { Clock } from '#server/lib/clock.js';
import { createTestDb, type TestDb } from './db.js';

export { DIALECTS } from './db.js';

/** A clock tests can move forward (session expiry, login slow-down). */
export class TestClock implements Clock {
  private offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
  advance(ms: number) {
    this.offsetMs += ms;
  }
}

type Body = Record<string, unknown> | unknown[] | undefined;
type Opts = { headers?: Record<string, string>; locale?: string };

/** A signed-in (or anonymous) client: carries the session cookie and the CSRF token like the web app does. */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    public cookie?: string,
    public csrf?: string,
  ) {}

  request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: Body, opts: Opts = {}) {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (opts.locale) headers['x-locale'] = opts.locale;
    return this.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  }
  get = (url: string, opts?: Opts) => this.request('GET', url, undefined, opts);
  post = (url: string, body?: Body, opts?: Opts) => this.request('POST', url, body ?? {}, opts);
  put = (url: string, body?: Body, opts?: Opts) => this.request('PUT', url, body, opts);
}

export type TestApp = {
  app: FastifyInstance;
  /** Every route the app registered (method, url), in registration order. */
  routes: { method: string; url: string }[];
  db: TestDb;
  clock: TestClock;
  anon: Client;
  login: (email: string, password?: string) => Promise<Client>;
  close: () => Promise<void>;
};

export async function setupApp(
  dialect: Dialect,
  envOverrides: Record<string, string> = {},
  opts: { demo?: boolean } = {},
): Promise<TestApp> {
  const db = await createTestDb(dialect, opts);
  const clock = new TestClock();
  // Many logins from one address in a test file: the per-IP ceiling is tested on its own.
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: 'does-not-exist',
    LOGIN_RATE_PER_MINUTE: '1000',
    ...envOverrides,
  });
  const routes: TestApp['routes'] = [];
  const onRoute = (r: { method: string | string[]; url: string }) => {
    for (const method of [r.method].flat()) routes.push({ method, url: r.url });
  };
  const app = await buildApp({ env, database: db, clock, logger: false, onRoute });
  await app.ready();
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = sessionCookie(res);
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    return new Client(app, cookie, me.json().csrfToken);
  };
  return {
    app,
    routes,
    db,
    clock,
    anon: new Client(app),
    login,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'meridian_sid');
  if (!c) throw new Error('no session cookie');
  return `meridian_sid=${c.value}`;
}

export const DEMO = {
  admin: 'admin@demo.meridian.tw',
  oia: 'oia.ic@demo.meridian.tw',
  oiaIss: 'oia.iss@demo.meridian.tw',
  coordEng: 'coord.eng@demo.meridian.tw',
  coordBus: 'coord.bus@demo.meridian.tw',
  unitStaff: 'academic@demo.meridian.tw',
  executive: 'vp@demo.meridian.tw',
  assistant: 'assistant@demo.meridian.tw',
  student: 'student@demo.meridian.tw',
} as const;
