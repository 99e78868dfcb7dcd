import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { readWorkbook } from '#tests/setup/xlsx.js';

describe.each(DIALECTS)('staff training (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'admin' | 'oia' | 'coord' | 'unitStaff' | 'vp' | 'student' | 'coordBus', Client>;

  beforeAll(async () => {
    t = await setupApp(dialect);
    as = {
      admin: await t.login(DEMO.admin),
      oia: await t.login(DEMO.oia),
      coord: await t.login(DEMO.coordEng),
      coordBus: await t.login(DEMO.coordBus),
      unitStaff: await t.login(DEMO.unitStaff),
      vp: await t.login(DEMO.executive),
      student: await t.login(DEMO.student),
    };
  });
  afterAll(() => t.close());

  async function newSession(capacity: number | null = 2) {
    const courses = await as.oia.post('/api/v1/training/courses', {
      titleZh: '境外生輔導工作坊',
      titleEn: 'Workshop: advising international students',
      descriptionZh: '',
      descriptionEn: '',
      mode: 'in_person',
      hours: 2.5,
      unitId: null,
    });
    expect(courses.statusCode, courses.body).toBe(200);
    const course = courses.json().items.at(-1);
    const after = await as.oia.post(`/api/v1/training/courses/${course.id}/sessions`, {
      startsOn: '2031-03-10',
      startTime: '09:30',
      location: 'Room 501',
      capacity,
    });
    expect(after.statusCode, after.body).toBe(200);
    return after.json().items.find((c: { id: number }) => c.id === course.id).sessions[0];
  }

  it('lets OIA staff run courses and sessions; others may not', async () => {
    const body = {
      titleZh: '課',
      titleEn: 'Course',
      descriptionZh: '',
      descriptionEn: '',
      mode: 'online',
      hours: 1,
      unitId: null,
    };
    expect((await as.coord.post('/api/v1/training/courses', body)).statusCode).toBe(403);
    const invalid = await as.oia.post(
      '/api/v1/training/courses',
      { ...body, hours: 0, mode: 'hybrid' },
      { locale: 'zh-TW' },
    );
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['hours', 'mode']);
    expect((await as.student.get('/api/v1/training/courses')).statusCode).toBe(403);
  });

  it('enrols staff once, up to the capacity, and lets them withdraw', async () => {
    const s = await newSession(2);
    const enrolled = await as.coord.post(`/api/v1/training/sessions/${s.id}/enrol`);
    const mine = enrolled
      .json()
      .items.flatMap((c: { sessions: { id: number }[] }) => c.sessions)
      .find((x: { id: number }) => x.id === s.id);
    expect(mine).toMatchObject({ enrolled: 1, mine: { status: 'enrolled' } });
    expect((await as.coord.post(`/api/v1/training/sessions/${s.id}/enrol`)).statusCode).toBe(409);
    expect((await as.unitStaff.post(`/api/v1/training/sessions/${s.id}/enrol`)).statusCode).toBe(200);
    const full = await as.vp.post(`/api/v1/training/sessions/${s.id}/enrol`, undefined, { locale: 'en' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toBe('This session is full.');
    expect((await as.student.post(`/api/v1/training/sessions/${s.id}/enrol`)).statusCode).toBe(403);
    expect((await as.unitStaff.post(`/api/v1/training/sessions/${s.id}/cancel`)).statusCode).toBe(200);
    expect((await as.vp.post(`/api/v1/training/sessions/${s.id}/enrol`)).statusCode).toBe(200);
  });

  it('records attendance with hours, issues a certificate to its holder, and reports hours per person', async () => {
    const s = await newSession(null);
    await as.coordBus.post(`/api/v1/training/sessions/${s.id}/enrol`);
    const list = (await as.oia.get(`/api/v1/training/sessions/${s.id}/enrolments`)).json().items;
    expect((await as.coordBus.get(`/api/v1/training/sessions/${s.id}/enrolments`)).statusCode).toBe(403);
    const e = list[0];
    const cert = `/api/v1/training/enrolments/${e.id}/certificate.pdf`;
    expect((await as.coordBus.get(cert)).statusCode).toBe(409); // not attended yet
    expect(
      (
        await as.coordBus.post(`/api/v1/training/enrolments/${e.id}/attendance`, {
          status: 'attended',
          hours: null,
          version: e.version,
        })
      ).statusCode,
    ).toBe(403);
    const marked = await as.oia.post(`/api/v1/training/enrolments/${e.id}/attendance`, {
      status: 'attended',
      hours: null,
      version: e.version,
    });
    expect(marked.json()).toMatchObject({ status: 'attended', hours: 2.5 });
    const stale = await as.oia.post(`/api/v1/training/enrolments/${e.id}/attendance`, {
      status: 'absent',
      hours: null,
      version: e.version,
    });
    expect(stale.statusCode).toBe(409);

    const pdf = await as.coordBus.get(cert);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await as.coord.get(cert)).statusCode).toBe(403); // someone else's
    expect((await as.oia.get(cert)).statusCode).toBe(200);

    const report = (await as.vp.get('/api/v1/training/hours?year=2031')).json();
    const bus = report.items.find((r: { name: string }) => r.name === '王商管');
    expect(bus).toMatchObject({ sessions: 1, hours: 2.5 });
    expect((await as.coord.get('/api/v1/training/hours?year=2031')).statusCode).toBe(403);
    const xlsx = await as.oia.get('/api/v1/training/hours.xlsx?year=2031', { locale: 'en' });
    const sheet = (await readWorkbook(xlsx.rawPayload)).getWorksheet('2031');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Name', 'Sessions attended', 'Training hours']);
    const mine = (await as.coordBus.get('/api/v1/training/enrolments/mine')).json().items;
    expect(mine[0]).toMatchObject({ status: 'attended', courseTitleEn: 'Workshop: advising international students' });
  });
  it('lets OIA staff edit a course and a session on the version they read, never below the enrolled', async () => {
    const session = await newSession(3);
    const course = (await as.oia.get('/api/v1/training/courses'))
      .json()
      .items.find((c: { id: number }) => c.id === session.courseId);
    const edit = {
      titleZh: '境外生輔導進階工作坊',
      titleEn: 'Advanced workshop: advising international students',
      descriptionZh: '個案討論',
      descriptionEn: 'Case discussion',
      mode: 'online',
      hours: 3,
      unitId: null,
      version: course.version,
    };
    expect((await as.coord.put(`/api/v1/training/courses/${course.id}`, edit)).statusCode).toBe(403);
    const saved = await as.oia.put(`/api/v1/training/courses/${course.id}`, edit);
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json().items.find((c: { id: number }) => c.id === course.id);
    expect(after).toMatchObject({ titleEn: edit.titleEn, mode: 'online', hours: 3, version: course.version + 1 });
    expect((await as.oia.put(`/api/v1/training/courses/${course.id}`, edit)).statusCode).toBe(409); // stale

    expect((await as.coordBus.post(`/api/v1/training/sessions/${session.id}/enrol`)).statusCode).toBe(200);
    expect((await as.coord.post(`/api/v1/training/sessions/${session.id}/enrol`)).statusCode).toBe(200);
    const move = {
      startsOn: '2031-03-17',
      startTime: '14:00',
      location: 'Room 302',
      capacity: 1,
      version: session.version,
    };
    const tooSmall = await as.oia.put(`/api/v1/training/sessions/${session.id}`, move, { locale: 'en' });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().error.fields[0]).toMatchObject({ path: 'capacity' });
    const moved = await as.oia.put(`/api/v1/training/sessions/${session.id}`, { ...move, capacity: 2 });
    expect(moved.statusCode, moved.body).toBe(200);
    const s2 = moved.json().items.find((c: { id: number }) => c.id === course.id).sessions[0];
    expect(s2).toMatchObject({
      startsOn: '2031-03-17',
      startTime: '14:00',
      location: 'Room 302',
      capacity: 2,
      enrolled: 2,
    });
    const history = await t.db.db
      .selectFrom('audit_log')
      .select(['summary_key'])
      .where('entity_type', '=', 'training_session')
      .where('entity_id', '=', session.id)
      .where('action', '=', 'update')
      .execute();
    expect(history).toEqual([{ summary_key: 'auditSummaries.trainingSession' }]);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['training_course', 'training_session', 'training_enrolment']);
  });
});
