import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';

type Field = { path: string; code: string; message: string };
const fieldsOf = (res: { json: () => any }): Field[] => res.json().error?.fields ?? [];

describe.each(DIALECTS)('visits and delegations (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coordEng: Client;
  let coordBus: Client;
  let vp: Client;
  let student: Client;
  let unit: Record<string, number>;
  let partners: { id: number }[];

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coordEng = await t.login(DEMO.coordEng);
    coordBus = await t.login(DEMO.coordBus);
    vp = await t.login(DEMO.executive);
    student = await t.login(DEMO.student);
    const units = (await oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
    partners = (await oia.get('/api/v1/partners?pageSize=5')).json().items;
  });
  afterAll(() => t.close());

  const inbound = (overrides: Record<string, unknown> = {}) => ({
    direction: 'inbound',
    unitId: unit.ENG,
    titleEn: 'Visit of the Dean of Engineering',
    titleZh: '工學院院長來訪',
    purpose: 'Dual degree talks',
    startDate: '2031-10-14',
    endDate: '2031-10-15',
    size: 3,
    partnerIds: [partners[0]!.id],
    people: [
      { side: 'theirs', role: 'guest', name: 'Prof. Kim', title: 'Dean', partnerId: partners[0]!.id },
      { side: 'ours', role: 'host', name: '王院長', title: '院長' },
    ],
    itinerary: [
      { date: '2031-10-14', start: '09:00', end: '10:00', activity: 'Welcome meeting', host: 'Dean Wang' },
      { date: '2031-10-15', start: '10:00', end: '11:30', activity: 'Lab tour', host: 'Prof. Lin' },
    ],
    ...overrides,
  });

  it('creates a visit with the SOP checklist, itinerary with hosts, and attendees both sides', async () => {
    const res = await coordEng.post('/api/v1/visits', inbound());
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v.checklist.map((c: { key: string }) => c.key)).toEqual([
      'invitation_letter',
      'itinerary',
      'rooms',
      'interpreter',
      'gifts',
      'flags',
      'name_cards',
      'meals_dietary',
      'photos',
      'news',
    ]);
    expect(v.itinerary[1]).toMatchObject({ host: 'Prof. Lin', start: '10:00' });
    expect(v.people.map((p: { side: string }) => p.side)).toEqual(['theirs', 'ours']);
    expect(v.partners.map((p: { id: number }) => p.id)).toEqual([partners[0]!.id]);

    // Tick an item and edit; a stale version is refused.
    const checklist = v.checklist.map((c: { key: string }) => ({ ...c, done: c.key === 'flags' }));
    const upd = await coordEng.put(`/api/v1/visits/${v.id}`, {
      ...inbound(),
      checklist,
      status: 'confirmed',
      version: 1,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json().checklist.find((c: { key: string }) => c.key === 'flags').done).toBe(true);
    expect((await coordEng.put(`/api/v1/visits/${v.id}`, { ...inbound(), version: 1 })).statusCode).toBe(409);

    // Another college's coordinator neither reads nor edits it; executives read; students do not.
    expect((await coordBus.get(`/api/v1/visits/${v.id}`)).statusCode).toBe(403);
    expect((await vp.get(`/api/v1/visits/${v.id}`)).statusCode).toBe(200);
    expect((await student.get('/api/v1/visits')).statusCode).toBe(403);
    expect((await coordBus.get('/api/v1/visits')).json().items.map((x: { id: number }) => x.id)).not.toContain(v.id);
    const history = (await oia.get(`/api/v1/visits/${v.id}/history`)).json();
    expect(history.items.length).toBe(2);
  });

  it('answers field problems in the user’s language', async () => {
    const res = await coordEng.post(
      '/api/v1/visits',
      inbound({
        endDate: '2031-10-13',
        itinerary: [{ date: '2031-12-01', activity: 'Late' }],
        people: [{ side: 'ours', role: 'member', name: 'X', userId: 987654 }],
      }),
      { locale: 'en' },
    );
    expect(res.statusCode).toBe(400);
    const paths = fieldsOf(res).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['endDate', 'itinerary.0.date']));
    const zh = await coordEng.post(
      '/api/v1/visits',
      inbound({ people: [{ side: 'ours', role: 'member', name: 'X', userId: 987654 }] }),
      {
        locale: 'zh-TW',
      },
    );
    expect(zh.statusCode).toBe(400);
    expect(fieldsOf(zh)).toEqual([expect.objectContaining({ path: 'people.0.userId', message: '查無此帳號。' })]);
    // A coordinator cannot file a visit for another college.
    expect((await coordEng.post('/api/v1/visits', inbound({ unitId: unit.BUS }))).statusCode).toBe(403);
  });

  it('warns about a gift given before to the same partner or person', async () => {
    const v = (await oia.post('/api/v1/visits', inbound({ unitId: unit.OIA }))).json();
    const first = await oia.post(`/api/v1/visits/${v.id}/gifts`, {
      partnerId: partners[1]!.id,
      recipient: 'Prof. Kim',
      gift: 'Tea set',
      givenOn: '2031-10-14',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().repeats).toEqual([]);
    const again = await oia.post(`/api/v1/visits/${v.id}/gifts`, {
      partnerId: null,
      recipient: ' prof. KIM',
      gift: 'Tea set',
      givenOn: '2031-10-15',
    });
    expect(again.json().repeats.map((g: { gift: string }) => g.gift)).toEqual(['Tea set']);
    const byPartner = (await oia.get(`/api/v1/visits/gifts?partnerId=${partners[1]!.id}`)).json();
    expect(byPartner.length).toBe(1);
    // Another college's coordinator does not learn of gifts given on visits they may not read.
    expect((await coordBus.get('/api/v1/visits/gifts?recipient=Prof.%20Kim')).json()).toEqual([]);
  });

  it('turns follow-ups into tasks with an assignee and due date, which the assignee ticks', async () => {
    const v = (await coordEng.post('/api/v1/visits', inbound())).json();
    const me = (await coordEng.get('/api/v1/auth/me')).json();
    const coordId = me.id;
    const res = await coordEng.post(`/api/v1/visits/${v.id}/followups`, {
      kind: 'draft_agreement',
      title: 'Draft the dual degree agreement',
      partnerId: partners[0]!.id,
      assigneeId: coordId,
      dueOn: '2031-11-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const f = res.json().followups[0];
    expect(f).toMatchObject({ kind: 'draft_agreement', assigneeId: coordId, dueOn: '2031-11-30', doneAt: null });
    const done = await coordEng.post(`/api/v1/visits/${v.id}/followups/${f.id}/done`, { done: true });
    expect(done.json().followups[0].doneAt).not.toBeNull();
    expect((await coordBus.post(`/api/v1/visits/${v.id}/followups/${f.id}/done`, { done: false })).statusCode).toBe(
      403,
    );
  });

  it('gives follow-ups only to colleagues who may open the visit, found by name; the owner sees them at home', async () => {
    const v = (await coordEng.post('/api/v1/visits', inbound())).json();
    const idOf = async (email: string) =>
      (await t.db.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    const [vpId, busId, studentId, oiaId] = await Promise.all([
      idOf(DEMO.executive),
      idOf(DEMO.coordBus),
      idOf(DEMO.student),
      idOf(DEMO.oia),
    ]);
    const list = await coordEng.get(`/api/v1/visits/${v.id}/assignees`);
    expect(list.statusCode, list.body).toBe(200);
    const ids = list.json().items.map((u: { id: number }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([vpId, oiaId]));
    expect(ids).not.toContain(busId); // another college's coordinator cannot open it
    expect(ids).not.toContain(studentId);
    // Names only: no e-mail addresses or roles leave the list.
    expect(Object.keys(list.json().items[0]).sort()).toEqual(['id', 'name']);
    const vpName = list.json().items.find((u: { id: number }) => u.id === vpId).name as string;
    const found = (await coordEng.get(`/api/v1/visits/${v.id}/assignees?q=${encodeURIComponent(vpName)}`)).json();
    expect(found.items.map((u: { id: number }) => u.id)).toEqual([vpId]);
    // Only those who may edit the visit list its assignees.
    expect((await coordBus.get(`/api/v1/visits/${v.id}/assignees`)).statusCode).toBe(403);
    expect((await vp.get(`/api/v1/visits/${v.id}/assignees`)).statusCode).toBe(403);

    const followup = (assigneeId: number) => ({
      kind: 'add_contact',
      title: 'Add Prof. Kim as a contact',
      partnerId: null,
      assigneeId,
      dueOn: '2031-11-15',
    });
    for (const assigneeId of [busId, studentId, 987654]) {
      const refused = await coordEng.post(`/api/v1/visits/${v.id}/followups`, followup(assigneeId), { locale: 'en' });
      expect(refused.statusCode).toBe(400);
      expect(fieldsOf(refused)).toEqual([
        expect.objectContaining({ path: 'assigneeId', message: 'Choose a colleague who may open this record.' }),
      ]);
    }
    const given = await coordEng.post(`/api/v1/visits/${v.id}/followups`, followup(vpId));
    expect(given.statusCode, given.body).toBe(201);
    const f = given.json().followups[0];
    expect(f.assigneeId).toBe(vpId);
    // The owner finds it among their to-dos and ticks it done, though they may not edit the visit.
    const home = (await vp.get('/api/v1/home/todos')).json();
    const todo = home.staff.find((s: { kind: string }) => s.kind === 'followupsAssigned');
    expect(todo.entries).toContainEqual(
      expect.objectContaining({ id: f.id, due: '2031-11-15', path: `/visits/${v.id}` }),
    );
    expect((await vp.post(`/api/v1/visits/${v.id}/followups/${f.id}/done`, { done: true })).statusCode).toBe(200);
    const after = (await vp.get('/api/v1/home/todos')).json();
    const still = after.staff.find((s: { kind: string }) => s.kind === 'followupsAssigned');
    expect(still?.entries ?? []).not.toContainEqual(expect.objectContaining({ id: f.id }));
  });

  it('edits the people of a visit at the version read: add, edit a title, remove; checked and audited', async () => {
    const v = (await coordEng.post('/api/v1/visits', inbound())).json();
    const people = [
      ...v.people.map((p: Record<string, unknown>) =>
        p.name === 'Prof. Kim' ? { ...p, title: 'Dean of Engineering' } : p,
      ),
      { side: 'theirs', role: 'attendee', name: 'Dr. Lee', title: 'Director, International Office' },
    ].filter((p) => p.name !== '王院長');
    const res = await coordEng.put(`/api/v1/visits/${v.id}/people`, { people, version: v.version });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after.version).toBe(v.version + 1);
    expect(after.people.map((p: { name: string; title: string }) => `${p.name}/${p.title}`)).toEqual([
      'Prof. Kim/Dean of Engineering',
      'Dr. Lee/Director, International Office',
    ]);
    expect(after.people[0].partnerId).toBe(partners[0]!.id); // what a row links to is kept
    // A stale version is refused with the record as it is now; another college's coordinator may not.
    const stale = await coordEng.put(`/api/v1/visits/${v.id}/people`, { people: [], version: v.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.people.length).toBe(2);
    expect(
      (await coordBus.put(`/api/v1/visits/${v.id}/people`, { people: [], version: after.version })).statusCode,
    ).toBe(403);
    const bad = await coordEng.put(
      `/api/v1/visits/${v.id}/people`,
      { people: [{ side: 'ours', role: 'host', name: ' ', userId: 987654 }], version: after.version },
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad).map((f) => f.path)).toContain('people.0.name');
    const unknownUser = await coordEng.put(
      `/api/v1/visits/${v.id}/people`,
      { people: [{ side: 'ours', role: 'host', name: 'X', userId: 987654 }], version: after.version },
      { locale: 'en' },
    );
    expect(fieldsOf(unknownUser)).toEqual([expect.objectContaining({ path: 'people.0.userId' })]);
    const history = (await coordEng.get(`/api/v1/visits/${v.id}/history`, { locale: 'en' })).json();
    expect(history.items[0].summary).toMatch(/people changed$/);
    expect(history.items[0].after.people.length).toBe(2);
  });

  it('prints a delegation’s bilingual briefing pack and shows visits both ways on the partner', async () => {
    const delegation = await oia.post('/api/v1/visits', {
      direction: 'outbound',
      unitId: unit.OIA,
      titleZh: '副校長率團訪問韓國',
      titleEn: 'Vice President’s delegation to Korea',
      startDate: '2031-11-03',
      endDate: '2031-11-07',
      topics: 'Campus internationalisation; faculty recruitment',
      budget: 850000,
      fundingSource: 'Higher Education Sprout Project',
      partnerIds: [partners[0]!.id, partners[1]!.id],
      people: [{ side: 'ours', role: 'leader', name: '陳副校長', title: 'Vice President' }],
      itinerary: [{ date: '2031-11-04', activity: 'Meeting with the Vice President', partnerId: partners[0]!.id }],
    });
    expect(delegation.statusCode, delegation.body).toBe(201);
    const d = delegation.json();
    expect(d.checklist.map((c: { key: string }) => c.key)).toContain('briefing_pack');
    const pdf = await oia.get(`/api/v1/visits/${d.id}/briefing.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(10_000);
    expect((await coordBus.get(`/api/v1/visits/${d.id}/briefing.pdf`)).statusCode).toBe(403);

    const onPartner = (await oia.get(`/api/v1/partners/${partners[0]!.id}/visits`)).json().items;
    const directions = new Set(onPartner.map((v: { direction: string }) => v.direction));
    expect(directions).toEqual(new Set(['inbound', 'outbound']));
  });
  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['visit']);
  });
});
