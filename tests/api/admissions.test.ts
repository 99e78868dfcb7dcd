import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicationFromNomination } from '#server/modules/admissions/nomination.service.js';
import { BASE, fieldsOf, HOUR, PUB, programBody, roundBody, signInApplicant } from '#tests/api/admissions-fixtures.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

describe.each(DIALECTS)('international admissions (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'oiaIss' | 'oiaIc' | 'coordEng' | 'coordBus' | 'admin', Client>;
  let unit: Record<string, number>;
  let coordEngId: number;
  let roundId: number;
  let programId: number;

  beforeAll(async () => {
    t = await setupApp(dialect);
    as = {
      oiaIss: await t.login(DEMO.oiaIss),
      oiaIc: await t.login(DEMO.oia),
      coordEng: await t.login(DEMO.coordEng),
      coordBus: await t.login(DEMO.coordBus),
      admin: await t.login(DEMO.admin),
    };
    const units = (await as.oiaIss.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
    coordEngId =
      (await as.coordEng.get('/api/v1/auth/me')).json().user?.id ??
      (await as.coordEng.get('/api/v1/auth/me')).json().id;
  });
  afterAll(() => t.close());

  const hour = HOUR;
  const round = roundBody;
  const program = (o: Record<string, unknown> = {}) => programBody(unit.CSIE as number, [coordEngId], o);
  const applicant = (email: string, locale = 'en') => signInApplicant(t, email, locale);

  it('the office opens a round and a program with reviewers; refusals name the field in the reader’s language', async () => {
    const bad = await as.oiaIss.post(
      `${BASE}/rounds`,
      round({ closesAt: new Date(Date.now() - 2 * hour).toISOString() }),
      { locale: 'zh-TW' },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad).map((f) => f.path)).toContain('closesAt');
    expect((await as.coordEng.post(`${BASE}/rounds`, round())).statusCode).toBe(403);
    const created = await as.oiaIss.post(`${BASE}/rounds`, round());
    expect(created.statusCode).toBe(201);
    roundId = created.json().id;
    const withProgram = await as.oiaIss.post(`${BASE}/rounds/${roundId}/programs`, program());
    expect(withProgram.statusCode).toBe(201);
    programId = withProgram.json().programs[0].id;
    expect(withProgram.json().programs[0]).toMatchObject({ reviewerIds: [coordEngId], places: 1, admitted: 0 });
    const open = (await t.anon.get(`${PUB}/rounds`)).json().items;
    expect(open.map((r: { id: number }) => r.id)).toContain(roundId);
    expect(open[0].programs[0].reviewerIds).toEqual([]);
  });

  it('a code request with the honeypot filled sends nothing; a wrong code is refused, and after five tries the right one too', async () => {
    const before = await t.db.db.selectFrom('mail_outbox').select('id').execute();
    await t.anon.post(`${PUB}/code`, { email: 'bot@example.com', locale: 'en', website: 'http://spam' });
    expect((await t.db.db.selectFrom('mail_outbox').select('id').execute()).length).toBe(before.length);
    await t.anon.post(`${PUB}/code`, { email: 'tries@example.com', locale: 'en' });
    const mail = await t.db.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', 'tries@example.com')
      .executeTakeFirstOrThrow();
    const code = /(\d{6})/.exec(mail.body_text)?.[1] as string;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      expect((await t.anon.post(`${PUB}/session`, { email: 'tries@example.com', code: wrong })).statusCode).toBe(400);
    const late = await t.anon.post(`${PUB}/session`, { email: 'tries@example.com', code }, { locale: 'zh-TW' });
    expect(late.statusCode).toBe(400);
    expect(fieldsOf(late)[0]?.message).toContain('驗證碼');
    expect((await t.anon.get(`${PUB}/applications`)).statusCode).toBe(401);
  });

  let appId: number;
  let amara: Awaited<ReturnType<typeof applicant>>;

  it('an applicant cannot submit until every field, document and requirement is there; then submits', async () => {
    amara = await applicant('Amara.Okafor@example.ng');
    const started = await amara.post(`${PUB}/applications`, { roundId, programId });
    expect(started.statusCode).toBe(201);
    appId = started.json().id;
    expect(started.json().missing).toEqual(
      expect.arrayContaining([
        { kind: 'field', code: 'givenName' },
        { kind: 'document', code: 'passport' },
      ]),
    );
    expect((await amara.post(`${PUB}/applications`, { roundId, programId })).statusCode).toBe(400);
    const blocked = await amara.post(`${PUB}/applications/${appId}/submit`, { version: 1 });
    expect(blocked.statusCode).toBe(400);
    expect(fieldsOf(blocked).map((f) => f.path)).toEqual(expect.arrayContaining(['givenName', 'documents.passport']));
    const form = {
      programId,
      givenName: 'Amara',
      familyName: 'Okafor',
      nameZh: null,
      nationality: 'ng',
      identity: 'mainland',
      birthDate: '2001-04-02',
      gender: 'female',
      phone: null,
      previousSchool: 'University of Lagos',
      gpa: 3.6,
      languageFramework: 'CEFR',
      languageLevel: 'B1',
      statement: 'Machine learning for agriculture.',
      channel: 'fair',
      version: 1,
    };
    const saved = await amara.put(`${PUB}/applications/${appId}`, form);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().missing).toEqual(
      expect.arrayContaining([
        { kind: 'requirement', code: 'language' },
        { kind: 'requirement', code: 'identity' },
      ]),
    );
    const fixed = await amara.put(`${PUB}/applications/${appId}`, {
      ...form,
      identity: 'foreign',
      languageLevel: 'C1',
      version: 2,
    });
    expect((await amara.upload(`${PUB}/applications/${appId}/documents`, 'passport')).statusCode).toBe(200);
    expect((await amara.upload(`${PUB}/applications/${appId}/documents`, 'unknown')).statusCode).toBe(400);
    const last = await amara.upload(`${PUB}/applications/${appId}/documents`, 'transcript');
    expect(last.json().missing).toEqual([]);
    const submitted = await amara.post(`${PUB}/applications/${appId}/submit`, { version: fixed.json().version });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', channel: 'fair', nationality: 'NG' });
    expect(
      (await amara.put(`${PUB}/applications/${appId}`, { ...form, version: submitted.json().version })).statusCode,
    ).toBe(409);
  });

  it('an applicant sees only their own application', async () => {
    const other = await applicant('someone.else@example.com');
    expect((await other.get(`${PUB}/applications/${appId}`)).statusCode).toBe(404);
    expect((await other.get(`${PUB}/applications`)).json().items).toEqual([]);
    expect((await other.put(`${PUB}/applications/${appId}`, { version: 1 })).statusCode).toBe(404);
    expect((await other.upload(`${PUB}/applications/${appId}/documents`, 'cv')).statusCode).toBe(404);
    expect((await other.get(`${PUB}/applications/${appId}/letter.pdf`)).statusCode).toBe(404);
    expect((await amara.get(`${PUB}/applications`)).json().items.map((a: { id: number }) => a.id)).toEqual([appId]);
  });

  it('the program’s reviewer scores by the criteria; others cannot; the list filters by status and country', async () => {
    expect((await as.coordBus.get(`${BASE}/applications/${appId}`)).statusCode).toBe(404);
    expect((await as.admin.get(`${BASE}/applications/${appId}`)).json().mayScore).toBe(false);
    expect(
      (await as.oiaIss.post(`${BASE}/applications/${appId}/scores`, { scores: { academic: 80, plan: 40 } })).statusCode,
    ).toBe(403);
    const over = await as.coordEng.post(`${BASE}/applications/${appId}/scores`, { scores: { academic: 80, plan: 60 } });
    expect(fieldsOf(over)[0]?.path).toBe('scores.plan');
    const scored = await as.coordEng.post(`${BASE}/applications/${appId}/scores`, {
      scores: { academic: 80, plan: 40 },
      comment: 'Strong',
    });
    expect(scored.statusCode).toBe(200);
    // 60 × 80/100 + 40 × 40/50 = 48 + 32 = 80
    expect(scored.json()).toMatchObject({ status: 'under_review', score: 80 });
    const list = await as.oiaIss.get(`${BASE}/rounds/${roundId}/applications?status=under_review&country=NG`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: appId, givenName: 'Amara' }] });
    expect((await as.oiaIss.get(`${BASE}/rounds/${roundId}/applications?country=JP`)).json().total).toBe(0);
    expect((await as.coordBus.get(`${BASE}/rounds/${roundId}/applications`)).json().total).toBe(0);
    expect((await as.coordEng.get(`${BASE}/rounds/${roundId}/applications`)).json().total).toBe(1);
  });

  it('the office records the fee, admits with a reason (mailed), and the letter is a PDF; the full program admits no more', async () => {
    let app = (await as.oiaIss.get(`${BASE}/applications/${appId}`)).json();
    expect(
      (
        await as.coordEng.post(`${BASE}/applications/${appId}/decision`, {
          decision: 'admitted',
          reason: 'x',
          version: app.version,
        })
      ).statusCode,
    ).toBe(403);
    app = (
      await as.oiaIss.post(`${BASE}/applications/${appId}/fee`, { feeStatus: 'paid', version: app.version })
    ).json();
    expect(app.feeStatus).toBe('paid');
    const noReason = await as.oiaIss.post(`${BASE}/applications/${appId}/decision`, {
      decision: 'admitted',
      reason: '',
      version: app.version,
    });
    expect(fieldsOf(noReason)[0]?.path).toBe('reason');
    const admitted = await as.oiaIss.post(`${BASE}/applications/${appId}/decision`, {
      decision: 'admitted',
      reason: 'Top of the ranking',
      version: app.version,
    });
    expect(admitted.json()).toMatchObject({ status: 'admitted', decisionReason: 'Top of the ranking' });
    const mail = await t.db.db
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', 'amara.okafor@example.ng')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('The result of your application');
    expect(mail.body_text).toContain('Top of the ranking');
    const pdf = await amara.get(`${PUB}/applications/${appId}/letter.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // A second applicant cannot be admitted to the one place.
    const second = await t.db.db
      .insertInto('admission_applications')
      .values({
        round_id: roundId,
        program_id: programId,
        email: 'b@example.com',
        locale: 'en',
        status: 'submitted',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const full = await as.oiaIss.post(`${BASE}/applications/${second.id}/decision`, {
      decision: 'admitted',
      reason: 'ok',
      version: 1,
    });
    expect(fieldsOf(full)[0]?.path).toBe('decision');
  }, 30_000);

  it('accepting makes a person and an inbound degree mobility with the Ministry category, and starts the visa/ARC checklist', async () => {
    const app = (await amara.get(`${PUB}/applications/${appId}`)).json();
    const accepted = await amara.post(`${PUB}/applications/${appId}/response`, { accept: true, version: app.version });
    expect(accepted.statusCode).toBe(200);
    const { personId, mobilityId, status } = accepted.json();
    expect(status).toBe('accepted');
    const person = await t.db.db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      name_en: 'Amara Okafor',
      nationality: 'NG',
      unit_id: unit.CSIE,
      degree_level: 'master',
      email: 'amara.okafor@example.ng',
    });
    const m = await t.db.db.selectFrom('mobilities').selectAll().where('id', '=', mobilityId).executeTakeFirstOrThrow();
    expect(m).toMatchObject({
      direction: 'inbound',
      kind: 'degree',
      moe_category: 'foreign',
      status: 'enrolled',
      country: 'NG',
      start_date: '2027-09-01',
    });
    const items = await t.db.db
      .selectFrom('mobility_documents')
      .select('kind')
      .where('mobility_id', '=', mobilityId)
      .execute();
    expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['visa', 'residence_permit']));
    expect(
      (await amara.post(`${PUB}/applications/${appId}/response`, { accept: false, version: accepted.json().version }))
        .statusCode,
    ).toBe(409);
  }, 30_000);

  it('a partner’s nomination becomes a draft exchange application with an invitation mail, once', async () => {
    const ex = await as.oiaIss.post(
      `${BASE}/rounds`,
      round({ kind: 'exchange', semester: 2, nameZh: '116學年度春季交換生', nameEn: 'Inbound exchange, spring 2028' }),
    );
    const exchangeRoundId = ex.json().id;
    const partner = await t.db.db.selectFrom('partners').select('id').limit(1).executeTakeFirstOrThrow();
    const input = {
      roundId: exchangeRoundId,
      email: 'Lena.Fischer@tu.example.de',
      givenName: 'Lena',
      familyName: 'Fischer',
      partnerId: partner.id,
      nominationId: 77,
    };
    const id = await createApplicationFromNomination(t.db.db, input);
    expect(await createApplicationFromNomination(t.db.db, input)).toBe(id);
    const row = await t.db.db
      .selectFrom('admission_applications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'draft',
      channel: 'partner',
      email: 'lena.fischer@tu.example.de',
      partner_id: partner.id,
      given_name: 'Lena',
    });
    const invites = await t.db.db
      .selectFrom('mail_outbox')
      .select('subject')
      .where('to_address', '=', 'lena.fischer@tu.example.de')
      .execute();
    expect(invites).toEqual([{ subject: 'Complete your exchange application' }]);
    await expect(createApplicationFromNomination(t.db.db, { ...input, roundId })).rejects.toThrow();
    await expect(createApplicationFromNomination(t.db.db, { ...input, nominationId: 78 })).rejects.toThrow();
    const lena = await applicant('lena.fischer@tu.example.de');
    expect((await lena.get(`${PUB}/applications`)).json().items).toMatchObject([
      { id, roundId: exchangeRoundId, status: 'draft' },
    ]);
  });
});
