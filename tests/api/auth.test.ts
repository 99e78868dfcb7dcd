import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES } from '#server/modules/auth/auth.service.js';
import { Client, DEMO, DIALECTS, sessionCookie, setupApp, type TestApp } from '#tests/setup/app.js';

describe.each(DIALECTS)('authentication and sessions (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });

  it('signs in with a session cookie that is HttpOnly and SameSite=Lax, and answers /me', async () => {
    const res = await login(DEMO.oia, 'meridian-demo');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'meridian_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: sessionCookie(res) } });
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.email).toBe(DEMO.oia);
    expect(body.roles).toEqual([
      expect.objectContaining({ role: 'oia_staff', unitNameEn: 'International Cooperation Division' }),
    ]);
    expect(body.capabilities.partners).toMatchObject({ read: true, create: true, export: true });
    expect(body.capabilities.users.read).toBe(false);
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('stores only a hash of the session token', async () => {
    const res = await login(DEMO.executive, 'meridian-demo');
    const token = res.cookies.find((c) => c.name === 'meridian_sid')!.value;
    const rows = await t.db.db.selectFrom('sessions').select('id').execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
  });

  it('answers unknown e-mail and wrong password identically', async () => {
    const unknown = await login('nobody@example.org', 'whatever-123');
    const wrong = await login(DEMO.student, 'wrong-password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('slows an e-mail down after repeated failures, the same for unknown e-mails, and lets the user in after the wait', async () => {
    for (const email of [DEMO.assistant, 'ghost@example.org']) {
      for (let i = 0; i < FREE_FAILURES + 1; i++) expect((await login(email, 'bad-password-x')).statusCode).toBe(401);
      const blocked = await login(email, 'meridian-demo');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
      expect(blocked.json().error.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.headers['retry-after']).toBeDefined();
    }
    t.clock.advance(31_000);
    expect((await login(DEMO.assistant, 'meridian-demo')).statusCode).toBe(200);
    // Success clears the counter: one more failure does not block again.
    expect((await login(DEMO.assistant, 'bad-password-x')).statusCode).toBe(401);
    expect((await login(DEMO.assistant, 'meridian-demo')).statusCode).toBe(200);
  });

  it('refuses requests without a session with 401', async () => {
    for (const url of ['/api/v1/auth/me', '/api/v1/partners', '/api/v1/users', '/api/v1/audit', '/api/v1/units']) {
      const res = await t.anon.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('requires the CSRF token on state-changing requests and refuses foreign origins', async () => {
    const client = await t.login(DEMO.oia);
    const noToken = new Client(t.app, client.cookie);
    const res = await noToken.put('/api/v1/auth/preferences', { locale: 'en' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    const wrong = new Client(t.app, client.cookie, 'x'.repeat(32));
    expect((await wrong.put('/api/v1/auth/preferences', { locale: 'en' })).statusCode).toBe(403);
    const foreign = await client.put(
      '/api/v1/auth/preferences',
      { locale: 'en' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(foreign.statusCode).toBe(403);
    const crossLogin = await login(DEMO.oia, 'meridian-demo', { origin: 'https://evil.example' });
    expect(crossLogin.statusCode).toBe(403);
    expect((await client.put('/api/v1/auth/preferences', { locale: 'en' })).statusCode).toBe(200);
  });

  it('remembers the language per user and answers errors in it', async () => {
    const client = await t.login(DEMO.oiaIss);
    expect((await client.put('/api/v1/auth/preferences', { locale: 'zh-TW' })).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/me')).json().locale).toBe('zh-TW');
    expect((await client.get('/api/v1/partners/999999')).json().error.message).toBe('找不到指定的資料或頁面。');
    await client.put('/api/v1/auth/preferences', { locale: 'en' });
    expect((await client.get('/api/v1/partners/999999')).json().error.message).toBe('Not found.');
    expect((await client.put('/api/v1/auth/preferences', { locale: 'fr' })).statusCode).toBe(400);
  });

  it('logs out: the session no longer works', async () => {
    const client = await t.login(DEMO.unitStaff);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('expires idle sessions', async () => {
    const client = await t.login(DEMO.coordBus);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(13 * 3_600_000);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('changes the password: wrong current refused per field, success ends other sessions', async () => {
    const a = await t.login(DEMO.coordEng);
    const b = await t.login(DEMO.coordEng);
    const wrong = await a.post(
      '/api/v1/auth/password',
      { currentPassword: 'nope', newPassword: 'a-new-password-1' },
      { locale: 'en' },
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { path: 'currentPassword', code: 'wrong_current_password', message: 'The current password is wrong.' },
    ]);
    const short = await a.post('/api/v1/auth/password', { currentPassword: 'meridian-demo', newPassword: 'short' });
    expect(short.json().error.fields[0]).toMatchObject({ path: 'newPassword', message: '至少需要 10 個字元。' });
    const ok = await a.post('/api/v1/auth/password', {
      currentPassword: 'meridian-demo',
      newPassword: 'a-new-password-1',
    });
    expect(ok.statusCode).toBe(200);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await login(DEMO.coordEng, 'meridian-demo')).statusCode).toBe(401);
    expect((await login(DEMO.coordEng, 'a-new-password-1')).statusCode).toBe(200);
  });

  it('validates the login body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'not-an-email' },
      headers: { 'x-locale': 'en' },
    });
    expect(res.statusCode).toBe(400);
    const fields = Object.fromEntries(res.json().error.fields.map((f: any) => [f.path, f.message]));
    expect(fields).toEqual({ email: 'Enter a valid e-mail address.', password: 'This field is required.' });
  });
});

describe('login ceiling per address', () => {
  it('answers 429 in the error shape once one address exceeds the per-minute ceiling', async () => {
    const t = await setupApp('sqlite', { LOGIN_RATE_PER_MINUTE: '5' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `user${i}@example.org`, password: 'x' },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().error.code).toBe('RATE_LIMITED');
      }
      expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });
});
