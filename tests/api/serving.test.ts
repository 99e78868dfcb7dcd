import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/vite-precompress.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '../setup/app.js';

/**
 * How the server serves the built web app on an intranet host (issue 14): a real build folder (index.html,
 * a hashed script compressed by the build's own step, robots.txt, favicon), served over plain HTTP and
 * behind a TLS proxy.
 */
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-dist-'));
const script = `console.log(${JSON.stringify('國際事務 '.repeat(400))});\n`;
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(
  path.join(dist, 'index.html'),
  '<!doctype html><html><head><title>Meridian</title></head><body><div id="root"></div></body></html>',
);
// What scripts/vite-route-preloads.ts writes: each page's own chunks and stylesheets.
fs.writeFileSync(
  path.join(dist, 'route-preloads.json'),
  JSON.stringify({
    routes: [
      { path: '/', js: ['assets/HomePage-1.js'], css: [] },
      { path: 'partners', js: ['assets/PartnersListPage-1.js', 'assets/Table-1.js'], css: ['assets/Table-1.css'] },
      { path: 'partners/$id', js: ['assets/PartnerPage-1.js'], css: [] },
      { path: 'partners/new', js: ['assets/PartnerCreatePage-1.js'], css: [] },
    ],
  }),
);
fs.writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), script);
fs.writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
fs.copyFileSync(path.resolve('src/web/public/favicon.ico'), path.join(dist, 'favicon.ico'));
precompressDir(dist);

const intranet = { host: 'oia-server:3000' };
/** The JSON island a signed-in page carries (http/first-data.ts). */
const island = /<script type="application\/json" id="meridian-first-data">(.*?)<\/script>/s;

