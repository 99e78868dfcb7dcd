import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { type CallWorld, callBody, callWorld, PDF, PNG } from './calls-fixtures.js';
import { mailEachNotification } from './reminder-fixtures.js';

const YEAR = 2030;

describe.each(DIALECTS)('outbound calls: the whole flow (%s)', (dialect) => {
  let w: CallWorld;
  let ag: { agreementId: number; placeIds: number[] }[];
  let p: { id: number; name_en: string; country: string }[];
  let call1: { id: number; version: number; offers: { id: number; placeId: number; partnerId: number }[] };
  let call2: typeof call1;
  const s: Record<string, Awaited<ReturnType<CallWorld['student']>>> = {};
  const app: Record<string, number> = {};

  beforeAll(async () => {
    w = await callWorld(dialect);
    p = await w.partners(3);
    ag = [
      await w.agreementWithPlaces([p[0]!.id], YEAR, [2]), // place A: 2
      await w.agreementWithPlaces([p[1]!.id], YEAR, [1]), // place B: 1
      await w.agreementWithPlaces([p[2]!.id], YEAR, [1]), // place C: 1
    ];
    s.s1 = await w.student({ unitCode: 'CSIE', locale: 'en', gpa: 3.8, nameEn: 'Amy Lin' });
    s.s2 = await w.student({ unitCode: 'EE', locale: 'zh-TW', gpa: 3.5, nameEn: 'Ben Wu' });
    s.s3 = await w.student({ unitCode: 'IB', locale: 'en', gpa: 3.5, nameEn: 'Cai Chen' });
    s.s4 = await w.student({ unitCode: 'BA', locale: 'zh-TW', gpa: 3.5, nameEn: 'Dora Ho' });
    s.s5 = await w.student({ unitCode: 'CSIE', locale: 'en', gpa: 3.2 });
    s.s6 = await w.student({ unitCode: 'ME', locale: 'en', gpa: 3.1 });
  });
  afterAll(() => w.t.close());
  beforeEach(() => mailEachNotification(w.db));

  const A = () => ag[0]!.placeIds[0]!;
  const B = () => ag[1]!.placeIds[0]!;
  const C = () => ag[2]!.placeIds[0]!;
  const offerOf = (c: typeof call1, placeId: number) => c.offers.find((o) => o.placeId === placeId)!.id;

  it('lists offerable places with partner names and remaining, and only IC staff manage calls', async () => {
    const res = await w.as.oia.get(`/api/v1/calls/offerable-places?academicYear=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json().items.find((x: { placeId: number }) => x.placeId === A());
    expect(a).toMatchObject({ partnerId: p[0]!.id, partnerNameEn: p[0]!.name_en, remaining: 2, level: 'bachelor' });
    expect((await w.as.oiaIss.get(`/api/v1/calls/offerable-places?academicYear=${YEAR}`)).statusCode).toBe(403);
    const body = callBody(w.now(), YEAR, [{ placeId: A(), partnerId: p[0]!.id, places: 2 }]);
    expect((await w.as.oiaIss.post('/api/v1/calls', body)).statusCode).toBe(403);
    expect((await w.as.coordEng.post('/api/v1/calls', body)).statusCode).toBe(403);
    expect((await s.s1!.client.post('/api/v1/calls', body)).statusCode).toBe(403);
  });

  it('refuses an offer above the place remaining and a partner not on the agreement', async () => {
    const over = await w.as.oia.post(
      '/api/v1/calls',
      callBody(w.now(), YEAR, [{ placeId: A(), partnerId: p[0]!.id, places: 3 }]),
      { locale: 'en' },
    );
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields[0]).toMatchObject({ path: 'offers.0.places', code: 'offer_exceeds_remaining' });
    const wrong = await w.as.oia.post(
      '/api/v1/calls',
      callBody(w.now(), YEAR, [{ placeId: A(), partnerId: p[1]!.id, places: 1 }]),
    );
    expect(wrong.statusCode).toBe(400);
    const badWeight = callBody(w.now(), YEAR, [{ placeId: A(), partnerId: p[0]!.id, places: 1 }]);
    (badWeight.criteria as { weight: number }[])[0]!.weight = 0;
    expect((await w.as.oia.post('/api/v1/calls', badWeight)).statusCode).toBe(400);
  });

  it('creates two calls, opens them; students see open calls with offers, not drafts', async () => {
    const r1 = await w.as.oia.post(
      '/api/v1/calls',
      callBody(w.now(), YEAR, [
        { placeId: A(), partnerId: p[0]!.id, places: 2 },
        { placeId: B(), partnerId: p[1]!.id, places: 1 },
      ]),
    );
    expect(r1.statusCode, r1.body).toBe(201);
    const r2 = await w.as.oia.post(
      '/api/v1/calls',
      callBody(w.now(), YEAR, [
        { placeId: A(), partnerId: p[0]!.id, places: 1 },
        { placeId: C(), partnerId: p[2]!.id, places: 1 },
      ]),
    );
    expect(r2.statusCode, r2.body).toBe(201);
    expect((await s.s1!.client.get(`/api/v1/calls/${r1.json().id}`)).statusCode).toBe(404); // draft
    for (const r of [r1, r2]) {
      const opened = await w.as.oia.post(`/api/v1/calls/${r.json().id}/transitions`, {
        action: 'open',
        version: r.json().version,
      });
      expect(opened.statusCode, opened.body).toBe(200);
      expect(opened.json().status).toBe('open');
    }
    call1 = (await w.as.oia.get(`/api/v1/calls/${r1.json().id}`)).json();
    call2 = (await w.as.oia.get(`/api/v1/calls/${r2.json().id}`)).json();
    const seen = await s.s1!.client.get(`/api/v1/calls/${call1.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      status: 'open',
      acceptingApplications: true,
      permissions: { apply: true, update: false },
    });
    expect(seen.json().offers[0]).toMatchObject({ partnerNameEn: p[0]!.name_en, country: p[0]!.country });
    const list = await s.s1!.client.get('/api/v1/calls?pageSize=100');
    expect(list.json().items.map((c: { id: number }) => c.id)).toEqual(expect.arrayContaining([call1.id, call2.id]));
    expect(list.json().items.every((c: { status: string }) => ['open', 'published'].includes(c.status))).toBe(true);
  });

  async function applyWith(
    key: string,
    call: typeof call1,
    prefs: number[],
    opts: { doc?: boolean; cert?: string | null } = {},
  ) {
    const c = s[key]!.client;
    const created = await c.post(`/api/v1/calls/${call.id}/applications`, {});
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    const upd = await c.put(`/api/v1/applications/${id}`, {
      version: created.json().version,
      preferences: prefs,
      gpa: null,
      languageCert: opts.cert === undefined ? 'IELTS 7.0' : opts.cert,
      form: { motivation: 'I want to learn.' },
    });
    expect(upd.statusCode, upd.body).toBe(200);
    if (opts.doc !== false) {
      const up = await w.upload(c, id, 'transcript', { name: '成績單.pdf', data: PDF });
      expect(up.statusCode, up.body).toBe(201);
    }
    app[`${key}:${call.id}`] = id;
    return { id, version: upd.json().version as number };
  }

  it('students apply with ranked preferences and documents; gaps are refused with field errors', async () => {
    // s1 applies, first without the transcript: submit refused, nothing changes.
    const a1 = await applyWith('s1', call1, [offerOf(call1, A()), offerOf(call1, B())], { doc: false });
    const refused = await s.s1!.client.post(
      `/api/v1/applications/${a1.id}/submit`,
      { version: a1.version },
      { locale: 'en' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      expect.objectContaining({ path: 'documents.transcript', code: 'document_required' }),
    ]);
    const doc = await w.upload(s.s1!.client, a1.id, 'transcript', { name: 'transcript.png', data: PNG });
    expect(doc.statusCode, doc.body).toBe(201);
    expect(doc.json()).toMatchObject({ contentType: 'image/png', size: PNG.length });
    expect(doc.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    // too many / foreign preferences
    const tooMany = await s.s1!.client.put(`/api/v1/applications/${a1.id}`, {
      version: a1.version,
      preferences: [offerOf(call1, A()), offerOf(call1, B()), offerOf(call2, C())],
    });
    expect(tooMany.statusCode).toBe(400);
    const foreign = await s.s1!.client.put(`/api/v1/applications/${a1.id}`, {
      version: a1.version,
      preferences: [offerOf(call2, C())],
    });
    expect(foreign.statusCode).toBe(400);
    const dup = await s.s1!.client.post(`/api/v1/calls/${call1.id}/applications`, {});
    expect(dup.statusCode).toBe(409);

    const ok = await s.s1!.client.post(`/api/v1/applications/${a1.id}/submit`, { version: a1.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('submitted');
    expect(ok.json().timeline.find((x: { step: string }) => x.step === 'review').state).toBe('current');

    for (const [key, prefs] of [
      ['s2', [A(), B()]],
      ['s3', [A(), B()]],
      ['s4', [B(), A()]],
    ] as const) {
      const a = await applyWith(
        key,
        call1,
        prefs.map((x) => offerOf(call1, x)),
      );
      const sub = await s[key]!.client.post(`/api/v1/applications/${a.id}/submit`, { version: a.version });
      expect(sub.statusCode, sub.body).toBe(200);
    }
    for (const [key, prefs] of [
      ['s5', [A(), C()]],
      ['s6', [A()]],
    ] as const) {
      const a = await applyWith(
        key,
        call2,
        prefs.map((x) => offerOf(call2, x)),
      );
      expect(
        (await s[key]!.client.post(`/api/v1/applications/${a.id}/submit`, { version: a.version })).statusCode,
      ).toBe(200);
    }
  });

  it('an applicant below the minimum GPA is submitted as ineligible with the reason', async () => {
    const low = await w.student({ unitCode: 'CSIE', locale: 'en', gpa: 2.0 });
    s.low = low;
    const a = await applyWith('low', call1, [offerOf(call1, B())]);
    const sub = await low.client.post(`/api/v1/applications/${a.id}/submit`, { version: a.version });
    expect(sub.json()).toMatchObject({ status: 'ineligible', ineligibleReasons: ['gpa'] });
    const row = await w.db
      .selectFrom('applications')
      .select(['form_json', 'ineligible_reasons'])
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.ineligible_reasons ?? 'null')).toEqual(['gpa']);
    expect(JSON.parse(row.form_json)).not.toHaveProperty('ineligibleReasons');
    // A row submitted before the column existed keeps its reasons in form_json: they are still read.
    const legacy = JSON.stringify({ ...JSON.parse(row.form_json), ineligibleReasons: ['level'] });
    await w.db
      .updateTable('applications')
      .set({ ineligible_reasons: null, form_json: legacy })
      .where('id', '=', a.id)
      .execute();
    expect((await low.client.get(`/api/v1/applications/${a.id}`)).json().ineligibleReasons).toEqual(['level']);
    await w.db.updateTable('applications').set(row).where('id', '=', a.id).execute();
  });

  it('uploads: wrong type 415, oversize 413, empty 400, unknown code 400', async () => {
    const extra = await w.student({ unitCode: 'CSIE', locale: 'en' });
    const created = await extra.client.post(`/api/v1/calls/${call2.id}/applications`, {});
    const id = created.json().id;
    expect(
      (await w.upload(extra.client, id, 'transcript', { name: 'a.pdf', data: Buffer.from('<html>not a pdf</html>') }))
        .statusCode,
    ).toBe(415);
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    expect((await w.upload(extra.client, id, 'transcript', { name: 'big.pdf', data: big })).statusCode).toBe(413);
    expect(
      (await w.upload(extra.client, id, 'transcript', { name: 'empty.pdf', data: Buffer.alloc(0) })).statusCode,
    ).toBe(400);
    expect((await w.upload(extra.client, id, 'passport', { name: 'a.pdf', data: PDF })).statusCode).toBe(400);
    // someone else's application
    expect((await w.upload(s.s1!.client, id, 'transcript', { name: 'a.pdf', data: PDF })).statusCode).toBe(404);
    const withdrawn = await extra.client.post(`/api/v1/applications/${id}/withdraw`, {
      version: created.json().version,
    });
    expect(withdrawn.json().status).toBe('withdrawn');
  });

  it('a student sees only their own applications; coordinators only their college', async () => {
    const a1 = app[`s1:${call1.id}`]!;
    expect((await s.s2!.client.get(`/api/v1/applications/${a1}`)).statusCode).toBe(404);
    expect((await s.s1!.client.get(`/api/v1/applications/${a1}`)).statusCode).toBe(200);
    const mine = await s.s1!.client.get('/api/v1/applications');
    expect(mine.json().items.map((x: { id: number }) => x.id)).toEqual([a1]);
    expect((await s.s1!.client.get(`/api/v1/calls/${call1.id}/applications`)).statusCode).toBe(403);
    const doc = (await s.s1!.client.get(`/api/v1/applications/${a1}`)).json().documents[0];
    expect((await s.s1!.client.get(`/api/v1/applications/${a1}/documents/${doc.id}`)).statusCode).toBe(200);
    expect((await s.s2!.client.get(`/api/v1/applications/${a1}/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await w.as.oia.get(`/api/v1/applications/${a1}/documents/${doc.id}`)).statusCode).toBe(200);

    const names = async (c: typeof w.as.oia) =>
      (await c.get(`/api/v1/calls/${call1.id}/applications?pageSize=100`))
        .json()
        .items.map((x: { applicant: { personId: number } }) => x.applicant.personId)
        .sort();
    expect(await names(w.as.coordEng)).toEqual([s.s1!.personId, s.s2!.personId, s.low!.personId].sort());
    expect(await names(w.as.coordBus)).toEqual([s.s3!.personId, s.s4!.personId].sort());
    expect((await w.as.coordBus.get(`/api/v1/applications/${a1}`)).statusCode).toBe(404);
    expect((await w.as.oia.get(`/api/v1/calls/${call1.id}/applications?pageSize=100`)).json().total).toBe(5);
  });

  it('reviewers score per criterion; a coordinator only their college; scores above max refused', async () => {
    const score = (c: typeof w.as.oia, key: string, call: typeof call1, a: number, i: number) =>
      c.put(`/api/v1/applications/${app[`${key}:${call.id}`]}/scores`, {
        scores: [
          { criterion: 'academic', score: a, comment: 'ok' },
          { criterion: 'interview', score: i },
        ],
      });
    expect((await score(w.as.oia, 's1', call1, 101, 50)).statusCode).toBe(400);
    expect((await score(w.as.coordBus, 's1', call1, 80, 80)).statusCode).toBe(404);
    expect((await score(s.s1!.client, 's1', call1, 100, 100)).statusCode).toBe(403); // the applicant: not a reviewer
    // s1 and s2 tie on the total (80): s1 has the higher GPA. s3 and s4 tie on total and GPA: s3 submitted first.
    for (const [key, a, i] of [
      ['s1', 80, 80],
      ['s2', 80, 80],
      ['s3', 70, 70],
      ['s4', 70, 70],
    ] as const) {
      const res = await score(w.as.oia, key, call1, a, i);
      expect(res.statusCode, res.body).toBe(200);
    }
    // A second reviewer: coordEng scores s1 and s2 the same, so means stay tied.
    expect((await score(w.as.coordEng, 's1', call1, 90, 70)).statusCode).toBe(200);
    expect((await score(w.as.coordEng, 's2', call1, 90, 70)).statusCode).toBe(200);
    const detail = (await w.as.oia.get(`/api/v1/applications/${app[`s1:${call1.id}`]}`)).json();
    expect(detail.criterionMeans).toEqual([
      { criterion: 'academic', mean: 85 },
      { criterion: 'interview', mean: 75 },
    ]);
    // The applicant never sees scores.
    expect((await s.s1!.client.get(`/api/v1/applications/${app[`s1:${call1.id}`]}`)).json().scores).toEqual([]);
    await score(w.as.oia, 's5', call2, 60, 60);
    await score(w.as.oia, 's6', call2, 90, 90);
  });

  it('ranks with ties broken as documented', async () => {
    const res = await w.as.oia.get(`/api/v1/calls/${call1.id}/ranking`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      applicationId: number;
      rank: number;
      totalScore: number;
      tieBrokenBy: string | null;
    }[];
    expect(items.map((x) => x.applicationId)).toEqual(['s1', 's2', 's3', 's4'].map((k) => app[`${k}:${call1.id}`]));
    expect(items.map((x) => x.tieBrokenBy)).toEqual([null, 'gpa', null, 'submitted_at']);
    expect(items[0]!.totalScore).toBeCloseTo((2 * 85 + 75) / 3, 5);
    expect((await s.s1!.client.get(`/api/v1/calls/${call1.id}/ranking`)).statusCode).toBe(403);
  });

  it('allocates in rank order within places, across both calls; waitlists the rest', async () => {
    const early = await w.as.oia.post(`/api/v1/calls/${call1.id}/allocate`, { version: call1.version });
    expect(early.statusCode).toBe(409); // still open
    for (const c of [call1, call2]) {
      const cur = (await w.as.oia.get(`/api/v1/calls/${c.id}`)).json();
      const closed = await w.as.oia.post(`/api/v1/calls/${c.id}/transitions`, {
        action: 'close',
        version: cur.version,
      });
      expect(closed.statusCode, closed.body).toBe(200);
    }
    // A student who never applied, opening the closed call's link, reads that it has closed (in their language).
    const gone = await s.s6!.client.get(`/api/v1/calls/${call1.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toMatch(/has closed/);
    let cur = (await w.as.oia.get(`/api/v1/calls/${call1.id}`)).json();
    expect((await w.as.oiaIss.post(`/api/v1/calls/${call1.id}/allocate`, { version: cur.version })).statusCode).toBe(
      403,
    );
    const res = await w.as.oia.post(`/api/v1/calls/${call1.id}/allocate`, { version: cur.version });
    expect(res.statusCode, res.body).toBe(200);
    const by = (k: string) =>
      res.json().items.find((x: { applicationId: number }) => x.applicationId === app[`${k}:${call1.id}`]);
    expect(by('s1')).toMatchObject({ status: 'selected', allocatedOfferId: offerOf(call1, A()), preferenceRank: 1 });
    expect(by('s2')).toMatchObject({ status: 'selected', allocatedOfferId: offerOf(call1, A()) });
    expect(by('s3')).toMatchObject({ status: 'selected', allocatedOfferId: offerOf(call1, B()), preferenceRank: 2 });
    expect(by('s4')).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(res.json().call.status).toBe('allocated');
    // Before publication the applicant still reads "submitted".
    expect((await s.s1!.client.get(`/api/v1/applications/${app[`s1:${call1.id}`]}`)).json().status).toBe('submitted');

    // Call 2 offers place A too, but call 1 now holds both of its places: s6 (ranked first) is waitlisted.
    cur = (await w.as.oia.get(`/api/v1/calls/${call2.id}`)).json();
    const r2 = await w.as.oia.post(`/api/v1/calls/${call2.id}/allocate`, { version: cur.version });
    const by2 = (k: string) =>
      r2.json().items.find((x: { applicationId: number }) => x.applicationId === app[`${k}:${call2.id}`]);
    expect(by2('s6')).toMatchObject({ status: 'waitlisted', rank: 1 });
    expect(by2('s5')).toMatchObject({ status: 'selected', allocatedOfferId: offerOf(call2, C()) });
  });

  it('staff adjust one application with a reason, never beyond places', async () => {
    const a3 = app[`s3:${call1.id}`]!;
    const a4 = app[`s4:${call1.id}`]!;
    const v4 = (await w.as.oia.get(`/api/v1/applications/${a4}`)).json().version;
    const full = await w.as.oia.post(`/api/v1/applications/${a4}/adjust`, {
      version: v4,
      status: 'selected',
      allocatedOfferId: offerOf(call1, B()),
      reason: 'Partner prefers business students',
    });
    expect(full.statusCode).toBe(400);
    expect(full.json().error.fields[0].code).toBe('offer_full');
    const noReason = await w.as.oia.post(`/api/v1/applications/${a3}/adjust`, {
      version: 1,
      status: 'waitlisted',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const v3 = (await w.as.oia.get(`/api/v1/applications/${a3}`)).json().version;
    const moved = await w.as.oia.post(`/api/v1/applications/${a3}/adjust`, {
      version: v3,
      status: 'waitlisted',
      reason: 'Declined the place by e-mail',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 2,
      adjustmentReason: 'Declined the place by e-mail',
    });
    const ok = await w.as.oia.post(`/api/v1/applications/${a4}/adjust`, {
      version: v4,
      status: 'selected',
      allocatedOfferId: offerOf(call1, B()),
      reason: 'Next on the waiting list',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const audit = await w.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_type', '=', 'application')
      .where('entity_id', '=', a4)
      .where('summary_key', '=', 'auditSummaries.statusChangeComment')
      .execute();
    expect(audit[0]?.summary).toContain('Next on the waiting list');
    // The history reads in the reader's language (ADR 0030): statuses, allocation and scores in words.
    const history = async (type: string, id: number, locale: string) =>
      (await w.as.admin.get(`/api/v1/audit?entityType=${type}&entityId=${id}`, { locale }))
        .json()
        .items.map((e: { summary: string }) => e.summary);
    expect(await history('application', a4, 'en')).toContain('Waitlisted → Selected: Next on the waiting list');
    expect(await history('application', a4, 'zh-TW')).toContain('備取 → 錄取：Next on the waiting list');
    expect(await history('application', a4, 'en')).toContainEqual(expect.stringMatching(/^Scores: \S+ \d+, \S+ \d+$/));
    expect(await history('application', a4, 'zh-TW')).toContainEqual(expect.stringMatching(/^評分：\S+ \d+、\S+ \d+$/));
    expect(await history('application', a4, 'zh-TW')).toContain('草稿 → 已送出');
    expect(await history('call', call1.id, 'en')).toContainEqual(
      expect.stringMatching(/^Allocated: \d+ selected, \d+ waitlisted$/),
    );
    expect(await history('call', call1.id, 'zh-TW')).toContainEqual(
      expect.stringMatching(/^分發：錄取 \d+ 人，備取 \d+ 人$/),
    );
    expect(
      (
        await w.as.coordEng.post(`/api/v1/applications/${a4}/adjust`, {
          version: 99,
          status: 'not_selected',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('publishes: each applicant is told in their own language, in-app and by e-mail', async () => {
    // s4 is a person without an account (as applicants entered by staff are): mail only, in both languages.
    const s4 = s.s4!;
    await w.db.updateTable('people').set({ user_id: null }).where('id', '=', s4.personId).execute();
    const cur = (await w.as.oia.get(`/api/v1/calls/${call1.id}`)).json();
    const pub = await w.as.oia.post(`/api/v1/calls/${call1.id}/publish`, { version: cur.version });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().status).toBe('published');
    const mails = await w.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'locale', 'subject'])
      .execute()
      .catch(async () => w.db.selectFrom('mail_outbox').selectAll().execute());
    const mailTo = (email: string) =>
      (mails as { [k: string]: unknown }[]).filter((m) => Object.values(m).includes(email));
    expect(String(mailTo(s.s1!.email)[0]?.subject)).toContain('Selection result: selected');
    expect(String(mailTo(s.s2!.email)[0]?.subject)).toContain('甄選結果：錄取');
    expect(String(mailTo(s.s3!.email)[0]?.subject)).toContain('waitlisted');
    const s4Mail = await w.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('dedupe_key', 'like', `call:${call1.id}:application:%:person:${s4.personId}`)
      .execute();
    expect(s4Mail).toHaveLength(1);
    expect(s4Mail[0]?.to_address).toBe(s4.email);
    expect(s4Mail[0]?.subject).toMatch(/甄選結果：錄取.*Selection result: selected/);
    expect(s4Mail[0]?.body_text).toContain('Dora Ho');
    expect(s4Mail[0]?.body_text).toContain('Congratulations');
    expect(s4Mail[0]?.body_text).not.toContain('{{APP_URL}}'); // nothing to sign in to
    const s4Notes = await w.db.selectFrom('notifications').select('id').where('user_id', '=', s4.userId).execute();
    expect(s4Notes).toHaveLength(0);
    await w.db.updateTable('people').set({ user_id: s4.userId }).where('id', '=', s4.personId).execute();
    const notes = await s.s2!.client.get('/api/v1/notifications', { locale: 'zh-TW' });
    expect(JSON.stringify(notes.json())).toContain('甄選結果');
    const mine = (await s.s1!.client.get(`/api/v1/applications/${app[`s1:${call1.id}`]}`)).json();
    expect(mine).toMatchObject({ status: 'selected', allocatedPartnerNameEn: p[0]!.name_en });
    expect(mine.timeline.find((x: { step: string }) => x.step === 'nomination').state).toBe('current');
  });

  it('exports the nomination list per partner (no passport numbers) and nominates: mobilities book the places', async () => {
    const xlsx = await w.as.oia.get(`/api/v1/calls/${call1.id}/nominations.xlsx?partnerId=${p[0]!.id}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: string[] = [];
    book.worksheets[0]!.eachRow((r) => rows.push(JSON.stringify(r.values)));
    expect(rows).toHaveLength(3); // header + s1 + s2
    expect(rows.join()).toContain('Amy Lin');
    expect(rows.join()).not.toContain('1234');
    expect(
      (await w.as.coordEng.get(`/api/v1/calls/${call1.id}/nominations.xlsx?partnerId=${p[0]!.id}`)).statusCode,
    ).toBe(403);

    const usedOf = async (agreementId: number, placeId: number) =>
      (await w.as.oia.get(`/api/v1/agreements/${agreementId}/places`))
        .json()
        .items.find((x: { id: number }) => x.id === placeId).used;
    expect(await usedOf(ag[0]!.agreementId, A())).toBe(0);
    // The academic calendar moves the start of teaching in the second semester: the mobilities follow it.
    const term = await w.as.admin.post('/api/v1/academic-terms', {
      academicYear: YEAR,
      semester: 2,
      firstDay: `${YEAR + 1}-02-01`,
      lastDay: `${YEAR + 1}-07-31`,
      teachingStart: `${YEAR + 1}-02-17`,
      teachingEnd: null,
    });
    expect(term.statusCode, term.body).toBe(201);
    const nom = await w.as.oia.post(`/api/v1/calls/${call1.id}/nominate`, {});
    expect(nom.statusCode, nom.body).toBe(200);
    expect((await w.as.admin.request('DELETE', `/api/v1/academic-terms/${term.json().id}?version=1`)).statusCode).toBe(
      204,
    );
    expect(nom.json().nominated).toBe(3);
    expect(await usedOf(ag[0]!.agreementId, A())).toBe(2);
    expect(await usedOf(ag[1]!.agreementId, B())).toBe(1);
    const m = await w.db
      .selectFrom('mobilities')
      .selectAll()
      .where('application_id', '=', app[`s1:${call1.id}`]!)
      .executeTakeFirstOrThrow();
    expect(m).toMatchObject({
      direction: 'outbound',
      kind: 'exchange',
      status: 'nominated',
      partner_id: p[0]!.id,
      place_id: A(),
      start_date: '2031-02-17',
    });
    const parts = await w.as.oia.get(`/api/v1/calls/${call1.id}/nominations`);
    expect(parts.json().partners.find((x: { partnerId: number }) => x.partnerId === p[0]!.id)).toMatchObject({
      nominated: 2,
    });
  });

  it("records the partner's decision: rejected frees the place, accepted accepts the mobility", async () => {
    const a2 = app[`s2:${call1.id}`]!;
    const a1 = app[`s1:${call1.id}`]!;
    const v2 = (await w.as.oia.get(`/api/v1/applications/${a2}`)).json().version;
    const rej = await w.as.oia.post(`/api/v1/applications/${a2}/partner-decision`, {
      version: v2,
      decision: 'rejected',
      note: 'Quota reduced',
    });
    expect(rej.statusCode, rej.body).toBe(200);
    expect(rej.json().status).toBe('rejected_by_partner');
    const v1 = (await w.as.oia.get(`/api/v1/applications/${a1}`)).json().version;
    const acc = await w.as.oia.post(`/api/v1/applications/${a1}/partner-decision`, {
      version: v1,
      decision: 'accepted',
    });
    expect(acc.json().status).toBe('accepted');
    const statuses = await w.db
      .selectFrom('mobilities')
      .select(['application_id', 'status'])
      .where('application_id', 'in', [a1, a2])
      .execute();
    expect(Object.fromEntries(statuses.map((x) => [x.application_id, x.status]))).toEqual({
      [a1]: 'accepted',
      [a2]: 'cancelled',
    });
    const places = (await w.as.oia.get(`/api/v1/agreements/${ag[0]!.agreementId}/places`)).json().items;
    expect(places.find((x: { id: number }) => x.id === A()).used).toBe(1);
    expect(
      (await s.s1!.client.get(`/api/v1/applications/${a1}`))
        .json()
        .timeline.every((x: { state: string }) => x.state === 'done'),
    ).toBe(true);
  });
});

describe.each(DIALECTS)('outbound calls: the deadline by the server clock (%s)', (dialect) => {
  let w: CallWorld;
  beforeAll(async () => {
    w = await callWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('the demo seed has an open Spring 2027 call and a published one the demo student sees', async () => {
    const student = await w.t.login('student@demo.meridian.tw');
    const list = (await student.get('/api/v1/calls?pageSize=50')).json().items as {
      titleEn: string;
      status: string;
      acceptingApplications: boolean;
    }[];
    expect(list.find((c) => c.titleEn === 'Spring 2027 Exchange')).toMatchObject({
      status: 'open',
      acceptingApplications: true,
    });
    const calls = await w.db.selectFrom('calls').select(['title_en', 'status']).orderBy('id').execute();
    expect(calls.map((c) => c.status)).toEqual(expect.arrayContaining(['published', 'open']));
  });

  it('refuses submit and changes after the deadline, in the user language', async () => {
    const [partner] = await w.partners(1);
    const ag = await w.agreementWithPlaces([partner!.id], YEAR, [1]);
    const body = callBody(w.now(), YEAR, [{ placeId: ag.placeIds[0]!, partnerId: partner!.id, places: 1 }], {
      deadline: new Date(Date.parse(w.now()) + 3_600_000).toISOString(),
    });
    const created = (await w.as.oia.post('/api/v1/calls', body)).json();
    await w.as.oia.post(`/api/v1/calls/${created.id}/transitions`, { action: 'open', version: created.version });
    const st = await w.student({ unitCode: 'CSIE', locale: 'zh-TW' });
    const a = (await st.client.post(`/api/v1/calls/${created.id}/applications`, {})).json();
    const upd = await st.client.put(`/api/v1/applications/${a.id}`, {
      version: a.version,
      preferences: [created.offers[0].id],
      languageCert: 'TOEIC 800',
    });
    await w.upload(st.client, a.id, 'transcript', { name: 't.pdf', data: PDF });
    w.t.clock.advance(3_600_000 + 1000);
    const late = await st.client.post(
      `/api/v1/applications/${a.id}/submit`,
      { version: upd.json().version },
      { locale: 'zh-TW' },
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('截止');
    const lateEn = await st.client.post(
      `/api/v1/applications/${a.id}/submit`,
      { version: upd.json().version },
      { locale: 'en' },
    );
    expect(lateEn.json().error.message).toContain('deadline has passed');
    expect((await w.upload(st.client, a.id, 'transcript', { name: 't.pdf', data: PDF })).statusCode).toBe(409);
    expect(
      (await st.client.post(`/api/v1/applications/${a.id}/withdraw`, { version: upd.json().version })).statusCode,
    ).toBe(409);
    const other = await w.student({ unitCode: 'CSIE', locale: 'en' });
    expect((await other.client.post(`/api/v1/calls/${created.id}/applications`, {})).statusCode).toBe(409);
    expect((await st.client.get(`/api/v1/applications/${a.id}`)).json().permissions.submit).toBe(false);
  });

  it('writes every document audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(w.db, ['application_document']);
  });
});
