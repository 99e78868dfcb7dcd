import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { QUERIES } from './matrix/route-expectations.js';

const run = promisify(execFile);
type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The typed client an integrator would write: it must compile against the generated types. */
const CLIENT = `import createClient from 'openapi-fetch';
import type { paths } from './api.js';

export async function callThree(baseUrl: string, token: string) {
  const api = createClient<paths>({ baseUrl, headers: { authorization: \`Bearer \${token}\` } });
  const list = await api.GET('/api/v1/partners', { params: { query: { pageSize: 5 } } });
  const total: number | undefined = list.data?.total;
  const firstId: number | undefined = list.data?.items[0]?.id;
  const one = await api.GET('/api/v1/partners/{id}', { params: { path: { id: firstId ?? 1 } } });
  const missing = await api.GET('/api/v1/agreements/{id}', { params: { path: { id: 999999 } } });
  // The error body is typed (not undefined): its code and message are there to read.
  const code: string | undefined = missing.error?.error.code;
  const refused = await api.POST('/api/v1/partners', { body: { nameEn: '' } as never });
  const fields: string[] | undefined = refused.error?.error.fields?.map((f) => f.path);
  return { total, oneId: one.data?.id, missing: missing.response.status, code, refused: refused.response.status, fields };
}
`;

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Json;
  const operations = () =>
    Object.entries(doc.paths as Json).flatMap(([p, ops]) =>
      Object.entries(ops as Json)
        .filter(([m]) => METHODS.includes(m))
        .map(([m, op]) => ({ method: m, path: p, op: op as Json })),
    );

  beforeAll(async () => {
    t = await setupApp('sqlite');
    doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  });
  afterAll(() => t.close());

  it('names and summarises every operation, uniquely', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(300);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ops.filter((o) => !o.op.summary)).toEqual([]);
    expect(ops.find((o) => o.path === '/api/v1/partners/{id}/archive')?.op.operationId).toBe('partnersArchive');
    expect(ops.find((o) => o.method === 'get' && o.path === '/api/v1/partners')?.op.operationId).toBe('partnersList');
  });

  it('documents the session with its CSRF header and API tokens, and the one error body on every error', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'meridian_sid' },
      csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      apiToken: { type: 'http', scheme: 'bearer' },
    });
    const write = doc.paths['/api/v1/partners'].post;
    expect(write.security).toEqual([{ session: [], csrf: [] }, { apiToken: [] }]);
    expect(doc.paths['/api/v1/partners'].get.security).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(doc.paths['/api/health'].get.security).toEqual([]);
    // /api/health answers 503 with its own report (degraded), by design; every other error is the one body.
    for (const { op } of operations().filter((o) => o.path !== '/api/health'))
      for (const [status, response] of Object.entries(op.responses as Json))
        if (Number(status) >= 400) {
          const ref = (response as Json).$ref as string;
          expect(doc.components.responses[ref.split('/').at(-1) as string].content['application/json'].schema).toEqual({
            $ref: '#/components/schemas/ApiError',
          });
        }
    expect(doc.components.schemas.ApiError.properties.error.properties.code.enum).toContain('VERSION_CONFLICT');
    // Shared schemas are components the operations point at.
    expect(doc.paths['/api/v1/partners/{id}'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Partner',
    });
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Agreement', 'ApiToken', 'Webhook']));
  });

  it('types downloads as binary with their content types', () => {
    const content = (p: string) => doc.paths[p].get.responses['200'].content;
    expect(content('/api/v1/partners/export.xlsx')).toEqual({
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    });
    expect(Object.keys(content('/api/v1/visits/{id}/briefing.pdf'))).toEqual(['application/pdf']);
    expect(Object.keys(content('/api/v1/calendar/public.ics'))).toEqual(['text/calendar']);
    expect(Object.keys(content('/api/v1/agreements/{id}/ewp-iia.xml'))).toEqual(['application/xml']);
  });

  it('says which operations need no sign-in truthfully: every other GET answers 401 to an anonymous request', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { method, path: p, op } of operations()) {
      if (method !== 'get') continue;
      // The route matrix's valid query strings, so the question of signing in is reached before validation.
      const query = QUERIES[`GET ${p.replace(/\{(\w+)\}/g, ':$1')}`] ?? '';
      const res = await t.anon.get(p.replace(/\{[^}]+\}/g, '1') + query);
      const secured = op.security.length > 0;
      if (secured && res.statusCode === 400) continue; // a required query this test does not know: no answer either way
      checked++;
      if (secured !== (res.statusCode === 401)) wrong.push(`${p} ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('passes redocly lint with the recommended rules: no errors (warnings counted)', async () => {
    const dir = fs.mkdtempSync(path.join(import.meta.dirname, '.openapi-'));
    try {
      fs.writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(doc));
      const bin = path.resolve('node_modules/.bin/redocly');
      const out = await run(bin, ['lint', 'openapi.json', '--extends', 'recommended', '--format', 'json'], {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
      const report = JSON.parse(out.stdout.slice(out.stdout.indexOf('{')));
      const errors = report.problems.filter((p: { severity: string }) => p.severity === 'error');
      const warnings = report.problems.length - errors.length;
      console.log(`redocly lint (recommended): ${errors.length} errors, ${warnings} warnings`);
      expect(errors.map((e: { ruleId: string; message: string }) => `${e.ruleId}: ${e.message}`)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.each(DIALECTS)('a client generated from the document (%s)', (dialect) => {
  let t: TestApp;
  let dir: string;
  let base: string;
  let token: string;

  beforeAll(async () => {
    t = await setupApp(dialect);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    dir = fs.mkdtempSync(path.join(import.meta.dirname, '.client-'));
    fs.writeFileSync(path.join(dir, 'api.ts'), astToString(await openapiTS(doc)));
    fs.writeFileSync(path.join(dir, 'client.ts'), CLIENT);
    const admin = await t.login(DEMO.admin);
    const unitId = (await admin.get('/api/v1/units')).json().items.find((u: { code: string }) => u.code === 'UNIV').id;
    token = (await admin.post('/api/v1/api-tokens', { name: 'client', role: 'oia_staff', unitId })).json().token;
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('type-checks with tsc against the generated types', async () => {
    const tsc = path.resolve('node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext'];
    const result = await run(process.execPath, [tsc, ...args, 'client.ts'], { cwd: dir }).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
    );
    expect(result.stdout).toBe('');
  }, 120_000);

  it('calls three endpoints with an API token; a 4xx comes back as the typed error body', async () => {
    const { callThree } = await import(path.join(dir, 'client.ts'));
    const r = await callThree(base, token);
    expect(r.total).toBeGreaterThan(0);
    expect(r.oneId).toBeGreaterThan(0);
    expect(r).toMatchObject({ missing: 404, code: 'NOT_FOUND', refused: 400 });
    expect(r.fields).toContain('nameEn');
  });
});
