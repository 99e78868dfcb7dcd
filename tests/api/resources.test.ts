import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runResourceReview } from '#server/modules/resources/resource-review.job.js';
import { addDays, businessDate } from '#shared/calendar.js';
import { type Client, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** One file (and an optional note) as a browser's multipart body. */
function multipart(file: { name: string; data: Buffer }, note?: string) {
  const boundary = `----meridian${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  if (note) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${note}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The resource center (issue 20): categories, items, versions, audience, tags and search, review reminders. */
describe.each(DIALECTS)('resource center (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coord: Client;
  let student: Client;
  let category: number;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login('oia.ic@demo.meridian.tw');
    coord = await t.login('coord.eng@demo.meridian.tw');
    student = await t.login('student@demo.meridian.tw');
    const res = await oia.get('/api/v1/resources/categories');
    category = res.json().items.find((c: { code: string }) => c.code === 'agreements').id;
  });
  afterAll(() => t.close());

  const upload = (client: Client, id: number, file: { name: string; data: Buffer }, note?: string) => {
    const { payload, contentType } = multipart(file, note);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/resources/${id}/versions`,
      headers: { cookie: client.cookie as string, 'x-csrf-token': client.csrf as string, 'content-type': contentType },
      payload,
    });
  };
  const base = { categoryId: 0, kind: 'document', languages: 'both', audience: 'staff', tags: [] as string[] };

  it('seeds the eight categories of the staff area, editable by the office only', async () => {
    const items = (await oia.get('/api/v1/resources/categories')).json().items;
    expect(items.map((c: { nameZh: string }) => c.nameZh)).toEqual([
      '國際簽約',
      '外賓接待',
      '招生專區',
      '國際學生',
      '計畫資料',
      '國際交流',
      '出國方案',
      '國際化動態',
    ]);
    const created = await oia.post('/api/v1/resources/categories', {
      nameZh: '校際合作',
      nameEn: 'Cooperation',
      sortOrder: 9,
    });
    expect(created.statusCode).toBe(201);
    const renamed = await oia.put(`/api/v1/resources/categories/${created.json().id}`, {
      nameZh: '校際合作案',
      nameEn: 'Cooperation',
      sortOrder: 9,
      archived: false,
      version: 1,
    });
    expect(renamed.json().nameZh).toBe('校際合作案');
    expect(
      (await coord.post('/api/v1/resources/categories', { nameZh: 'x', nameEn: 'x', sortOrder: 1 })).statusCode,
    ).toBe(403);
    expect((await student.get('/api/v1/resources/categories')).statusCode).toBe(403);
  });

  it('keeps every version, serves the current one, and records who uploaded which', async () => {
    const created = await oia.post('/api/v1/resources', {
      ...base,
      categoryId: category,
      titleZh: '姊妹校合約範本',
      titleEn: 'Sister MOU template',
      agreementKind: 'sister_mou',
      tags: ['Template', 'MOU'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().tags).toEqual(['template', 'mou']);
    expect((await upload(oia, id, { name: '範本 v1.pdf', data: PDF('one') })).statusCode).toBe(200);
    const second = await upload(oia, id, { name: 'template v2.pdf', data: PDF('two') }, 'new clause 5');
    const versions = second.json().versions;
    expect(versions.map((v: { number: number; current: boolean }) => [v.number, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions[0]).toMatchObject({
      note: 'new clause 5',
      uploadedBy: 'oia.ic@demo.meridian.tw',
      fileName: 'template v2.pdf',
    });
    expect((await oia.get(`/api/v1/resources/${id}/file`)).body).toContain('two');
    expect((await oia.get(`/api/v1/resources/${id}/versions/${versions[1].id}/file`)).body).toContain('one');
    const bad = await upload(oia, id, { name: 'x.pdf', data: Buffer.from('not a pdf') });
    expect(bad.statusCode).toBe(415);
    // The agreement module finds templates by kind; search finds them by text and whole tag.
    expect(
      (await oia.get('/api/v1/resources?agreementKind=sister_mou')).json().items.map((i: { id: number }) => i.id),
    ).toContain(id);
    expect((await coord.get('/api/v1/resources?q=sister mou')).json().items.map((i: { id: number }) => i.id)).toContain(
      id,
    );
    expect((await coord.get('/api/v1/resources?tag=mou')).json().items.map((i: { id: number }) => i.id)).toContain(id);
    expect((await coord.get('/api/v1/resources?tag=mo')).json().items.map((i: { id: number }) => i.id)).not.toContain(
      id,
    );
  });

  it('shows a unit item to that unit (and the office) only, and lets a college keep only its own', async () => {
    const units = await t.db.db.selectFrom('units').select(['id', 'code']).execute();
    const unit = (code: string) => units.find((u) => u.code === code)?.id as number;
    const forBusiness = await oia.post('/api/v1/resources', {
      ...base,
      kind: 'link',
      url: 'https://example.org/bus',
      categoryId: category,
      titleEn: 'Business only',
      audience: 'unit',
      unitId: unit('BUS'),
    });
    expect(forBusiness.statusCode).toBe(201);
    const id = forBusiness.json().id;
    expect((await coord.get(`/api/v1/resources/${id}`)).statusCode).toBe(404);
    expect((await coord.get('/api/v1/resources')).json().items.map((i: { id: number }) => i.id)).not.toContain(id);
    const own = await coord.post('/api/v1/resources', {
      ...base,
      kind: 'link',
      url: 'https://example.org/eng',
      categoryId: category,
      titleEn: 'Engineering',
      audience: 'unit',
      unitId: unit('ENG'),
    });
    expect(own.statusCode).toBe(201);
    const other = await coord.post('/api/v1/resources', {
      ...base,
      kind: 'link',
      url: 'https://example.org',
      categoryId: category,
      titleEn: 'x',
      unitId: unit('BUS'),
    });
    expect(other.statusCode).toBe(403);
  });

  it('refuses incomplete items with field messages in the user’s language', async () => {
    const res = await oia.post(
      '/api/v1/resources',
      { ...base, kind: 'link', categoryId: category },
      { locale: 'zh-TW' },
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['titleZh', 'url']));
    expect(JSON.stringify(res.json())).toContain('請至少填寫一種語言的標題。');
  });

  it('reminds the owner once per review date, and again when the date changes', async () => {
    const owner = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'oia.ic@demo.meridian.tw')
      .executeTakeFirstOrThrow();
    const today = businessDate(new Date());
    const created = await oia.post('/api/v1/resources', {
      ...base,
      kind: 'link',
      url: 'https://example.org/sop',
      categoryId: category,
      titleEn: 'Review me',
      ownerId: owner.id,
      reviewOn: addDays(today, 10),
    });
    const id = created.json().id;
    const deps = { db: t.db.db, env: t.app.deps.env, clock: t.clock };
    expect((await runResourceReview(deps, today)).sent).toContain(id);
    expect((await runResourceReview(deps, today)).sent).not.toContain(id);
    const notes = await t.db.db
      .selectFrom('notifications')
      .select('kind')
      .where('entity_type', '=', 'resource')
      .where('entity_id', '=', id)
      .execute();
    expect(notes).toEqual([{ kind: 'resource.review' }]);
    const moved = await oia.put(`/api/v1/resources/${id}`, {
      ...base,
      kind: 'link',
      url: 'https://example.org/sop',
      categoryId: category,
      titleEn: 'Review me',
      ownerId: owner.id,
      reviewOn: addDays(today, 12),
      version: 1,
    });
    expect(moved.statusCode).toBe(200);
    const stale = await oia.put(`/api/v1/resources/${id}`, {
      ...base,
      kind: 'link',
      url: 'https://example.org/sop',
      categoryId: category,
      titleEn: 'Stale',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    // The record as it is now comes whole (its versions too): the page shows it and the form merges onto it.
    const current = stale.json().error.current;
    expect(current).toMatchObject({ id, titleEn: expect.any(String) });
    expect(Array.isArray(current.versions)).toBe(true);
    expect(current.version).toBeGreaterThan(1);
    expect((await runResourceReview(deps, today)).sent).toContain(id);
  });
});
