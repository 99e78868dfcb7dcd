import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES } from '#server/modules/auth/auth.service.js';
import { passwordProblem } from '#server/modules/auth/password-rules.js';
import { unitIdsByCode } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** Issue 16, Low: sign-in throttling per account and source; passwords that may not be used. */
describe.each(DIALECTS)('accounts hardening (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let units: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    units = await unitIdsByCode(admin);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

  it('a stranger failing from another address slows only themselves; the owner still signs in', async () => {
    const stranger = '203.0.113.9';
    for (let i = 0; i <= FREE_FAILURES; i++)
      expect((await login(DEMO.assistant, 'guessing-password', stranger)).statusCode).toBe(401);
    expect((await login(DEMO.assistant, 'meridian-demo', stranger)).statusCode).toBe(429);
    // The owner, from their own address, is not held back at all.
    expect((await login(DEMO.assistant, 'meridian-demo', '198.51.100.7')).statusCode).toBe(200);
    // The stranger still is (a success elsewhere does not clear their count).
    expect((await login(DEMO.assistant, 'meridian-demo', stranger)).statusCode).toBe(429);
  });

  it('refuses common and breached passwords and passwords containing the e-mail name', async () => {
    const body = (email: string, password: string) => ({
      email,
      nameZh: '密碼測試',
      nameEn: 'Password Test',
      locale: 'en',
      password,
      roles: [{ role: 'student', unitId: units.CSIE }],
    });
    const common = await admin.post('/api/v1/users', body('pw.one@example.edu', '1234567890'), { locale: 'en' });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.fields[0]).toMatchObject({ path: 'password', code: 'password_common' });
    expect(common.json().error.fields[0].message).toContain('too common');
    const zh = await admin.post('/api/v1/users', body('pw.one@example.edu', 'qwertyuiop'), { locale: 'zh-TW' });
    expect(zh.json().error.fields[0].message).toContain('太常見');
    const named = await admin.post('/api/v1/users', body('chen.meiling@example.edu', 'Meiling-2026!'), {
      locale: 'en',
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().error.fields[0]).toMatchObject({ path: 'password', code: 'password_email' });
    const fine = await admin.post('/api/v1/users', body('chen.meiling@example.edu', 'violet-harbour-71'));
    expect(fine.statusCode, fine.body).toBe(201);

    // Changing one's own password follows the same rules.
    const me = await t.login('chen.meiling@example.edu', 'violet-harbour-71');
    const change = await me.post('/api/v1/auth/password', {
      currentPassword: 'violet-harbour-71',
      newPassword: 'password123',
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().error.fields[0]).toMatchObject({ path: 'newPassword', code: 'password_common' });
  });

  it('reads the list bundled with zxcvbn (30,000 leaked passwords), not a handful typed in', () => {
    for (const pw of ['1234567890', 'password1234', 'iloveyou12', 'qwertyuiop', '1q2w3e4r5t', 'qwerty1234'])
      expect(passwordProblem(pw, 'x@example.edu'), pw).toBe('password_common');
    expect(passwordProblem('violet-harbour-71', 'x@example.edu')).toBeNull();
  });
});
