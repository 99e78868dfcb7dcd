import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyUsers } from '#server/modules/notifications/notify.js';
import { LOGO_MAX_BYTES } from '#shared/university.js';
import { type Client, DIALECTS } from '#tests/setup/app.js';
import { type ChecklistWorld, checklistWorld, multipart } from './checklist-fixtures.js';
import { mailEachNotification } from './reminder-fixtures.js';

/** The university's own details (issue 14.7): the settings, who may change them, and where they print. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (!pdftotext && process.env.REQUIRE_POPPLER === '1') throw new Error('pdftotext (poppler-utils) is required');

describe.each(DIALECTS)('university details (%s)', (dialect) => {
  let w: ChecklistWorld;
  beforeAll(async () => {
    w = await checklistWorld(dialect);
  });
  afterAll(() => w.t.close());

  const base = '/api/v1/university';
  const current = async () => (await w.t.anon.get(base)).json();
  const valid = async () => {
    const u = await current();
    return {
      nameZh: u.nameZh,
      nameEn: u.nameEn,
      addressZh: u.addressZh,
      addressEn: u.addressEn,
      phone: u.phone,
      email: u.email,
      website: u.website,
      version: u.version,
    };
  };
  const uploadLogo = (client: Client, file: { name: string; data: Buffer; type: string }, locale = 'en') => {
    const { payload, contentType } = multipart({}, file);
    return w.t.app.inject({
      method: 'POST',
      url: `${base}/logo`,
      headers: {
        cookie: client.cookie as string,
        'x-csrf-token': client.csrf as string,
        'content-type': contentType,
        'x-locale': locale,
      },
      payload,
    });
  };

  it('is readable without signing in, filled by the demo seed with an SVG logo', async () => {
    const res = await w.t.anon.get(base);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      nameZh: '南方子午科技大學',
      nameEn: 'Southern Meridian University of Science and Technology',
      email: 'oia@demo.meridian.tw',
    });
    const logo = await w.t.anon.get(res.json().logoUrl);
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('validates an update with field errors in both languages', async () => {
    const bad = { ...(await valid()), nameZh: '', email: 'not-an-email', website: 'ftp://x', phone: 'call me' };
    const en = await w.as.admin.put(base, bad, { locale: 'en' });
    expect(en.statusCode).toBe(400);
    const fields = en.json().error.fields as { path: string; code: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(['email', 'nameZh', 'phone', 'website']);
    expect(fields.find((f) => f.path === 'email')?.message).toMatch(/e-mail/i);
    const zh = await w.as.admin.put(base, bad, { locale: 'zh-TW' });
    const zhFields = zh.json().error.fields as { path: string; message: string }[];
    expect(zhFields.find((f) => f.path === 'nameZh')?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zhFields.find((f) => f.path === 'email')?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('only administrators change it; the change is versioned and audited', async () => {
    const body = { ...(await valid()), nameEn: 'Meridian Test University' };
    expect((await w.t.anon.put(base, body)).statusCode).toBe(401);
    for (const c of [w.as.oiaIc, w.as.coordEng, w.as.student]) expect((await c.put(base, body)).statusCode).toBe(403);
    expect((await uploadLogo(w.as.oiaIc, { name: 'logo.png', data: PNG, type: 'image/png' })).statusCode).toBe(403);
    const ok = await w.as.admin.put(base, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ nameEn: 'Meridian Test University', version: body.version + 1 });
    expect((await w.as.admin.put(base, body)).statusCode).toBe(409);
    const audit = await w.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'university')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.after_json as string).nameEn).toBe('Meridian Test University');
  });

  it('takes a PNG or SVG logo, refuses other types and oversized files', async () => {
    const png = await uploadLogo(w.as.admin, { name: 'logo.png', data: PNG, type: 'image/png' });
    expect(png.statusCode, png.body).toBe(200);
    const served = await w.t.anon.get(png.json().logoUrl);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.equals(PNG)).toBe(true);
    const pdf = await uploadLogo(w.as.admin, {
      name: 'x.pdf',
      data: Buffer.from('%PDF-1.4 x'),
      type: 'application/pdf',
    });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.fields[0]).toMatchObject({ path: 'file', code: 'file_type' });
    const big = Buffer.concat([PNG, Buffer.alloc(LOGO_MAX_BYTES)]);
    expect((await uploadLogo(w.as.admin, { name: 'big.png', data: big, type: 'image/png' })).statusCode).toBe(413);
  });

  it('prints the university name from the settings on the acceptance letter', async () => {
    const body = {
      ...(await valid()),
      nameZh: '北辰測試大學',
      nameEn: 'Polaris Test University',
      addressEn: '9 North Road',
    };
    expect((await w.as.admin.put(base, body)).statusCode).toBe(200);
    const s = await w.inbound({ nameEn: 'Ada Lovelace', nationality: 'GB' });
    const res = await w.as.oiaIc.get(`/api/v1/mobilities/${s.mobilityId}/acceptance-letter.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    if (!pdftotext) return console.warn('pdftotext missing: letter text not checked');
    const text = spawnSync('pdftotext', ['-', '-'], { input: res.rawPayload, encoding: 'utf8' }).stdout;
    expect(text).toContain('Polaris Test University');
    expect(text).toContain('北辰測試大學');
    expect(text).toContain('9 North Road');
  });

  it('signs every mail with the university name and contacts', async () => {
    const body = {
      ...(await valid()),
      nameZh: '北辰測試大學',
      nameEn: 'Polaris Test University',
      phone: '+886 2 1234 5678',
    };
    expect((await w.as.admin.put(base, body)).statusCode).toBe(200);
    const now = new Date().toISOString();
    await mailEachNotification(w.db);
    for (const locale of ['en', 'zh-TW']) {
      await w.db.transaction().execute((trx) =>
        notifyUsers(trx, {
          recipients: [{ id: 1, email: `footer-${locale}@test.meridian.tw`, locale, name_zh: null, name_en: 'Reader' }],
          kind: 'agreement.expiring',
          entityType: 'agreement',
          entityId: 1,
          params: { agreement: 'A', partner: 'P', endDate: '2027-01-01', days: 30 },
          dedupeKey: `footer-test-${locale}`,
          path: '/agreements/1',
          now,
        }),
      );
    }
    const mails = await w.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('dedupe_key', 'like', 'footer-test-%')
      .execute();
    const en = mails.find((m) => m.locale === 'en');
    const zh = mails.find((m) => m.locale === 'zh-TW');
    expect(en?.body_text).toMatch(/—\nPolaris Test University\n.*\+886 2 1234 5678/);
    expect(en?.body_html).toContain('Polaris Test University');
    expect(zh?.body_text).toContain('北辰測試大學');
  });
});
