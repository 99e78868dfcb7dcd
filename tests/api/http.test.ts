import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestMigration } from '#server/db/migrate.js';
import { BODY_LIMIT } from '#server/lib/limits.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

describe.each(DIALECTS)('HTTP edges and error shape (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
  });
  afterAll(() => t.close());

  const expectErrorShape = (body: any, code: string) => {
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    expect(body.error.message.length).toBeGreaterThan(0);
  };

  it('reports health with the database and migration version', async () => {
    const res = await t.anon.get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: { dialect, reachable: true },
      migration: { applied: latestMigration(), latest: latestMigration() },
    });
  });

  it('serves the OpenAPI document built from the zod schemas', async () => {
    const res = await t.anon.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const create = doc.paths['/api/v1/partners'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toContain('nameEn');
    expect(schema.properties.type.enum).toContain('university_of_applied_sciences');
  });

  it('answers unknown routes with 404 in the error shape, in the asked language', async () => {
    const zh = await t.anon.get('/api/v1/nothing-here');
    expect(zh.statusCode).toBe(404);
    expectErrorShape(zh.json(), 'NOT_FOUND');
    expect(zh.json().error.message).toBe('找不到指定的資料或頁面。');
    const en = await t.anon.get('/api/v1/nothing-here', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().error.message).toBe('Not found.');
  });

  it('refuses malformed JSON, wrong content types and oversize bodies with 4xx, not 500', async () => {
    const client = await t.login(DEMO.oia);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrf!, 'content-type': 'application/json' },
      payload: '{"nameEn": "x",',
    });
    expect(bad.statusCode).toBe(400);
    expectErrorShape(bad.json(), 'MALFORMED_REQUEST');

    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrf!, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expectErrorShape(text.json(), 'UNSUPPORTED_MEDIA_TYPE');

    const huge = await client.post('/api/v1/partners', { nameEn: 'x'.repeat(BODY_LIMIT + 10) });
    expect(huge.statusCode).toBe(413);
    expectErrorShape(huge.json(), 'PAYLOAD_TOO_LARGE');
  });

  it('refuses wrong types and unknown enum values with field errors', async () => {
    const client = await t.login(DEMO.oia);
    const res = await client.post(
      '/api/v1/partners',
      { nameEn: 42, country: 'JP', type: 'spaceship' },
      { locale: 'en' },
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expectErrorShape(body, 'VALIDATION_FAILED');
    const byPath = Object.fromEntries(body.error.fields.map((f: any) => [f.path, f]));
    expect(byPath.nameEn.message).toBe('Invalid value.');
    expect(byPath.type.message).toBe('Not one of the allowed options.');
    const list = await client.get('/api/v1/partners?sort=sideways&page=0');
    expect(list.statusCode).toBe(400);
    expect(
      list
        .json()
        .error.fields.map((f: any) => f.path)
        .sort(),
    ).toEqual(['page', 'sort']);
  });

  it('refuses a non-numeric id with 400, a missing record with 404', async () => {
    const client = await t.login(DEMO.oia);
    expect((await client.get('/api/v1/partners/abc')).statusCode).toBe(400);
    expect((await client.get('/api/v1/partners/999999')).statusCode).toBe(404);
  });

  it('sets security headers', async () => {
    const res = await t.anon.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data:");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    // Plain HTTP: no HSTS (it would lock an intranet host to https); behind TLS see serving.test.ts.
    expect(res.headers['strict-transport-security']).toBeUndefined();
    // Errors carry them too (they are set before the route runs).
    const missing = await t.anon.get('/api/v1/partners/1');
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('serving the built web app', () => {
  it('serves files, falls back to index.html for client routes, and keeps API 404s as JSON', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Meridian</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    const t = await setupApp('sqlite', { WEB_DIST: dir });
    try {
      const home = await t.anon.get('/');
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('<title>Meridian</title>');
      const deep = await t.anon.get('/partners/12?tab=history');
      expect(deep.headers['content-type']).toContain('text/html');
      expect(deep.body).toContain('<title>Meridian</title>');
      const asset = await t.anon.get('/assets/app.js');
      expect(asset.body).toBe('console.log(1)');
      const api = await t.anon.get('/api/v1/nope');
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('NOT_FOUND');
      expect((await t.anon.post('/partners', {})).statusCode).toBe(404);
    } finally {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
