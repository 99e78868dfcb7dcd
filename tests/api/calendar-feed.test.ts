import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextOccurrence } from '#server/modules/calendar-feed/calendar-feed.service.js';
import { escapeText, foldLine, writeCalendar } from '#server/modules/calendar-feed/icalendar.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { events, parseICalendar, prop, propOf } from './calendar-feed-parser.js';

describe('iCalendar writer', () => {
  it('escapes TEXT, folds at 75 octets without splitting a character, and parses back to the same text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const summary = `國際學術研討會：邊緣運算, AI; 與「永續」${'長'.repeat(60)}`;
    const text = writeCalendar(
      'Test',
      [{ uid: 'x@meridian', allDay: true, startDate: '2031-05-20', endDate: '2031-05-22', summary }],
      '2031-01-01T00:00:00.000Z',
    );
    const folded = foldLine(`SUMMARY:${escapeText(summary)}`);
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    const [event] = events(parseICalendar(text));
    expect(prop(event!, 'SUMMARY')).toBe(summary);
    expect(propOf(event!, 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20310520' });
    // An all-day DTEND is exclusive: the day after the last day.
    expect(prop(event!, 'DTEND')).toBe('20310523');
  });

  it("puts a partner's yearly nomination deadline on its next day on or after the start", () => {
    expect(nextOccurrence('03-15', '2026-12-01')).toBe('2027-03-15');
    expect(nextOccurrence('12-01', '2026-12-01')).toBe('2026-12-01');
    expect(nextOccurrence('12-31', '2026-06-30')).toBe('2026-12-31');
  });

  it('refuses what a strict reader must refuse', () => {
    expect(() => parseICalendar('BEGIN:VCALENDAR\nEND:VCALENDAR\n')).toThrow(/CRLF/);
    expect(() =>
      parseICalendar('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-CALNAME:a,b\r\nEND:VCALENDAR\r\n'),
    ).toThrow(/unescaped/);
  });
});

describe.each(DIALECTS)('calendar feeds (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coordEng: Client;
  let coordBus: Client;
  let unit: Record<string, number>;
  let userId: Record<string, number>;

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coordEng = await t.login(DEMO.coordEng);
    coordBus = await t.login(DEMO.coordBus);
    const units = (await oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
    const users = await t.db.db.selectFrom('users').select(['id', 'email']).execute();
    userId = Object.fromEntries(users.map((u) => [u.email, u.id]));
  });
  afterAll(() => t.close());

  const pathOf = (url: string) => new URL(url).pathname;
  async function newFeed(client: Client) {
    const res = await client.post('/api/v1/calendar/feeds');
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; url: string };
  }

  it("holds only the coordinator's college's agreements, their visits and follow-ups, and call deadlines in Taipei time", async () => {
    const feed = await newFeed(coordEng);
    expect(feed.url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\/feed\.ics$/);
    // Only the hash is stored: the secret in the address is nowhere in the database.
    const secret = pathOf(feed.url).split('/')[4] as string;
    const stored = await t.db.db.selectFrom('calendar_feeds').select('token_hash').where('id', '=', feed.id).execute();
    expect(stored[0]?.token_hash).not.toContain(secret);

    const visit = await oia.post('/api/v1/visits', {
      direction: 'outbound',
      unitId: unit.ENG,
      titleEn: 'Engineering delegation to Busan',
      startDate: '2099-03-02',
      endDate: '2099-03-05',
      people: [{ side: 'ours', role: 'member', name: 'Coordinator', userId: userId[DEMO.coordEng] }],
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const fu = await oia.post(`/api/v1/visits/${visit.json().id}/followups`, {
      kind: 'draft_agreement',
      title: 'Draft the dual degree MOU',
      assigneeId: userId[DEMO.coordEng],
      dueOn: '2099-04-01',
    });
    expect(fu.statusCode, fu.body).toBe(201);

    const res = await t.anon.get(pathOf(feed.url));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const cal = parseICalendar(res.body);
    expect(cal.children.find((c) => c.type === 'VTIMEZONE')).toBeDefined();
    const uids = events(cal).map((e) => prop(e, 'UID') as string);
    expect(uids).toContain(`visit-${visit.json().id}@meridian`);
    expect(uids.some((u) => u.startsWith('followup-'))).toBe(true);

    const eng = new Set([unit.ENG, ...(await engUnits())]);
    const agreementIds = uids.flatMap((u) => /^agreement-(\d+)-/.exec(u)?.[1] ?? []).map(Number);
    expect(agreementIds.length).toBeGreaterThan(0);
    const owners = await t.db.db
      .selectFrom('agreements')
      .select(['id', 'owning_unit_id'])
      .where('id', 'in', agreementIds)
      .execute();
    expect(owners.every((a) => eng.has(a.owning_unit_id as number))).toBe(true);

    // The demo has a call whose deadline is a month ahead: it is in the feed at its Taipei wall-clock time.
    const call = events(cal).find((e) => (prop(e, 'UID') as string).startsWith('call-'));
    expect(call).toBeDefined();
    if (call) {
      const dt = propOf(call, 'DTSTART');
      expect(dt?.params.TZID).toBe('Asia/Taipei');
      const id = Number(/^call-(\d+)-/.exec(prop(call, 'UID') as string)?.[1]);
      const row = await t.db.db.selectFrom('calls').select('deadline').where('id', '=', id).executeTakeFirstOrThrow();
      const local = new Date(new Date(row.deadline).getTime() + 8 * 3_600_000).toISOString();
      expect(dt?.value).toBe(
        `${local.slice(0, 10).replaceAll('-', '')}T${local.slice(11, 13)}${local.slice(14, 16)}00`,
      );
    }

    // Business's coordinator does not see Engineering's delegation.
    const bus = parseICalendar((await t.anon.get(pathOf((await newFeed(coordBus)).url))).body);
    expect(events(bus).map((e) => prop(e, 'UID'))).not.toContain(`visit-${visit.json().id}@meridian`);
  });

  async function engUnits() {
    const rows = await t.db.db.selectFrom('units').select(['id', 'parent_id']).execute();
    const out: number[] = [];
    const walk = (id: number) => {
      for (const r of rows.filter((x) => x.parent_id === id)) {
        out.push(r.id);
        walk(r.id);
      }
    };
    walk(unit.ENG as number);
    return out;
  }

  it('answers 404 to a revoked address, to a replaced one and to a made-up one', async () => {
    const first = await newFeed(oia);
    expect((await t.anon.get(pathOf(first.url))).statusCode).toBe(200);
    const second = await newFeed(oia);
    expect((await t.anon.get(pathOf(first.url))).statusCode).toBe(404);
    expect((await oia.post(`/api/v1/calendar/feeds/${second.id}/revoke`)).statusCode).toBe(200);
    expect((await t.anon.get(pathOf(second.url))).statusCode).toBe(404);
    expect((await t.anon.get('/api/v1/calendar/not-a-real-secret-at-all-000/feed.ics')).statusCode).toBe(404);
    expect((await t.anon.get('/api/v1/calendar/x/feed.ics')).statusCode).toBe(404);
    // Someone else's feed cannot be revoked.
    const coordFeed = await newFeed(coordEng);
    expect((await oia.post(`/api/v1/calendar/feeds/${coordFeed.id}/revoke`)).statusCode).toBe(404);
    const list = (await oia.get('/api/v1/calendar/feeds')).json().items;
    expect(list.every((f: { revokedAt: string | null }) => f.revokedAt !== null)).toBe(true);
  });

  it('publishes public events, and only those, in the public feed', async () => {
    const body = (isPublic: boolean, title: string) => ({
      kind: 'seminar',
      unitId: unit.OIA,
      titleEn: title,
      titleZh: `${title}（中文）`,
      startDate: '2099-06-01',
      endDate: '2099-06-01',
      isPublic,
    });
    const pub = (await oia.post('/api/v1/events', body(true, 'Open, public; seminar'))).json();
    const internal = (await oia.post('/api/v1/events', body(false, 'Staff only'))).json();
    const res = await t.anon.get('/api/v1/calendar/public.ics?locale=en');
    expect(res.statusCode).toBe(200);
    const cal = parseICalendar(res.body);
    const found = events(cal).find((e) => prop(e, 'UID') === `public-event-${pub.id}@meridian`);
    expect(found && prop(found, 'SUMMARY')).toBe('Open, public; seminar');
    expect(events(cal).map((e) => prop(e, 'UID'))).not.toContain(`public-event-${internal.id}@meridian`);
  });

  it("puts partners' nomination deadlines in the feed of those who nominate, on the next such day, in their language", async () => {
    const partnerId = (await oia.get('/api/v1/partners?pageSize=1')).json().items[0].id as number;
    const current = (await oia.get(`/api/v1/partners/${partnerId}/factsheet`)).json();
    const saved = await oia.put(`/api/v1/partners/${partnerId}/factsheet`, {
      deadlines: [{ term: 'autumn', nomination: '03-15', application: '04-01' }],
      links: [],
      version: current.version ?? 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await oia.put('/api/v1/auth/preferences', { locale: 'en' });
    const mine = await newFeed(oia);
    const cal = parseICalendar((await t.anon.get(pathOf(mine.url))).body);
    const nomination = events(cal).find((e) => prop(e, 'UID') === `nomination-${partnerId}-autumn@meridian`);
    expect(nomination).toBeDefined();
    expect(prop(nomination!, 'SUMMARY')).toMatch(/^Nomination deadline, Autumn \(fall semester\): /);
    expect(propOf(nomination!, 'DTSTART')?.value).toMatch(/^\d{4}0315$/);
    // A college coordinator does not nominate: none of these in their feed.
    const theirs = parseICalendar((await t.anon.get(pathOf((await newFeed(coordEng)).url))).body);
    expect(events(theirs).some((e) => (prop(e, 'UID') as string).startsWith('nomination-'))).toBe(false);
  });
});
