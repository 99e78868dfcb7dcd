import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStudent, makeMobility, makePartner } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** Issue 16, Low: values no column can keep are a 400 on both databases, never a 500. */
describe.each(DIALECTS)('unstorable input (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
  });
  afterAll(() => t.close());

  const partner = { nameEn: 'Bounds University', nameZh: '邊界大學', country: 'FR', type: 'university' };

  it('answers 400 to ids and numbers above 2^31−1 in paths, queries and bodies', async () => {
    for (const url of [
      '/api/v1/partners/2147483648',
      '/api/v1/partners/99999999999999',
      '/api/v1/audit?entityId=2147483648',
    ]) {
      const admin = await t.login(DEMO.admin);
      const res = await admin.get(url, { locale: 'en' });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const p = await makePartner(oia);
    const res = await oia.put(`/api/v1/partners/${p.id}`, { ...partner, version: 2_147_483_648 }, { locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'version', message: 'Must be at most 2147483647.' });
    expect((await oia.get('/api/v1/partners/2147483647')).statusCode).toBe(404);
  });

  it('answers 400 to a NUL character in any text, and stores nothing', async () => {
    const res = await oia.post('/api/v1/partners', { ...partner, nameEn: 'Null\u0000 University' }, { locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'nameEn', message: 'Must not contain a NUL character.' });
    const zh = await oia.post('/api/v1/partners', { ...partner, nameEn: 'Null\u0000 University' }, { locale: 'zh-TW' });
    expect(zh.json().error.fields[0].message).toBe('不可包含 NUL 控制字元。');
    expect((await oia.get('/api/v1/partners?q=Null')).json().total).toBe(0);
    expect((await oia.get('/api/v1/partners?q=a%00b')).statusCode).toBe(400);
  });

  it('marks every API answer to a signed-in user no-store (JSON with personal data, exports)', async () => {
    const p = await makePartner(oia);
    for (const url of [
      '/api/v1/people?pageSize=1',
      `/api/v1/partners/${p.id}`,
      '/api/v1/auth/me',
      '/api/v1/partners/export.xlsx',
    ]) {
      const res = await oia.get(url);
      expect(res.statusCode, url).toBeLessThan(300);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    // Not signed in: the public answers are not marked (and the web app keeps its own caching).
    expect((await t.anon.get('/api/health')).headers['cache-control']).toBeUndefined();
  });

  it('refuses a mobility transition without a version (400) and with a stale one (409)', async () => {
    const personId = await insertStudent(
      t,
      (await oia.get('/api/v1/units')).json().items.find((u: { code: string }) => u.code === 'CSIE').id,
    );
    const id = await makeMobility(t, { person_id: personId });
    const m = (await oia.get(`/api/v1/mobilities/${id}`)).json();
    const bare = await oia.post(`/api/v1/mobilities/${id}/transitions`, { action: 'cancel' }, { locale: 'en' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields[0]).toMatchObject({ path: 'version' });
    const stale = await oia.post(`/api/v1/mobilities/${id}/transitions`, { action: 'cancel', version: m.version + 1 });
    expect(stale.statusCode).toBe(409);
    const ok = await oia.post(`/api/v1/mobilities/${id}/transitions`, { action: 'cancel', version: m.version });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
