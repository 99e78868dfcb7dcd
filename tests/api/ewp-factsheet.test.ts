import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXsd } from '#server/modules/ewp/xsd-check.js';
import { DIALECTS } from '#tests/setup/app.js';
import { agreementWorld, type World } from './agreement-fixtures.js';

const info = (what: string) => ({
  email: `${what}@meridian.edu.tw`,
  phone: '+886223456789',
  url: `https://oia.meridian.edu.tw/${what}`,
});
const sheet = {
  nominations: { autumn: '04-30', spring: '10-31' },
  applications: { autumn: '05-15', spring: '11-15' },
  applicationInfo: info('apply'),
  decisionWeeks: 5,
  torWeeks: 4,
  requirements: [{ name: 'Transcript of Records', details: 'In English, all grades & credits', url: null }],
  accessibility: [
    { type: 'service', name: 'Resource Room for Students with Disabilities', description: null, info: info('access') },
  ],
  housing: info('housing'),
  visa: info('visa'),
  insurance: info('insurance'),
};

describe.each(DIALECTS)('our factsheet as an EWP factsheet response (%s)', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await agreementWorld(dialect);
    await w.t.db.db
      .updateTable('university_profile')
      .set({ website: 'https://www.meridian.edu.tw/', phone: '+886-2-2345-6789' })
      .execute();
  });
  afterAll(() => w.t.close());

  it('says there is nothing to export until it is filled in, and suggests the university contacts', async () => {
    const res = await w.as.oia.get('/api/v1/ewp/factsheet.xml', { locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/factsheet for partners has not been filled in/);
    const empty = (await w.as.oia.get('/api/v1/ewp/factsheet')).json();
    expect(empty).toMatchObject({
      body: null,
      version: 0,
      suggested: { phone: '+886223456789' },
      permissions: { update: true },
    });
  });

  it('validates each field, in both languages, and only OIA staff save it', async () => {
    const bad = {
      ...sheet,
      version: 0,
      nominations: { autumn: '4/30', spring: '10-31' },
      visa: { ...info('visa'), phone: '02-2345' },
    };
    const en = await w.as.oia.put('/api/v1/ewp/factsheet', bad, { locale: 'en' });
    expect(en.statusCode).toBe(400);
    const fields = en.json().error.fields.map((f: any) => [f.path, f.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['nominations.autumn', expect.stringContaining('03-15')],
        ['visa.phone', expect.stringContaining('+886')],
      ]),
    );
    const zh = await w.as.oia.put('/api/v1/ewp/factsheet', bad, { locale: 'zh-TW' });
    expect(zh.json().error.fields.find((f: any) => f.path === 'visa.phone').message).toContain('國際格式');
    expect((await w.as.coordEng.put('/api/v1/ewp/factsheet', { ...sheet, version: 0 })).statusCode).toBe(403);
  });

  it('exports a file valid against the official factsheet XSD, with a version check on edits', async () => {
    const saved = await w.as.oia.put('/api/v1/ewp/factsheet', { ...sheet, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    const stale = await w.as.oia.put('/api/v1/ewp/factsheet', { ...sheet, decisionWeeks: 6, version: 0 });
    expect(stale.statusCode).toBe(409);
    const next = await w.as.oia.put('/api/v1/ewp/factsheet', { ...sheet, decisionWeeks: 6, version: 1 });
    expect(next.json()).toMatchObject({ version: 2, body: { decisionWeeks: 6 } });
    const file = await w.as.vp.get('/api/v1/ewp/factsheet.xml');
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-disposition']).toContain('factsheet-meridian.edu.tw.xml');
    expect(file.body).toContain('<hei-id>meridian.edu.tw</hei-id>');
    expect(file.body).toContain('<autumn-term>--04-30</autumn-term>');
    expect(file.body).toContain('<decision-weeks-limit>6</decision-weeks-limit>');
    expect(file.body).toContain('all grades &amp; credits');
    const checked = await validateXsd(file.body, 'factsheet');
    if ('missing' in checked) return; // xmllint absent (CI installs libxml2-utils)
    expect(checked).toEqual({ ok: true });
    // The same check refuses a file the XSD does not allow.
    const broken = await validateXsd(file.body.replace(/<tor-weeks-limit>.*<\/tor-weeks-limit>/, ''), 'factsheet');
    expect(broken.ok).toBe(false);
  });
});
