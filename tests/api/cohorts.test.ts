import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { uploadFile, workbook } from '#tests/setup/xlsx.js';

type Field = { path: string; message: string };
const fieldOf = (res: { json: () => any }, path: string): Field | undefined =>
  (res.json().error?.fields ?? []).find((f: Field) => f.path === path);

describe.each(DIALECTS)('cohort programs (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'oia' | 'oiaIss' | 'coordEng' | 'vp' | 'admin' | 'student', Client>;
  let unit: Record<string, number>;
  let programId: number;

  beforeAll(async () => {
    t = await setupApp(dialect);
    as = {
      oia: await t.login(DEMO.oia),
      oiaIss: await t.login(DEMO.oiaIss),
      coordEng: await t.login(DEMO.coordEng),
      vp: await t.login(DEMO.executive),
      admin: await t.login(DEMO.admin),
      student: await t.login(DEMO.student),
    };
    const units = (await as.oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
  });
  afterAll(() => t.close());

  const program = (o: Record<string, unknown> = {}) => ({
    unitId: unit['OIA-IC'],
    nameZh: '國際人才培育專班',
    nameEn: 'International Talent Training Program',
    startDate: '2024-09-01',
    endDate: '2025-06-30',
    places: 3,
    applicationsOpen: true,
    minAttendance: 50,
    descriptionZh: null,
    descriptionEn: null,
    organisations: [
      { role: 'government', nameZh: '索諾拉州政府', nameEn: 'Sonora State Government', fundingNtd: 1_000_000 },
      {
        role: 'research',
        nameZh: '工業技術研究院',
        nameEn: 'Industrial Technology Research Institute',
        fundingNtd: 500_000,
      },
    ],
    ...o,
  });
  const applicant = (n: number, o: Record<string, unknown> = {}) => ({
    name: `Applicant ${n}`,
    email: `applicant${n}@example.mx`,
    nationality: 'mx',
    institution: 'Universidad de Sonora',
    ...o,
  });

  it('seeds the Sonora program: 21 participants, all completed, each with a certificate a stranger can verify', async () => {
    const programs = (await as.oia.get('/api/v1/cohorts')).json().items as { id: number; nameEn: string }[];
    const sonora = programs.find((p) => p.nameEn === 'Sonora State Government International Talent Training Program');
    expect(sonora).toBeDefined();
    const p = (await as.vp.get(`/api/v1/cohorts/${sonora?.id}`)).json();
    expect(p.funnel).toMatchObject({ participants: 21, completed: 21, certificates: 21 });
    const people = (await as.oia.get(`/api/v1/cohorts/${sonora?.id}/participants`)).json().items;
    expect(people.every((x: { completed: boolean }) => x.completed)).toBe(true);
    const check = await t.anon.get(`/api/v1/public/certificates/${people[0].certificateCode}`);
    expect(check.json()).toMatchObject({ programZh: '墨西哥索諾拉州政府國際人才培育專班', issuedOn: '2025-06-20' });
  });

  it('gives the report builder the funnel and outcome per application, the same as the program page', async () => {
    const programs = (await as.oia.get('/api/v1/cohorts')).json().items as { id: number; nameEn: string }[];
    const sonora = programs.find((p) => p.nameEn === 'Sonora State Government International Talent Training Program');
    const run = await as.oia.post(
      '/api/v1/reports/builder/run',
      {
        entity: 'cohort_applications',
        filters: [
          { field: 'program', op: 'eq', value: 'Sonora State Government International Talent Training Program' },
        ],
        groupBy: ['participant', 'certified'],
        columns: ['program', 'stage', 'attendedHours'],
      },
      { locale: 'en' },
    );
    expect(run.statusCode, run.body).toBe(200);
    const page = (await as.oia.get(`/api/v1/cohorts/${sonora?.id}`)).json();
    const groups = run.json().groups as { keys: { label: string }[]; count: number; sums: { attendedHours: number } }[];
    const certified = groups.find((g) => g.keys.map((k) => k.label).join('|') === 'Yes|Yes');
    expect(certified?.count).toBe(page.funnel.certificates);
    expect(certified?.sums.attendedHours).toBeGreaterThan(0);
    expect(run.json().total).toBe(groups.reduce((n, g) => n + g.count, 0));
    // Labels in the reader's language: a stage reads as the program page names it.
    expect(run.json().rows.items.some((r: { stage: unknown }) => r.stage === 'Accepted')).toBe(true);
    // The builder is for report builders: a student gets 403.
    const refused = await as.student.post('/api/v1/reports/builder/run', {
      entity: 'cohort_applications',
      filters: [],
      groupBy: [],
      columns: ['stage'],
    });
    expect(refused.statusCode).toBe(403);
  });

  it('creates a program with its organisations and funding; field errors in the user’s language', async () => {
    const bad = await as.oia.post(
      '/api/v1/cohorts',
      program({
        endDate: '2024-01-01',
        organisations: [{ role: 'sponsor', partnerId: 999999, nameZh: '甲', nameEn: 'A' }],
      }),
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad, 'endDate')?.message).toBe('The end date cannot be before the start date.');
    const unknownPartner = await as.oia.post(
      '/api/v1/cohorts',
      program({ organisations: [{ role: 'sponsor', partnerId: 999999, nameZh: '甲', nameEn: 'A' }] }),
      { locale: 'zh-TW' },
    );
    expect(unknownPartner.statusCode).toBe(400);
    expect(fieldOf(unknownPartner, 'organisations.0.partnerId')).toBeDefined();

    const res = await as.oia.post('/api/v1/cohorts', program());
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    programId = p.id;
    expect(p).toMatchObject({
      fundingTotalNtd: 1_500_000,
      applicationsOpen: true,
      permissions: { update: true, counsel: true },
    });
    expect(p.organisations.map((o: any) => o.role)).toEqual(['government', 'research']);

    // Student Services staff read it but do not run it; a student does not see programs at all.
    expect((await as.oiaIss.get(`/api/v1/cohorts/${programId}`)).json().permissions).toEqual({
      update: false,
      counsel: false,
    });
    expect((await as.oiaIss.post('/api/v1/cohorts', program())).statusCode).toBe(403);
    expect((await as.student.get('/api/v1/cohorts')).statusCode).toBe(403);
  });

  it('takes public applications with a honeypot, size limit and a clear duplicate error', async () => {
    expect((await t.anon.get(`/api/v1/public/cohorts/${programId}`)).json()).toMatchObject({
      nameEn: 'International Talent Training Program',
    });
    const ok = await t.anon.post(`/api/v1/public/cohorts/${programId}/applications`, applicant(1));
    expect(ok.statusCode, ok.body).toBe(201);
    const dup = await t.anon.post(
      `/api/v1/public/cohorts/${programId}/applications`,
      applicant(1, { email: 'APPLICANT1@example.mx ', name: 'Other' }),
      { locale: 'en' },
    );
    expect(dup.statusCode).toBe(400);
    expect(fieldOf(dup, 'email')?.message).toMatch(/already applied/);
    const bot = await t.anon.post(
      `/api/v1/public/cohorts/${programId}/applications`,
      applicant(2, { website: 'http://spam' }),
    );
    expect(bot.statusCode).toBe(201);
    const huge = await t.anon.post(
      `/api/v1/public/cohorts/${programId}/applications`,
      applicant(3, { motivation: 'x'.repeat(20_000) }),
    );
    expect(huge.statusCode).toBe(413);
    const list = (await as.oia.get(`/api/v1/cohorts/${programId}/applications`)).json();
    expect(list.items.map((a: any) => a.email)).toEqual(['applicant1@example.mx']);
    expect(list.items[0]).toMatchObject({ source: 'form', stage: 'submitted', nationality: 'MX' });
  });

  it('lists the funnel by keyset pages with filters; applicants are not for executives', async () => {
    for (let n = 10; n < 17; n++)
      expect((await as.oia.post(`/api/v1/cohorts/${programId}/applications`, applicant(n))).statusCode).toBe(201);
    const seen: number[] = [];
    let after: number | null = null;
    do {
      const page: any = (
        await as.oia.get(`/api/v1/cohorts/${programId}/applications?pageSize=3${after ? `&after=${after}` : ''}`)
      ).json();
      expect(page.total).toBe(8);
      seen.push(...page.items.map((a: any) => a.id));
      after = page.nextAfter;
    } while (after);
    expect(seen).toHaveLength(8);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    const staff = (await as.oia.get(`/api/v1/cohorts/${programId}/applications?source=staff&q=applicant1`)).json();
    expect(staff.total).toBe(7);
    expect((await as.vp.get(`/api/v1/cohorts/${programId}/applications`)).statusCode).toBe(403);
  });

  async function move(id: number, stage: string, extra: Record<string, unknown> = {}) {
    const current = (await as.oia.get(`/api/v1/cohorts/${programId}/applications?pageSize=200`))
      .json()
      .items.find((a: any) => a.id === id);
    return as.oia.post(
      `/api/v1/cohorts/${programId}/applications/${id}/stage`,
      { stage, version: current.version, ...extra },
      { locale: 'en' },
    );
  }

  it('moves applications through screening, interview, offer and acceptance; refuses skipped stages', async () => {
    const ids = (await as.oia.get(`/api/v1/cohorts/${programId}/applications?q=applicant1`))
      .json()
      .items.map((a: any) => a.id) as number[];
    const [a, b, c] = ids as [number, number, number];
    expect((await move(a, 'offered')).statusCode).toBe(409);
    const noReason = await move(c, 'rejected');
    expect(noReason.statusCode).toBe(400);
    expect(fieldOf(noReason, 'reason')).toBeDefined();
    expect((await move(c, 'rejected', { reason: 'Below the threshold', score: 41 })).json()).toMatchObject({
      stage: 'rejected',
      score: 41,
    });
    for (const id of [a, b]) {
      expect((await move(id, 'screening', { score: 88 })).statusCode).toBe(200);
      expect((await move(id, 'interview')).statusCode).toBe(400); // no interview date
      expect((await move(id, 'interview', { interviewOn: '2024-07-01' })).statusCode).toBe(200);
      expect((await move(id, 'offered')).statusCode).toBe(200);
      expect((await move(id, 'accepted')).statusCode).toBe(200);
    }
    const stale = await as.oia.post(`/api/v1/cohorts/${programId}/applications/${a}/stage`, {
      stage: 'withdrawn',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const p = (await as.oia.get(`/api/v1/cohorts/${programId}`)).json();
    expect(p.funnel.byStage).toMatchObject({ accepted: 2, rejected: 1, submitted: 5 });
    expect(p.funnel.participants).toBe(2);
    expect((await as.oia.get(`/api/v1/cohorts/${programId}/applications?stage=accepted`)).json().total).toBe(2);

    // Each applicant hears of the stages that ask something of them or decide, in one bilingual mail each
    // (screening is not mailed); the refused move above (409) mailed nothing.
    const emails = (await as.oia.get(`/api/v1/cohorts/${programId}/applications?pageSize=200`))
      .json()
      .items.filter((x: any) => [a, c].includes(x.id))
      .map((x: any) => x.email);
    const mails = await t.db.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'subject', 'body_text'])
      .where('to_address', 'in', emails)
      .orderBy('id')
      .execute();
    expect(mails.map((m) => m.subject).join('\n')).toMatch(/面試通知：國際人才培育專班 \/ Interview: International/);
    expect(mails.some((m) => /很遺憾，本次未能錄取[\s\S]*cannot offer you a place/.test(m.body_text))).toBe(true);
    expect(mails.find((m) => /面試/.test(m.subject))?.body_text).toMatch(/2024-07-01/);
  });

  it('evaluates completion from attendance and refuses a certificate to who did not complete', async () => {
    const s1 = (
      await as.oia.post(`/api/v1/cohorts/${programId}/sessions`, {
        kind: 'course',
        titleZh: '半導體製程',
        titleEn: 'Semiconductor processes',
        heldOn: '2024-10-01',
        hours: 3,
        required: true,
      })
    ).json();
    const outside = await as.oia.post(`/api/v1/cohorts/${programId}/sessions`, {
      kind: 'chinese',
      titleZh: '華語',
      titleEn: 'Chinese',
      heldOn: '2026-10-01',
      hours: 2,
    });
    expect(outside.statusCode).toBe(400);
    const s2 = (
      await as.oia.post(`/api/v1/cohorts/${programId}/sessions`, {
        kind: 'chinese',
        titleZh: '華語一',
        titleEn: 'Chinese I',
        heldOn: '2024-10-02',
        hours: 2,
      })
    ).json();
    expect(s2.hoursByKind).toMatchObject({ course: 3, chinese: 2 });
    const [required, optional] = s2.items as { id: number }[];
    const people = (await as.oia.get(`/api/v1/cohorts/${programId}/participants`)).json().items as {
      id: number;
      name: string;
    }[];
    const [done, missed] = people as unknown as [{ id: number }, { id: number }];
    const mark = (sid: number, marks: unknown[]) =>
      as.oia.put(`/api/v1/cohorts/${programId}/sessions/${sid}/attendance`, { marks });
    expect(
      (
        await mark(required!.id, [
          { participantId: done.id, present: true },
          { participantId: missed.id, present: false },
        ])
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await mark(optional!.id, [
          { participantId: done.id, present: true },
          { participantId: missed.id, present: true },
        ])
      ).statusCode,
    ).toBe(200);
    expect((await mark(optional!.id, [{ participantId: 999999, present: true }])).statusCode).toBe(400);
    expect(s1.items).toHaveLength(1);

    const list = (await as.oia.get(`/api/v1/cohorts/${programId}/participants`)).json().items;
    expect(list.find((p: any) => p.id === done.id)).toMatchObject({ attendancePct: 100, completed: true });
    expect(list.find((p: any) => p.id === missed.id)).toMatchObject({
      attendancePct: 50,
      missedRequired: 1,
      completed: false,
    });

    const refused = await as.oia.post(
      `/api/v1/cohorts/${programId}/participants/${missed.id}/certificate`,
      {},
      { locale: 'en' },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/has not completed/);
    expect(
      (await as.oia.get(`/api/v1/cohorts/${programId}/participants/${missed.id}/certificate.pdf`)).statusCode,
    ).toBe(409);

    const issued = await as.oia.post(`/api/v1/cohorts/${programId}/participants/${done.id}/certificate`);
    expect(issued.statusCode, issued.body).toBe(200);
    const { code } = issued.json();
    expect((await as.oia.post(`/api/v1/cohorts/${programId}/participants/${done.id}/certificate`)).json().code).toBe(
      code,
    );
    const pdf = await as.oia.get(`/api/v1/cohorts/${programId}/participants/${done.id}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const verified = await t.anon.get(`/api/v1/public/certificates/${code.toLowerCase()}`);
    expect(verified.statusCode).toBe(200);
    expect(Object.keys(verified.json()).sort()).toEqual(['issuedOn', 'name', 'programEn', 'programZh']);
    expect((await t.anon.get('/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ')).statusCode).toBe(404);
    expect((await as.oia.get(`/api/v1/cohorts/${programId}`)).json().funnel).toMatchObject({
      completed: 1,
      certificates: 1,
    });
  });

  it('keeps the counselling log to the mentor and the program’s staff, logging every read', async () => {
    const people = (await as.oia.get(`/api/v1/cohorts/${programId}/participants`)).json().items as any[];
    const p = people[0];
    const mentors = (await as.oia.get('/api/v1/cohorts/mentors')).json().items as { id: number; name: string }[];
    const coordId =
      (await as.coordEng.get('/api/v1/auth/me')).json().user?.id ??
      (await as.coordEng.get('/api/v1/auth/me')).json().id;
    expect(mentors.some((m) => m.id === coordId)).toBe(true);
    const url = `/api/v1/cohorts/${programId}/participants/${p.id}`;
    expect((await as.oia.put(url, { mentorId: coordId, withdrawnOn: null, version: p.version })).statusCode).toBe(200);

    const note = await as.coordEng.post(`${url}/counselling`, {
      metOn: '2024-11-01',
      note: 'Homesick; referred to the counselling centre.',
    });
    expect(note.statusCode, note.body).toBe(201);
    expect((await as.oia.get(`${url}/counselling`)).json().items[0].note).toMatch(/Homesick/);
    for (const c of [as.oiaIss, as.vp, as.admin, as.student])
      expect((await c.get(`${url}/counselling`)).statusCode).toBe(403);
    const logged = await t.db.db
      .selectFrom('pii_access_log')
      .select(['user_id', 'detail'])
      .where('field', '=', 'cohortCounselling')
      .execute();
    expect(logged.length).toBe(2); // the mentor's write answers the list (one read) and the staff read
    expect(logged.every((l) => l.detail === `cohort_participant:${p.id}`)).toBe(true);
    // The audit log says a note was written, never what it says.
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['after_json', 'summary'])
      .where('entity_type', '=', 'cohort_participant')
      .execute();
    expect(audit.some((a) => (a.after_json ?? '').includes('Homesick') || (a.summary ?? '').includes('Homesick'))).toBe(
      false,
    );
  });

  it('imports applications from xlsx all or nothing, reporting duplicates by row', async () => {
    const url = `/api/v1/cohorts/${programId}/applications/import`;
    const withDup = await workbook([
      {
        name: 'Applicants',
        rows: [
          ['Name', 'E-mail', 'Nationality'],
          ['Ana', 'ana@example.mx', 'MX'],
          ['Ana B', 'ANA@example.mx', 'MX'],
          ['Old', 'applicant1@example.mx', 'MX'],
        ],
      },
    ]);
    const refused = (await uploadFile(t, as.oia, url, withDup, { locale: 'en' })).json();
    expect(refused.created).toBe(0);
    expect(refused.problems.map((p: any) => [p.row, p.field])).toEqual([
      [3, 'email'],
      [4, 'email'],
    ]);
    const clean = await workbook([
      {
        name: 'Applicants',
        rows: [
          ['姓名', '電子郵件'],
          ['Ana', 'ana@example.mx'],
          ['Luis', 'luis@example.mx'],
        ],
      },
    ]);
    expect((await uploadFile(t, as.oia, url, clean)).json()).toEqual({ created: 2, problems: [] });
    expect((await as.oia.get(`/api/v1/cohorts/${programId}/applications?source=import`)).json().total).toBe(2);
    expect((await uploadFile(t, as.oiaIss, url, clean)).statusCode).toBe(403);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['cohort_program', 'cohort_application', 'cohort_participant']);
  });
});

describe('the public application form’s rate limit', () => {
  it('slows one address down after the signed-out forms’ rate, and a closed program takes no applications', async () => {
    const t = await setupApp('sqlite', { LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const programs = await t.db.db.selectFrom('cohort_programs').select(['id', 'applications_open']).execute();
      const open = programs.find((p) => p.applications_open === 1);
      const closed = programs.find((p) => p.applications_open === 0);
      expect((await t.anon.get(`/api/v1/public/cohorts/${closed?.id}`)).statusCode).toBe(404);
      const url = `/api/v1/public/cohorts/${open?.id}/applications`;
      const answers: number[] = [];
      for (let n = 0; n < 4; n++)
        answers.push((await t.anon.post(url, { name: `Rate ${n}`, email: `rate${n}@example.mx` })).statusCode);
      expect(answers).toEqual([201, 201, 201, 429]);
      await expectSummariesAsData(t.db.db, ['cohort_application']); // the public form's entries too
    } finally {
      await t.close();
    }
  });
});
