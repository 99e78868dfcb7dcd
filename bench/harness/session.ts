import { DEMO_PASSWORD } from '#server/demo/index.js';

export const BENCH_USER = 'admin@demo.meridian.tw';

export type Response = { status: number; body: string; json: <T = any>() => T; headers: Headers };

/** A signed-in client of the running server: the session cookie and CSRF token on every request. */
export class Api {
  constructor(
    readonly base: string,
    /** cookie + x-csrf-token: what autocannon sends too. */
    readonly headers: Record<string, string>,
    /** A request not answered by then is given up (the runner then restarts the server). */
    readonly timeoutMs = 120_000,
  ) {}

  get(path: string): Promise<Response> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown): Promise<Response> {
    return this.send('POST', path, body);
  }

  async send(method: string, path: string, body?: unknown, extra: RequestInit = {}): Promise<Response> {
    const isForm = body instanceof FormData;
    const res = await fetch(this.base + path, {
      method,
      headers: { ...this.headers, ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
      ...extra,
    });
    const text = await res.text();
    return { status: res.status, body: text, json: () => JSON.parse(text), headers: res.headers };
  }
}

/** Logs in like the web app does: POST login for the cookie, GET me for the CSRF token. */
export async function login(base: string, email = BENCH_USER, password = DEMO_PASSWORD): Promise<Api> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`GET /api/v1/auth/me failed: ${me.status}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return new Api(base, { cookie, 'x-csrf-token': csrfToken });
}
