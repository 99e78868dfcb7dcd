import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * API tokens (issue 22, item 4): made by administrators, shown once, stored as a sha-256, one role in one
 * unit going through the same policies as a person holding it, last use recorded, revocable.
 */
describe.each(DIALECTS)('API tokens (%s)', (dialect) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let unit: Record<string, number>;
  const bearer = (token: string, method: 'GET' | 'POST' = 'GET', url = '/api/v1/mobilities', payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const make = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/v1/api-tokens', { name: 'SIS', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; token: string; prefix: string };
  };

  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    const units = (await admin.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
  });
  afterAll(() => t.close());

  it('is made by administrators only, shown once and kept as its sha-256', async () => {
    const oia = await t.login(DEMO.oia);
    expect((await oia.post('/api/v1/api-tokens', { name: 'x', role: 'oia_staff', unitId: unit.UNIV })).statusCode).toBe(
      403,
    );
    const refused = await admin.post('/api/v1/api-tokens', { name: '', role: 'student', unitId: 999999 });
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['name', 'role']);
    const created = await make({ role: 'oia_staff', unitId: unit.UNIV });
    expect(created.token).toMatch(/^mrd_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const row = await t.db.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const listed = (await admin.get('/api/v1/api-tokens')).json().items;
    expect(JSON.stringify(listed)).not.toContain(created.token);
    const audit = await t.db.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'api_token').execute();
    expect(JSON.stringify(audit)).not.toContain(created.token);
  });

  it('reads through the policies of its role in its unit, exactly as a person with that role', async () => {
    const coord = await t.login(DEMO.coordEng);
    const coordRoles = (await coord.get('/api/v1/auth/me')).json().roles as { role: string; unitId: number }[];
    const engUnit = coordRoles.find((r) => r.role === 'college_coordinator')?.unitId;
    const token = await make({ role: 'college_coordinator', unitId: engUnit });
    const viaToken = await bearer(token.token, 'GET', '/api/v1/mobilities?pageSize=200');
    const viaSession = await coord.get('/api/v1/mobilities?pageSize=200');
    expect(viaToken.statusCode).toBe(200);
    expect(viaToken.json().total).toBe(viaSession.json().total);
    const all = await bearer((await make({ role: 'oia_staff', unitId: unit.UNIV })).token, 'GET', '/api/v1/mobilities');
    expect(all.json().total).toBeGreaterThan(viaToken.json().total);
    // An administrator's own pages are not within a coordinator's role.
    expect((await bearer(token.token, 'GET', '/api/v1/users')).statusCode).toBe(403);
  });

  it('writes without a CSRF header (no cookie rides along), but never acts on the account itself', async () => {
    const { token } = await make({ role: 'oia_staff', unitId: unit.UNIV });
    const invalid = await bearer(token, 'POST', '/api/v1/partners', {});
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('VALIDATION_FAILED');
    const pw = await bearer(token, 'POST', '/api/v1/auth/password', { current: 'x', next: 'y' });
    expect(pw.statusCode).toBe(403);
    expect((await bearer(token, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('records its last use, and stops working once revoked or expired', async () => {
    const made = await make({ role: 'executive', unitId: unit.UNIV });
    expect((await bearer(made.token, 'GET', '/api/v1/partners')).statusCode).toBe(200);
    const used = (await admin.get('/api/v1/api-tokens')).json().items.find((x: { id: number }) => x.id === made.id);
    expect(used.lastUsedAt).not.toBeNull();
    const revoked = await admin.post(`/api/v1/api-tokens/${made.id}/revoke`);
    expect(revoked.json().revokedAt).not.toBeNull();
    const after = await bearer(made.token, 'GET', '/api/v1/partners');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
    expect((await admin.post(`/api/v1/api-tokens/${made.id}/revoke`)).statusCode).toBe(409);
    const old = await make({ role: 'executive', unitId: unit.UNIV, expiresOn: '2020-01-01' });
    expect((await bearer(old.token, 'GET', '/api/v1/partners')).statusCode).toBe(401);
    expect((await bearer('mrd_made-up', 'GET', '/api/v1/partners')).statusCode).toBe(401);
  });
});
