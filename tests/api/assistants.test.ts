import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate, semesterOf } from '#shared/calendar.js';
import { FACTORY_PASSWORD, insertStudent, makeUser, unitIdsByCode } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';

const fieldOf = (res: { json: () => any }, path: string) =>
  (res.json().error?.fields ?? []).find((f: { path: string }) => f.path === path);

describe.each(DIALECTS)('student-assistant corps (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let unit: Record<string, number>;
  const today = businessDate(new Date());
  const term = semesterOf(today);

  /** A student of `unitCode` with an account of role `student`, signed in. */
  async function studentWithAccount(unitCode: string, locale = 'en') {
    const admin = await t.login(DEMO.admin);
    const user = await makeUser(admin, { role: 'student', unitId: unit[unitCode] as number }, { locale });
    const personId = await insertStudent(t, unit[unitCode] as number, { user_id: user.id });
    return { personId, userId: user.id, client: await t.login(user.email, FACTORY_PASSWORD) };
  }

  async function openRound(overrides: Record<string, unknown> = {}) {
    const res = await oia.post('/api/v1/assistant-rounds', {
      academicYear: term.academicYear,
      semester: term.semester,
      titleZh: '國際化行政支援學生招募',
      titleEn: 'Administrative support students',
      collegeIds: [unit.ENG],
      opensOn: addDays(today, -7),
      closesOn: addDays(today, 7),
      places: 2,
      ...overrides,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  /** A student applied, interviewed and selected: the assistant record and the student's client. */
  async function selectedAssistant() {
    const round = await openRound();
    const s = await studentWithAccount('CSIE');
    const app = (
      await s.client.post(`/api/v1/assistant-rounds/${round.id}/applications`, {
        skills: ['photoshop'],
        languages: ['zh', 'en'],
      })
    ).json();
    const iv = await oia.post(`/api/v1/assistant-applications/${app.id}/stage`, {
      stage: 'interview',
      interviewOn: today,
      interviewScore: 85,
      version: app.version,
    });
    const sel = await oia.post(`/api/v1/assistant-applications/${app.id}/stage`, {
      stage: 'selected',
      version: iv.json().version,
    });
    expect(sel.statusCode, sel.body).toBe(200);
    return { ...s, assistantId: sel.json().assistantId as number };
  }

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    unit = await unitIdsByCode(oia);
  });
  afterAll(() => t.close());

  it('seeds the demo corps: 25 assistants from 4 colleges, the demo assistant among them, and a buddy round with pairs', async () => {
    const items = (
      await oia.get(`/api/v1/assistants?academicYear=${term.academicYear}&semester=${term.semester}`)
    ).json().items;
    const demo = items.filter((a: { startedOn: string }) => a.startedOn <= today);
    expect(demo.length).toBeGreaterThanOrEqual(25);
    const own = (await (await t.login(DEMO.assistant)).get('/api/v1/assistants/mine')).json().items;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ nameEn: 'Tina Tsai' });
    expect(own[0].tasks.length).toBeGreaterThan(0);
    const rounds = (await oia.get('/api/v1/buddy-rounds')).json().items;
    expect(rounds.some((r: { status: string; pairs: number }) => r.status === 'published' && r.pairs >= 4)).toBe(true);
    expect((await (await t.login(DEMO.student)).get('/api/v1/buddy/mine')).json().items.length).toBeGreaterThan(0);
  });

  it('takes applications from students of the round’s colleges once, and moves them through the stages', async () => {
    const round = await openRound();
    const eng = await studentWithAccount('CSIE');
    const bus = await studentWithAccount('BUS');

    const visible = (await eng.client.get('/api/v1/assistant-rounds')).json().items.map((r: { id: number }) => r.id);
    expect(visible).toContain(round.id);
    expect(
      (await bus.client.get('/api/v1/assistant-rounds')).json().items.map((r: { id: number }) => r.id),
    ).not.toContain(round.id);

    const applied = await eng.client.post(`/api/v1/assistant-rounds/${round.id}/applications`, {
      motivation: 'I like people',
      languages: ['zh', 'en', 'ja'],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ stage: 'applied', personId: eng.personId, languages: ['zh', 'en', 'ja'] });
    const again = await eng.client.post(`/api/v1/assistant-rounds/${round.id}/applications`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE');

    const closed = await bus.client.post(`/api/v1/assistant-rounds/${round.id}/applications`, {}, { locale: 'zh-TW' });
    expect(closed.statusCode).toBe(400);
    expect(fieldOf(closed, 'personId').message).toBe('本梯次未開放此學院的學生應徵。');

    const app = applied.json();
    const skip = await oia.post(`/api/v1/assistant-applications/${app.id}/stage`, {
      stage: 'selected',
      version: app.version,
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('INVALID_TRANSITION');
    const noReason = await oia.post(`/api/v1/assistant-applications/${app.id}/stage`, {
      stage: 'rejected',
      version: app.version,
    });
    expect(fieldOf(noReason, 'reason')).toBeDefined();
    expect(
      (await eng.client.post(`/api/v1/assistant-applications/${app.id}/stage`, { stage: 'interview', version: 1 }))
        .statusCode,
    ).toBe(403);

    const detail = (await oia.get(`/api/v1/assistant-rounds/${round.id}`)).json();
    expect(detail.applications.map((a: { id: number }) => a.id)).toEqual([app.id]);
    expect((await eng.client.get(`/api/v1/assistant-rounds/${round.id}`)).statusCode).toBe(403);
  });

  it('refuses applications outside the dates and selections beyond the places', async () => {
    const past = await openRound({ opensOn: addDays(today, -30), closesOn: addDays(today, -1), places: 1 });
    const s1 = await studentWithAccount('EE');
    const late = await s1.client.post(`/api/v1/assistant-rounds/${past.id}/applications`, {});
    expect(late.statusCode).toBe(409);
    // Staff enter a paper application whatever the dates.
    const s2 = await studentWithAccount('ME');
    const a1 = (await oia.post(`/api/v1/assistant-rounds/${past.id}/applications`, { personId: s1.personId })).json();
    const a2 = (await oia.post(`/api/v1/assistant-rounds/${past.id}/applications`, { personId: s2.personId })).json();
    for (const a of [a1, a2])
      await oia.post(`/api/v1/assistant-applications/${a.id}/stage`, { stage: 'interview', version: 1 });
    expect(
      (await oia.post(`/api/v1/assistant-applications/${a1.id}/stage`, { stage: 'selected', version: 2 })).statusCode,
    ).toBe(200);
    const full = await oia.post(
      `/api/v1/assistant-applications/${a2.id}/stage`,
      { stage: 'selected', version: 2 },
      { locale: 'en' },
    );
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toMatch(/places/);
  });

  it('gives an assistant their own tasks and hours only; staff approve hours; the month exports with real dates', async () => {
    const a = await selectedAssistant();
    const other = await selectedAssistant();
    const task = await oia.post(`/api/v1/assistants/${a.assistantId}/tasks`, {
      kind: 'translation',
      titleEn: 'Translate the brochure',
      dueOn: addDays(today, 14),
    });
    expect(task.statusCode, task.body).toBe(201);
    expect(
      (await a.client.post(`/api/v1/assistants/${a.assistantId}/tasks`, { kind: 'other', titleEn: 'x', dueOn: today }))
        .statusCode,
    ).toBe(403);

    const mine = (await a.client.get('/api/v1/assistants/mine')).json().items;
    expect(mine.map((x: { id: number }) => x.id)).toEqual([a.assistantId]);
    expect(mine[0].tasks.map((x: { titleEn: string }) => x.titleEn)).toEqual(['Translate the brochure']);
    expect((await a.client.get(`/api/v1/assistants/${other.assistantId}`)).statusCode).toBe(403);
    expect((await a.client.get('/api/v1/assistants')).json().items.map((x: { id: number }) => x.id)).toEqual([
      a.assistantId,
    ]);

    const url = `/api/v1/assistants/${a.assistantId}/hours`;
    const future = await a.client.post(url, { workedOn: addDays(today, 1), minutes: 60, description: 'x' });
    expect(fieldOf(future, 'workedOn')).toBeDefined();
    const odd = await a.client.post(url, { workedOn: today, minutes: 50, description: 'x' });
    expect(fieldOf(odd, 'minutes')).toBeDefined();
    const foreignTask = await other.client.post(`/api/v1/assistants/${other.assistantId}/hours`, {
      workedOn: today,
      minutes: 60,
      description: 'x',
      taskId: task.json().id,
    });
    expect(fieldOf(foreignTask, 'taskId')).toBeDefined();
    expect((await other.client.post(url, { workedOn: today, minutes: 60, description: 'x' })).statusCode).toBe(403);

    const logged = await a.client.post(url, {
      workedOn: today,
      minutes: 150,
      description: 'Brochure, pages 1–4',
      taskId: task.json().id,
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const second = (await a.client.post(url, { workedOn: today, minutes: 60, description: '=HYPERLINK("x")' })).json();
    expect(
      (await a.client.post(`/api/v1/assistant-hours/${logged.json().id}/review`, { decision: 'approved', version: 1 }))
        .statusCode,
    ).toBe(403);
    const ok = await oia.post(`/api/v1/assistant-hours/${logged.json().id}/review`, {
      decision: 'approved',
      version: 1,
    });
    expect(ok.json()).toMatchObject({ status: 'approved', version: 2 });
    expect(
      (
        await oia.post(`/api/v1/assistant-hours/${logged.json().id}/review`, {
          decision: 'rejected',
          note: 'no',
          version: 2,
        })
      ).statusCode,
    ).toBe(409);
    const rejected = await oia.post(`/api/v1/assistant-hours/${second.id}/review`, {
      decision: 'rejected',
      version: 1,
    });
    expect(fieldOf(rejected, 'note')).toBeDefined();
    await oia.post(`/api/v1/assistant-hours/${second.id}/review`, {
      decision: 'rejected',
      note: 'Not assistant work',
      version: 1,
    });

    const record = (await oia.get(`/api/v1/assistants/${a.assistantId}`)).json();
    expect(record).toMatchObject({ approvedMinutes: 150, pendingMinutes: 0, openTasks: 1 });

    const month = today.slice(0, 7);
    const xlsx = await a.client.get(`/api/v1/assistants/${a.assistantId}/hours.xlsx?month=${month}`);
    expect(xlsx.statusCode).toBe(200);
    const sheet = (await readWorkbook(xlsx.rawPayload)).worksheets[0];
    const first = sheet?.getRow(2);
    if (!first) throw new Error('no first row');
    expect(first.getCell(1).value).toBeInstanceOf(Date);
    expect((first.getCell(1).value as Date).toISOString().slice(0, 10)).toBe(today);
    expect(first.getCell(4).value).toBe(2.5);
    expect(sheet?.getRow(3).getCell(3).value).toBe('\'=HYPERLINK("x")');
    expect(sheet?.getRow(4).getCell(4).value).toBe(2.5); // the approved total: the rejected hour is not paid
    expect((await other.client.get(`/api/v1/assistants/${a.assistantId}/hours.xlsx?month=${month}`)).statusCode).toBe(
      403,
    );
  });

  it('keeps end-of-term feedback per side and certifies only approved service', async () => {
    const a = await selectedAssistant();
    const cert = `/api/v1/assistants/${a.assistantId}/certificate.pdf`;
    expect((await a.client.get(cert)).statusCode).toBe(409);
    const h = (
      await a.client.post(`/api/v1/assistants/${a.assistantId}/hours`, {
        workedOn: today,
        minutes: 90,
        description: 'Conference desk',
      })
    ).json();
    expect((await a.client.get(cert)).statusCode).toBe(409); // pending hours certify nothing
    await oia.post(`/api/v1/assistant-hours/${h.id}/review`, { decision: 'approved', version: 1 });
    const pdf = await a.client.get(cert);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const fb = `/api/v1/assistants/${a.assistantId}/feedback`;
    expect(
      fieldOf(await a.client.put(`${fb}/assistant`, { text: 'I learned a lot', rating: 5 }), 'rating'),
    ).toBeDefined();
    expect((await a.client.put(`${fb}/assistant`, { text: 'I learned to plan events.' })).statusCode).toBe(200);
    expect((await a.client.put(`${fb}/staff`, { text: 'Great', rating: 5 })).statusCode).toBe(403);
    const staff = await oia.put(`${fb}/staff`, { text: 'Reliable and careful.', rating: 4 });
    expect(staff.json().feedback.map((f: { author: string; rating: number | null }) => [f.author, f.rating])).toEqual([
      ['assistant', null],
      ['staff', 4],
    ]);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['entity_type', 'parent_id'])
      .where('entity_type', '=', 'assistant_feedback')
      .where('parent_id', '=', a.assistantId)
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('gives the report builder the hours of service and the students taking part, per college', async () => {
    const a = await selectedAssistant();
    const h = (
      await a.client.post(`/api/v1/assistants/${a.assistantId}/hours`, {
        workedOn: today,
        minutes: 45,
        description: 'Desk',
      })
    ).json();
    await oia.post(`/api/v1/assistant-hours/${h.id}/review`, { decision: 'approved', version: 1 });
    const run = (filters: unknown[]) =>
      oia.post('/api/v1/reports/builder/run', {
        entity: 'assistants',
        filters,
        groupBy: ['unit'],
        columns: ['unit', 'approvedHours'],
      });
    const before = (await run([{ field: 'unit', op: 'eq', value: unit.CSIE }])).json();
    expect(before.groups[0]).toMatchObject({ count: before.total });
    expect(before.groups[0].sums.approvedHours).toBeGreaterThanOrEqual(0.75);
    const ours = (await oia.get(`/api/v1/assistants?academicYear=${term.academicYear}`))
      .json()
      .items.filter((x: { unitId: number }) => x.unitId === unit.CSIE);
    expect(before.total).toBe(ours.length);
    const minutes = ours.reduce((s: number, x: { approvedMinutes: number }) => s + x.approvedMinutes, 0);
    expect(before.groups[0].sums.approvedHours).toBeCloseTo(minutes / 60, 1);
  });

  it('lets a college coordinator read only their college’s assistants', async () => {
    const a = await selectedAssistant();
    const eng = await t.login(DEMO.coordEng);
    const bus = await t.login(DEMO.coordBus);
    expect((await eng.get(`/api/v1/assistants/${a.assistantId}`)).statusCode).toBe(200);
    expect((await bus.get(`/api/v1/assistants/${a.assistantId}`)).statusCode).toBe(403);
    expect((await bus.get('/api/v1/assistants')).json().items.map((x: { id: number }) => x.id)).not.toContain(
      a.assistantId,
    );
    expect(
      (await eng.post(`/api/v1/assistants/${a.assistantId}/tasks`, { kind: 'other', titleEn: 'x', dueOn: today }))
        .statusCode,
    ).toBe(403);
  });
});