describe.each(DIALECTS)('serving the web app (%s)', (dialect) => {
  let plain: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    plain = await setupApp(dialect, { WEB_DIST: dist });
    proxied = await setupApp(dialect, { WEB_DIST: dist, TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await plain.close();
    await proxied.close();
  });

  it('over plain HTTP on an intranet host: no upgrade-insecure-requests and no HSTS, even if a client claims https', async () => {
    for (const headers of [intranet, { ...intranet, 'x-forwarded-proto': 'https' }]) {
      const res = await plain.app.inject({ method: 'GET', url: '/login', headers });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('behind a trusted TLS proxy: upgrade-insecure-requests, HSTS and Secure cookies', async () => {
    const headers = { ...intranet, 'x-forwarded-proto': 'https' };
    const page = await proxied.app.inject({ method: 'GET', url: '/partners', headers });
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(page.headers['strict-transport-security']).toContain('max-age=');
    const login = await proxied.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers,
      payload: { email: DEMO.oia, password: 'meridian-demo' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.cookies.find((c) => c.name === 'meridian_sid')?.secure).toBe(true);
    const overHttp = await proxied.app.inject({ method: 'GET', url: '/partners', headers: intranet });
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
  });

  it('hashed scripts go out compressed as built, cached for a year', async () => {
    const url = '/assets/index-AbC123.js';
    const br = await plain.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(script.length / 4);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gz = await plain.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    const identity = await plain.app.inject({ method: 'GET', url });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(script);
  });

  it('JSON answers are compressed when the client accepts it', async () => {
    const client = await plain.login(DEMO.oia);
    const res = await client.get('/api/v1/country-regions', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(res.rawPayload).toString()).items.length).toBeGreaterThan(10);
  });

  it('HEAD is answered wherever GET is: app routes, files and the API', async () => {
    for (const url of ['/login', '/partners/12', '/assets/index-AbC123.js', '/robots.txt', '/api/health']) {
      const res = await plain.app.inject({ method: 'HEAD', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe('');
    }
    expect((await plain.app.inject({ method: 'HEAD', url: '/api/v1/no-such-thing' })).statusCode).toBe(404);
  });

  it("each page's HTML lists that page's own scripts and stylesheets to fetch beside the app's", async () => {
    const html = async (url: string) => (await plain.app.inject({ method: 'GET', url })).body;
    const partners = await html('/partners?country=JP');
    expect(partners).toContain('<link rel="modulepreload" crossorigin href="/assets/PartnersListPage-1.js">');
    expect(partners).toContain('<link rel="modulepreload" crossorigin href="/assets/Table-1.js">');
    expect(partners).toContain('<link rel="preload" as="style" crossorigin href="/assets/Table-1.css">');
    expect(partners).not.toContain('PartnerPage-1.js');
    // A static segment wins over a parameter, whatever the order of the list.
    expect(await html('/partners/new')).toContain('PartnerCreatePage-1.js');
    expect(await html('/partners/new')).not.toContain('PartnerPage-1.js');
    expect(await html('/partners/12/')).toContain('PartnerPage-1.js');
    expect(await html('/')).toContain('HomePage-1.js');
    // A path the router does not know gets the plain page (the app shows its not-found page).
    const other = await html('/no-such-page');
    expect(other).toContain('<div id="root">');
    expect(other).not.toContain('modulepreload');
  });

  it('a signed-in page carries the user and the university, escaped, and is never stored by a shared cache', async () => {
    const anonymous = await plain.app.inject({ method: 'GET', url: '/partners' });
    expect(anonymous.body).not.toMatch(island);
    expect(anonymous.headers['cache-control']).toBe('no-cache');
    const client = await plain.login(DEMO.oia);
    const me = (await client.get('/api/v1/auth/me')).json();
    const page = await client.get('/partners');
    expect(page.headers['cache-control']).toBe('private, no-cache');
    const json = page.body.match(island)?.[1] ?? '';
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data.me).toEqual(me);
    expect(data.university.nameZh).toBeTruthy();
    // A cookie whose session has ended gets the plain page: the app then sends its user to sign in.
    await client.post('/api/v1/auth/logout', {});
    const after = await client.get('/partners');
    expect(after.body).not.toMatch(island);
  });

  it("a page opened as it comes carries its own first answers, the user's own, in the language the app will ask in", async () => {
    const firstAnswers = (body: string) => JSON.parse(body.match(island)?.[1] ?? '{}').answers;
    const list = '/api/v1/partners?page=1&pageSize=25';
    const oia = await plain.login(DEMO.oia);
    const page = firstAnswers((await oia.get('/partners')).body);
    expect(page.locale).toBe('zh-TW');
    expect(Object.keys(page.byUrl)).toEqual([list]);
    expect(page.byUrl[list]).toEqual((await oia.get(list, { locale: 'zh-TW' })).json());
    // With a query string the page asks for something else: nothing rides along; a trailing slash is the same page.
    expect(firstAnswers((await oia.get('/partners?q=abc')).body)).toBeUndefined();
    expect(Object.keys(firstAnswers((await oia.get('/partners/')).body).byUrl)).toEqual([list]);
    // The language cookie the app sets decides the language the answers were asked in.
    const cookie = `${oia.cookie}; meridian_locale=en`;
    const english = firstAnswers(
      (await plain.app.inject({ method: 'GET', url: '/partners', headers: { cookie } })).body,
    );
    expect(english.locale).toBe('en');
    // A refused request does not ride along (the app asks it and shows the refusal): a student's home page.
    const student = await plain.login(DEMO.student);
    const home = firstAnswers((await student.get('/')).body);
    for (const [url, answer] of Object.entries(home?.byUrl ?? {}))
      expect(answer).toEqual((await student.get(url, { locale: 'zh-TW' })).json());
    expect((await student.get('/api/v1/dashboard/summary')).statusCode === 200).toBe(
      Boolean(home?.byUrl['/api/v1/dashboard/summary']),
    );
  });

  it('robots.txt and the favicon are real files, not the app page', async () => {
    const robots = await plain.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.headers['content-type']).toContain('text/plain');
    expect(robots.body).toContain('Disallow: /');
    const icon = await plain.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/vnd.microsoft.icon');
    expect(icon.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
});
