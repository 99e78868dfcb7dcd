import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_SCRIPT_URL } from '#server/modules/auth/sign-in/sign-in.routes.js';
import { uiSsoEn } from '#shared/i18n/ui.sso.en.js';
import { uiSsoZhTW } from '#shared/i18n/ui.sso.zh-TW.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * The server's own sign-in page (issue 14, docs/decisions/0045): complete HTML in the reader's language,
 * someone signed in sent on, only a path of this site as the way back, every value escaped.
 */
describe.each(DIALECTS)('the sign-in page (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
  });
  afterAll(() => t.close());

  const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  const island = (html: string) =>
    JSON.parse(/<script type="application\/json" id="sign-in-data">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');

  it('is complete HTML in Chinese by default, in English by the switch’s cookie or ?lang=', async () => {
    const zh = await page('/login');
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['content-type']).toMatch(/^text\/html/);
    expect(zh.body).toContain('<html lang="zh-Hant-TW">');
    expect(heading(zh.body)).toBe('登入');
    expect(zh.body).toMatch(/<label for="email"[^>]*>電子郵件<\/label>/);
    // A browser asking for English first still gets the app's default until a language is picked.
    const browserEn = await page('/login', { 'accept-language': 'en-US,en;q=0.9' });
    expect(heading(browserEn.body)).toBe('登入');
    const cookie = await page('/login', { cookie: 'meridian_locale=en' });
    expect(cookie.body).toContain('<html lang="en">');
    expect(heading(cookie.body)).toBe('Sign in');
    expect(cookie.headers.vary).toContain('cookie');
    const query = await page('/login?lang=en', { cookie: 'meridian_locale=zh-TW' });
    expect(heading(query.body)).toBe('Sign in');
    // Both languages ride along, so the switch needs no second request.
    expect(island(zh.body).strings.en.submit).toBe('Sign in');
    expect(island(zh.body).strings['zh-TW'].submit).toBe('登入');
  });

  it('answers HEAD and serves its script under a content-named, immutable address', async () => {
    const head = await t.app.inject({ method: 'HEAD', url: '/login' });
    expect(head.statusCode).toBe(200);
    const html = (await page('/login')).body;
    expect(html).toContain(`<script src="${SIGN_IN_SCRIPT_URL}" defer></script>`);
    const script = await page(SIGN_IN_SCRIPT_URL);
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cache-control']).toContain('immutable');
    expect(script.body).toContain("'/api/v1/auth/login'");
  });

  it('says why a provider sign-in was refused, in the page’s language; an unknown reason in general words', async () => {
    const zh = await page('/login?sso_error=signature');
    expect(zh.body).toContain(`data-testid="sso-error" data-t="ssoFailure">${uiSsoZhTW.ssoLogin.failures.signature}<`);
    const en = await page('/login?sso_error=%3Cb%3E&lang=en');
    expect(en.body).toContain(uiSsoEn.ssoLogin.failures.invalid);
    expect(en.body).not.toContain('<b>');
    const none = await page('/login');
    expect(none.body).not.toContain('data-testid="sso-error"');
  });

  it('keeps the way back on this site and escapes it', async () => {
    for (const [asked, kept] of [
      ['/partners?q=a', '/partners?q=a'],
      ['//evil.example/x', '/'],
      ['/\\evil.example', '/'],
      ['https://evil.example/', '/'],
      ['/login?redirect=/x', '/'],
    ]) {
      const res = await page(`/login?redirect=${encodeURIComponent(asked as string)}`);
      expect(island(res.body).redirect).toBe(kept);
    }
    const tricky = await page(`/login?redirect=${encodeURIComponent('/a"></script><script>alert(1)</script>')}`);
    expect(tricky.body).not.toContain('<script>alert(1)');
  });

  it('sends someone already signed in straight on, to a path of this site only', async () => {
    const staff = await t.login(DEMO.oia);
    const on = await staff.get('/login?redirect=%2Fpartners');
    expect(on.statusCode).toBe(303);
    expect(on.headers.location).toBe('/partners');
    const away = await staff.get('/login?redirect=%2F%2Fevil.example');
    expect(away.headers.location).toBe('/');
  });

  it('writes the university’s name escaped, in each language', async () => {
    const admin = await t.login(DEMO.admin);
    const u = (await admin.get('/api/v1/university')).json();
    const { logoUrl: _l, updatedAt: _u, ...fields } = u;
    const saved = await admin.put('/api/v1/university', { ...fields, nameEn: 'A & <B> University' });
    expect(saved.statusCode).toBe(200);
    const en = await page('/login?lang=en');
    expect(en.body).toContain('A &amp; &lt;B&gt; University');
    expect(en.body).not.toContain('<B>');
    const zh = await page('/login');
    expect(zh.body).toContain(`data-t="university">${u.nameZh}<`);
  });
});
