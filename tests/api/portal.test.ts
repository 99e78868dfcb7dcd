import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * The public portal (issue 20, docs/decisions/0026): no sign-in, both languages, search-engine friendly,
 * and only what staff made public — checked by planting unpublished records with a marker and crawling.
 */
describe.each(DIALECTS)('public portal (%s)', (dialect) => {
  let t: TestApp;
  const SECRET = 'ZZSECRETZZ';
  let hiddenPartner: number;
  let publicPartner: number;

  beforeAll(async () => {
    t = await setupApp(dialect);
    const db = t.db.db;
    const now = new Date().toISOString();
    const profile = await db
      .selectFrom('portal_partner_profiles')
      .select('partner_id')
      .where('published', '=', 1)
      .executeTakeFirstOrThrow();
    publicPartner = profile.partner_id;
    // A partner nobody published, a draft news item, a testimonial without consent, a staff resource.
    const other = await db
      .selectFrom('partners')
      .select('id')
      .where('id', 'not in', db.selectFrom('portal_partner_profiles').select('partner_id'))
      .executeTakeFirstOrThrow();
    hiddenPartner = other.id;
    await db
      .updateTable('partners')
      .set({ name_en: `${SECRET} University` })
      .where('id', '=', hiddenPartner)
      .execute();
    await db
      .insertInto('portal_partner_profiles')
      .values({ partner_id: hiddenPartner, published: 0, summary_en: SECRET, updated_at: now })
      .execute();
    await db
      .insertInto('portal_news')
      .values({ title_en: `${SECRET} draft`, published: 0, created_at: now, updated_at: now })
      .execute();
    await db
      .insertInto('portal_testimonials')
      .values({
        partner_id: publicPartner,
        first_name: SECRET,
        text_en: SECRET,
        consented: 0,
        approved: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .updateTable('resource_items')
      .set({ title_en: `${SECRET} staff doc` })
      .where('audience', '=', 'staff')
      .execute();
    await db.updateTable('partner_contacts').set({ name: SECRET }).execute();
  });
  afterAll(() => t.close());

  const get = (url: string) => t.anon.get(url);

  it('answers every page in both languages without a session, with lang, description, canonical and hreflang', async () => {
    for (const lang of ['zh-TW', 'en']) {
      for (const path of [
        '',
        '/news',
        '/partners',
        '/calls',
        '/how-to-apply',
        '/resources',
        '/faq',
        `/partners/${publicPartner}`,
      ]) {
        const res = await get(`/portal/${lang}${path}`);
        expect(res.statusCode, path).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.body).toContain(`<html lang="${lang}">`);
        expect(res.body).toMatch(/<meta name="description" content="[^"]+">/);
        expect(res.body).toContain(`<link rel="canonical" href="http://localhost:3000/portal/${lang}${path}">`);
        expect(res.body).toContain(`hreflang="zh-TW" href="http://localhost:3000/portal/zh-TW${path}"`);
        expect(res.body).toContain(`hreflang="en" href="http://localhost:3000/portal/en${path}"`);
        expect(res.body).not.toContain('<script');
      }
    }
    const zh = await get('/portal/zh-TW');
    expect(zh.body).toContain('合作學校查詢');
    const en = await get('/portal/en');
    expect(en.body).toContain('Partner universities');
    expect((await get('/portal')).statusCode).toBe(302);
    // The FAQ is the enquiry desk's published answers; one not yet in English shows in Chinese, marked as such.
    expect((await get('/portal/zh-TW/faq')).body).toContain('如何展延居留證？');
    expect((await get('/portal/en/faq')).body).toContain('<summary lang="zh-Hant-TW">華語中心每期課程多長？</summary>');
  });

  it('shows none of what was not made public, on any page or in the sitemap', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.statusCode).toBe(200);
    const locs = [...sitemap.body.matchAll(/<loc>http:\/\/localhost:3000([^<]+)<\/loc>/g)].map((m) => m[1] as string);
    expect(locs.length).toBeGreaterThan(20);
    expect(locs).toContain(`/portal/en/partners/${publicPartner}`);
    expect(locs).not.toContain(`/portal/en/partners/${hiddenPartner}`);
    for (const loc of locs) {
      const res = await get(loc);
      expect(res.statusCode, loc).toBe(200);
      expect(res.body, loc).not.toContain(SECRET);
    }
    expect(sitemap.body).not.toContain(SECRET);
    expect((await get(`/portal/en/partners/${hiddenPartner}`)).statusCode).toBe(404);
    expect((await get('/portal/en/partners?q=zzsecret')).body).not.toContain(SECRET);
    const draft = await t.db.db
      .selectFrom('portal_news')
      .select('id')
      .where('published', '=', 0)
      .executeTakeFirstOrThrow();
    expect((await get(`/portal/en/news/${draft.id}`)).statusCode).toBe(404);
  });

  it('serves a published photo and a public document, and nothing else by id', async () => {
    const db = t.db.db;
    const withPhoto = await db
      .selectFrom('portal_news')
      .select('id')
      .where('photo_file_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const photo = await get(`/portal/en/news/${withPhoto.id}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    await db.updateTable('portal_news').set({ published: 0 }).where('id', '=', withPhoto.id).execute();
    expect((await get(`/portal/en/news/${withPhoto.id}/photo`)).statusCode).toBe(404);
    await db.updateTable('portal_news').set({ published: 1 }).where('id', '=', withPhoto.id).execute();
    const items = await db
      .selectFrom('resource_items')
      .select(['id', 'audience'])
      .where('kind', '=', 'document')
      .execute();
    for (const item of items) {
      const res = await get(`/portal/en/resources/${item.id}/file`);
      expect(res.statusCode, item.audience).toBe(item.audience === 'public' ? 200 : 404);
    }
  });

  it('filters partners by country, level, field and language level', async () => {
    const all = await get('/portal/en/partners');
    const count = (body: string) => Number(/<h2>(\d+) universities<\/h2>/.exec(body)?.[1]);
    const total = count(all.body);
    expect(total).toBeGreaterThan(1);
    const p = await t.db.db
      .selectFrom('partners')
      .select('country')
      .where('id', '=', publicPartner)
      .executeTakeFirstOrThrow();
    const byCountry = await get(`/portal/en/partners?country=${p.country}&region=&level=&field=&language=&cefr=&q=`);
    expect(byCountry.statusCode).toBe(200);
    expect(count(byCountry.body)).toBeGreaterThanOrEqual(1);
    expect(count(byCountry.body)).toBeLessThanOrEqual(total);
    expect(count((await get('/portal/en/partners?language=en&cefr=A1')).body)).toBeLessThan(total);
    expect(count((await get('/portal/en/partners?field=9999')).body)).toBe(0);
    expect((await get('/portal/en/partners?country=<script>')).statusCode).toBe(400);
    expect((await get(`/portal/en/partners?q=${'x'.repeat(101)}`)).statusCode).toBe(400);
    expect(all.body).toContain('<svg viewBox=');
    expect(all.body).toContain(`href="/portal/en/partners?country=${p.country}"`);
  });

  it('escapes what staff typed', async () => {
    await t.db.db
      .updateTable('portal_partner_profiles')
      .set({ summary_en: '<img src=x onerror=alert(1)>' })
      .where('partner_id', '=', publicPartner)
      .execute();
    const res = await get(`/portal/en/partners/${publicPartner}`);
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(res.body).not.toContain('<img src=x');
  });

  it('lets search engines into the portal only, and reads only the tables it may', async () => {
    const robots = await get('/robots.txt');
    expect(robots.body).toContain('Allow: /portal/');
    expect(robots.body).toContain('Disallow: /');
    // The portal's one data file names only these tables: a new read has to be added here on purpose.
    const source = fs.readFileSync('src/server/modules/portal/portal.repository.ts', 'utf8');
    const tables = new Set([...source.matchAll(/(?:selectFrom|innerJoin|leftJoin)\('(\w+)'/g)].map((m) => m[1]));
    expect([...tables].sort()).toEqual([
      'agreement_partners',
      'agreements',
      'calls',
      'country_regions',
      'exchange_places',
      'partner_factsheets',
      'partners',
      'portal_news',
      'portal_partner_profiles',
      'portal_testimonials',
      'resource_categories',
      'resource_items',
      'resource_versions',
      'stored_files',
    ]);
    expect(source).not.toMatch(/selectAll|insertInto|updateTable|deleteFrom|people|users|partner_contacts/);
  });

  it('publishes what the office writes: news, a partner profile, a consented testimonial', async () => {
    const oia = await t.login('oia.ic@demo.meridian.tw');
    const news = await oia.post('/api/v1/portal/news', {
      titleZh: '新消息',
      titleEn: 'Fresh news',
      bodyEn: 'Body',
      published: false,
    });
    expect(news.statusCode).toBe(201);
    expect((await get(`/portal/en/news/${news.json().id}`)).statusCode).toBe(404);
    const published = await oia.put(`/api/v1/portal/news/${news.json().id}`, {
      titleEn: 'Fresh news',
      published: true,
      version: 1,
    });
    expect(published.json().publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await get(`/portal/en/news/${news.json().id}`)).body).toContain('Fresh news');
    expect((await oia.post('/api/v1/portal/news', { published: true })).statusCode).toBe(400);

    const hidden = await get(`/portal/en/partners/${hiddenPartner}`);
    expect(hidden.statusCode).toBe(404);
    const profile = await oia.get(`/api/v1/portal/partners/${hiddenPartner}`);
    const saved = await oia.put(`/api/v1/portal/partners/${hiddenPartner}`, {
      ...profile.json(),
      partnerId: undefined,
      updatedAt: undefined,
      published: true,
      summaryEn: 'Now public',
    });
    expect(saved.statusCode).toBe(200);
    expect((await get(`/portal/en/partners/${hiddenPartner}`)).body).toContain('Now public');

    const refused = await oia.post(
      '/api/v1/portal/testimonials',
      { partnerId: hiddenPartner, firstName: 'Mei', textEn: 'Great', consented: false, approved: true },
      { locale: 'zh-TW' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('學生未同意公開前不可核准。');
    const ok = await oia.post('/api/v1/portal/testimonials', {
      partnerId: hiddenPartner,
      firstName: 'Mei',
      textEn: 'Great term',
      consented: true,
      approved: true,
    });
    expect(ok.statusCode).toBe(201);
    expect((await get(`/portal/en/partners/${hiddenPartner}`)).body).toContain('Great term');
    const coord = await t.login('coord.eng@demo.meridian.tw');
    expect((await coord.post('/api/v1/portal/news', { titleEn: 'x' })).statusCode).toBe(403);
    // Restore what the other tests expect of this partner.
    await t.db.db
      .updateTable('portal_partner_profiles')
      .set({ published: 0 })
      .where('partner_id', '=', hiddenPartner)
      .execute();
  });

  it('is off (404, robots disallow all) when PORTAL is false', async () => {
    const off = await setupApp(dialect, { PORTAL: 'false' }, { demo: false });
    try {
      expect((await off.anon.get('/portal/en')).statusCode).toBe(404);
      expect((await off.anon.get('/robots.txt')).body).not.toContain('Allow: /portal/');
      expect(off.routes.some((r) => r.url.startsWith('/portal'))).toBe(false);
    } finally {
      await off.close();
    }
  });
});
