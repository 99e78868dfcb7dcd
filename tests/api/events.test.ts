import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';

type Row = { kind: string; collegeId?: number | null; cells: { column: string; value: number; cell: string }[] };

/** A 1×1 PNG (real bytes), and a multipart body with one file as a browser sends it. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
function multipart(name: string, data: Buffer) {
  const boundary = `----meridian${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(DIALECTS)('events and conferences (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coordEng: Client;
  let coordBus: Client;
  let unit: Record<string, number>;
  let partnerId: number;
  const period = 'from=2041-08-01&to=2042-07-31';

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coordEng = await t.login(DEMO.coordEng);
    coordBus = await t.login(DEMO.coordBus);
    const units = (await oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
    partnerId = (await oia.get('/api/v1/partners?pageSize=1')).json().items[0].id;
  });
  afterAll(() => t.close());

  const conference = (overrides: Record<string, unknown> = {}) => ({
    kind: 'international_conference',
    unitId: unit.CSIE,
    titleZh: '2042 國際邊緣運算研討會',
    titleEn: 'International Conference on Edge Computing 2042',
    startDate: '2042-03-10',
    endDate: '2042-03-12',
    venue: 'International Conference Hall',
    language: 'en',
    budget: 1_200_000,
    participants: 180,
    foreignParticipants: 60,
    people: [
      { side: 'theirs', role: 'speaker', name: 'Prof. Sato', title: 'Keynote speaker', partnerId },
      { side: 'ours', role: 'assistant_on_duty', name: '林同學', title: 'Student assistant' },
    ],
    programme: [{ date: '2042-03-10', start: '09:00', end: '09:30', activity: 'Opening', host: 'President' }],
    ...overrides,
  });

  /** The Engineering college's conference count in the Ministry's college exchange table, and its records. */
  async function countedConferences() {
    const r = (await oia.get(`/api/v1/reports/ministry/college_exchange?${period}`)).json() as { rows: Row[] };
    const eng = r.rows.find((x) => x.kind === 'row' && x.collegeId === unit.ENG);
    const c = eng?.cells.find((x) => x.column === 'conference_held');
    if (!c || c.value === 0) return { n: 0, ids: [] as number[] };
    const drill = await oia.get(
      `/api/v1/reports/ministry/college_exchange/cells?${period}&cell=${encodeURIComponent(c.cell)}&pageSize=200`,
    );
    return { n: c.value, ids: drill.json().items.map((i: { id: number }) => i.id) as number[] };
  }

  it('counts an international conference once, as the record the college exchange table counts', async () => {
    const res = await coordEng.post('/api/v1/events', conference());
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e.activityId).toEqual(expect.any(Number));
    expect(e.checklist.map((c: { key: string }) => c.key)).toContain('staff_on_duty');
    expect(await countedConferences()).toEqual({ n: 1, ids: [e.activityId] });
    const activity = (await oia.get(`/api/v1/activities/${e.activityId}`)).json();
    expect(activity).toMatchObject({ kind: 'conference_held', unitId: unit.CSIE, participants: 180, partnerId });

    // An edit of the event moves the counted record with it (one entry, not two).
    const moved = await coordEng.put(`/api/v1/events/${e.id}`, {
      ...conference({ participants: 200, titleEn: 'ICEC 2042' }),
      version: e.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().activityId).toBe(e.activityId);
    expect((await oia.get(`/api/v1/activities/${e.activityId}`)).json()).toMatchObject({
      participants: 200,
      titleEn: 'ICEC 2042',
    });
    expect((await countedConferences()).n).toBe(1);

    // A seminar is not counted; archiving the conference takes it out of the table; restoring puts it back.
    const seminar = (await coordEng.post('/api/v1/events', conference({ kind: 'seminar' }))).json();
    expect(seminar.activityId).toBeNull();
    const archived = await coordEng.post(`/api/v1/events/${e.id}/archive`, { version: moved.json().version });
    expect(archived.statusCode, archived.body).toBe(200);
    expect((await countedConferences()).n).toBe(0);
    await coordEng.post(`/api/v1/events/${e.id}/restore`, { version: archived.json().version });
    expect(await countedConferences()).toEqual({ n: 1, ids: [e.activityId] });
  });

  it('keeps a college’s events to its coordinator and refuses writes for another college', async () => {
    const e = (await coordEng.post('/api/v1/events', conference({ kind: 'workshop' }))).json();
    expect((await coordBus.get(`/api/v1/events/${e.id}`)).statusCode).toBe(403);
    expect((await coordBus.get('/api/v1/events')).json().items.map((x: { id: number }) => x.id)).not.toContain(e.id);
    expect((await coordBus.post('/api/v1/events', conference({ unitId: unit.CSIE }))).statusCode).toBe(403);
    const bad = await coordEng.post('/api/v1/events', conference({ endDate: '2042-03-01', foreignParticipants: 999 }), {
      locale: 'en',
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['endDate', 'foreignParticipants', 'programme.0.date']));
  });

  it('takes registrations internally and, for public events only, from the public form', async () => {
    const open = (
      await oia.post('/api/v1/events', conference({ unitId: unit.OIA, isPublic: true, kind: 'education_fair' }))
    ).json();
    const closed = (await oia.post('/api/v1/events', conference({ unitId: unit.OIA, kind: 'ceremony' }))).json();
    const form = { name: 'Ada Lovelace', email: 'Ada@example.org', affiliation: 'Analytical Engines' };
    expect((await t.anon.post(`/api/v1/public/events/${open.id}/registrations`, form)).statusCode).toBe(201);
    const twice = await t.anon.post(`/api/v1/public/events/${open.id}/registrations`, {
      ...form,
      email: 'ada@example.org',
    });
    expect(twice.statusCode).toBe(400);
    expect((await t.anon.post(`/api/v1/public/events/${closed.id}/registrations`, form)).statusCode).toBe(404);
    const listed = (await t.anon.get('/api/v1/public/events')).json().map((x: { id: number }) => x.id);
    expect(listed).toContain(open.id);
    expect(listed).not.toContain(closed.id);

    const internal = await oia.post(`/api/v1/events/${open.id}/registrations`, {
      name: '陳老師',
      email: 'chen@example.edu.tw',
    });
    expect(internal.statusCode, internal.body).toBe(201);
    expect(internal.json().registrations.map((r: { source: string }) => r.source)).toEqual(['public', 'internal']);
    // The public answer carries no registrations or budget.
    const publicOne = (await t.anon.get('/api/v1/public/events')).json().find((x: { id: number }) => x.id === open.id);
    expect(publicOne.budget).toBeUndefined();
    expect(publicOne.registrations).toBeUndefined();
  });

  it('answers a filled honeypot as accepted and keeps nothing; refuses an oversized body', async () => {
    const e = (
      await oia.post('/api/v1/events', conference({ unitId: unit.OIA, isPublic: true, kind: 'cultural_activity' }))
    ).json();
    const bot = await t.anon.post(`/api/v1/public/events/${e.id}/registrations`, {
      name: 'Bot',
      email: 'bot@example.org',
      website: 'https://spam.example',
    });
    expect(bot.statusCode, bot.body).toBe(201);
    expect((await oia.get(`/api/v1/events/${e.id}`)).json().registrations).toEqual([]);
    const huge = await t.anon.post(`/api/v1/public/events/${e.id}/registrations`, {
      name: 'Big',
      email: 'big@example.org',
      affiliation: 'x'.repeat(20_000),
    });
    expect(huge.statusCode).toBe(413);
    const person = await t.anon.post(`/api/v1/public/events/${e.id}/registrations`, {
      name: 'Grace Hopper',
      email: 'grace@example.org',
    });
    expect(person.statusCode, person.body).toBe(201);
    expect((await oia.get(`/api/v1/events/${e.id}`)).json().registrations).toHaveLength(1);
  });

  it('keeps uploaded photos (content-checked), serves them to readers, one for the news item, removable', async () => {
    const e = (await coordEng.post('/api/v1/events', conference({ titleZh: '照片測試研討會' }))).json();
    const upload = (c: Client, name: string, data: Buffer) => {
      const { payload, contentType } = multipart(name, data);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/events/${e.id}/photos`,
        headers: {
          cookie: c.cookie as string,
          'x-csrf-token': c.csrf as string,
          'content-type': contentType,
          'x-locale': 'en',
        },
        payload,
      });
    };
    const res = await upload(coordEng, '開幕.png', TINY_PNG);
    expect(res.statusCode, res.body).toBe(201);
    const [photo] = res.json().items;
    expect(photo).toMatchObject({ fileName: '開幕.png', contentType: 'image/png', isNews: false });
    const got = await oia.get(`/api/v1/events/${e.id}/photos/${photo.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.equals(TINY_PNG)).toBe(true);
    // Another college's coordinator may not read the event, nor its photos; nor upload to it.
    expect((await coordBus.get(`/api/v1/events/${e.id}/photos/${photo.id}`)).statusCode).toBe(403);
    expect((await upload(coordBus, 'x.png', TINY_PNG)).statusCode).toBe(403);
    // A "PNG" whose first bytes are not PNG's is refused on the file field.
    const fake = await upload(coordEng, 'fake.png', Buffer.from('GIF89a not a png at all'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.fields).toEqual([expect.objectContaining({ path: 'file', code: 'file_type' })]);
    const news = await coordEng.post(`/api/v1/events/${e.id}/photos/${photo.id}/news`, {});
    expect(news.json().items[0].isNews).toBe(true);
    const removed = await coordEng.post(`/api/v1/events/${e.id}/photos/${photo.id}/remove`, {});
    expect(removed.json().items).toEqual([]);
    expect((await oia.get(`/api/v1/events/${e.id}/photos/${photo.id}`)).statusCode).toBe(404);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['event', 'activity']);
  });
});
