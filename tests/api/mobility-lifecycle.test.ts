import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#shared/calendar.js';
import { DIALECTS } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { createMobility, type MobilityWorld, mobilityWorld, outboundBody, step } from './mobility-fixtures.js';

describe.each(DIALECTS)('mobility lifecycle and learning agreements (%s)', (dialect) => {
  let w: MobilityWorld;
  beforeAll(async () => {
    w = await mobilityWorld(dialect);
  });
  afterAll(() => w.t.close());

  const url = (id: number, path = '') => `/api/v1/mobilities/${id}${path}`;
  /** Transitions carry the version read (required, issue 16). */
  const versionOf = async (id: number) => (await w.as.oia.get(url(id))).json().version as number;
  const courses = [
    {
      abroadCode: 'CS301',
      abroadTitle: 'Machine Learning',
      abroadCredits: 4,
      homeCode: 'CSIE4010',
      homeTitle: '機器學習',
      homeCredits: 3,
    },
    { abroadTitle: 'Japanese I', abroadCredits: 2, homeTitle: '日文（一）', homeCredits: 2 },
  ];

  it('walks outbound exchange planned → closed, with dates, and refuses steps out of order', async () => {
    const m = await createMobility(w.as.oia, outboundBody(w.people.engStudent, { creditBearing: false }));
    const early = await w.as.oia.post(
      url(m.id, '/transitions'),
      { version: await versionOf(m.id), action: 'return' },
      { locale: 'en' },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'This action is not possible in the mobility record’s current status.',
    });
    // An exchange goes through the partner's nomination: no shortcut from planned to abroad.
    expect(
      (await w.as.oia.post(url(m.id, '/transitions'), { version: await versionOf(m.id), action: 'depart' })).statusCode,
    ).toBe(409);
    expect(m.statusChangedOn).toBeNull();
    const accepted = await step(w.as.oia, m, 'nominate', 'accept');
    expect(accepted.statusChangedOn).toBe(w.today());
    expect(accepted.transitions).toEqual(['depart', 'cancel']);
    const abroad = await w.as.oia.post(url(m.id, '/transitions'), {
      action: 'depart',
      date: addDays(w.today(), -200),
      version: accepted.version,
    });
    expect(abroad.json()).toMatchObject({
      status: 'abroad',
      departedOn: addDays(w.today(), -200),
      statusChangedOn: addDays(w.today(), -200),
    });
    const badReturn = await w.as.oia.post(url(m.id, '/transitions'), {
      version: await versionOf(m.id),
      action: 'return',
      date: addDays(w.today(), -201),
    });
    expect(badReturn.json().error.fields[0]).toMatchObject({ path: 'date', code: 'mobility_return_before_departure' });
    const stale = await w.as.oia.post(url(m.id, '/transitions'), { action: 'return', version: accepted.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const returned = await w.as.oia.post(url(m.id, '/transitions'), {
      version: await versionOf(m.id),
      action: 'return',
      date: addDays(w.today(), -16),
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnedOn: addDays(w.today(), -16),
      closingOverdue: true,
    });
    const overdue = (
      await w.as.oia.get(`/api/v1/mobilities?closingOverdue=true&personId=${w.people.engStudent}`)
    ).json();
    expect(overdue.items.map((x: any) => x.id)).toContain(m.id);
    // Not credit-bearing: closes without a learning agreement.
    const closed = await w.as.oia.post(url(m.id, '/transitions'), {
      version: await versionOf(m.id),
      action: 'close',
      comment: 'report received',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closingOverdue: false, transitions: [] });
    const history = (await w.as.oia.get(url(m.id, '/history'))).json().items;
    expect(history.filter((h: any) => h.action === 'transition')).toHaveLength(5);
    expect(history[0].summary).toMatch(/（\S+）：已返國 → 已結案（report received）$/);
    const inEn = (await w.as.oia.get(url(m.id, '/history'), { locale: 'en' })).json().items;
    expect(inEn[0].summary).toMatch(/ \(\S.*\): Returned → Closed \(report received\)$/);
  });

  it('is not overdue within 15 days of return; short trips may go straight abroad', async () => {
    const camp = await createMobility(
      w.as.coordEng,
      outboundBody(w.people.engStudent, { kind: 'camp', creditBearing: false }),
    );
    const today = w.today();
    const gone = (
      await w.as.coordEng.post(url(camp.id, '/transitions'), {
        version: await versionOf(camp.id),
        action: 'depart',
        date: addDays(today, -30),
      })
    ).json();
    expect(gone.status).toBe('abroad');
    const back = await w.as.coordEng.post(url(camp.id, '/transitions'), {
      action: 'return',
      date: addDays(today, -15),
      version: gone.version,
    });
    expect(back.json()).toMatchObject({ status: 'returned', closingOverdue: false });
  });

  it('follows the inbound exchange, enrolment and staff flows', async () => {
    const ex = await createMobility(w.as.oiaIss, {
      personId: w.people.inbound,
      direction: 'inbound',
      kind: 'exchange_in',
      partnerId: w.partnerId,
    });
    expect(ex.status).toBe('nominated');
    const arrived = await step(w.as.oiaIss, ex, 'apply', 'accept', 'arrive');
    expect(arrived.status).toBe('arrived');
    expect(arrived.startDate).toBe(w.today());
    expect((await step(w.as.oiaIss, arrived, 'complete')).status).toBe('completed');

    const degree = await createMobility(w.as.oiaIss, {
      personId: w.people.inbound,
      direction: 'inbound',
      kind: 'degree',
      moeCategory: 'foreign', // the inbound person is Japanese (a category must fit the nationality)
      startDate: '2024-09-01',
    });
    const leave = await w.as.oiaIss.post(url(degree.id, '/transitions'), {
      version: await versionOf(degree.id),
      action: 'leave',
      date: '2025-02-01',
    });
    expect(leave.json()).toMatchObject({
      status: 'on_leave',
      statusChangedOn: '2025-02-01',
      endDate: null, // a leave of absence does not end the stay
      transitions: ['enrol', 'withdraw'],
    });
    const back = await step(w.as.oiaIss, leave.json(), 'enrol');
    const grad = await w.as.oiaIss.post(url(degree.id, '/transitions'), {
      action: 'graduate',
      date: '2028-06-30',
      version: back.version,
    });
    expect(grad.json()).toMatchObject({
      status: 'graduated',
      endDate: '2028-06-30',
      statusChangedOn: '2028-06-30',
      transitions: [],
    });
    const deferred = await createMobility(w.as.oiaIss, {
      personId: w.people.inbound,
      direction: 'inbound',
      kind: 'degree',
      moeCategory: 'foreign',
      status: 'deferred',
    });
    expect(deferred.transitions).toEqual(['enrol', 'withdraw']);

    const trip = await createMobility(w.as.oia, { personId: w.people.staff, direction: 'outbound', kind: 'visit' });
    expect(
      (await w.as.oia.post(url(trip.id, '/transitions'), { version: await versionOf(trip.id), action: 'depart' }))
        .statusCode,
    ).toBe(409);
    expect((await step(w.as.oia, trip, 'cancel')).status).toBe('cancelled');
  });

  it('approves the learning agreement, recognises credits and only then closes', async () => {
    const m = await createMobility(w.as.coordEng, outboundBody(w.people.engStudent, { credits: 20 }));
    const la = (path = '') => url(m.id, `/learning-agreement${path}`);
    // Submitting an empty learning agreement is refused.
    const empty = await w.as.coordEng.post(la('/actions'), { action: 'submit', version: m.version }, { locale: 'en' });
    expect(empty.json().error.fields[0]).toMatchObject({ path: 'courses', message: 'Add at least one course.' });
    const saved = await w.as.coordEng.put(la(), { version: m.version, courses });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().learningAgreement.courses).toHaveLength(2);
    const submitted = await w.as.coordEng.post(la('/actions'), { action: 'submit', version: saved.json().version });
    expect(submitted.json().learningAgreement.status).toBe('submitted');
    expect(submitted.json().permissions.editLearningAgreement).toBe(false);
    // Locked while submitted; another college's coordinator, the VP and the student cannot decide.
    const locked = await w.as.coordEng.put(la(), { version: submitted.json().version, courses });
    expect(locked.statusCode).toBe(409);
    const v = submitted.json().version;
    expect((await w.as.coordBus.post(la('/actions'), { action: 'approve', version: v })).statusCode).toBe(403);
    expect((await w.as.vp.post(la('/actions'), { action: 'approve', version: v })).statusCode).toBe(403);
    const noReason = await w.as.coordEng.post(la('/actions'), { action: 'reject', version: v });
    expect(noReason.json().error.fields[0]).toMatchObject({ path: 'comment', code: 'comment_required' });
    const rejected = await w.as.coordEng.post(la('/actions'), {
      action: 'reject',
      version: v,
      comment: 'ML is 3 credits',
    });
    expect(rejected.json().learningAgreement).toMatchObject({ status: 'rejected', rejectionReason: 'ML is 3 credits' });
    // The comment stays on the record (not only in the history) until the agreement is submitted again.
    expect((await w.as.coordEng.get(url(m.id))).json().learningAgreement.rejectionReason).toBe('ML is 3 credits');
    const resubmitted = await w.as.coordEng.post(la('/actions'), {
      action: 'submit',
      version: rejected.json().version,
    });
    expect(resubmitted.json().learningAgreement).toMatchObject({ status: 'submitted', rejectionReason: null });
    const approved = await w.as.oia.post(la('/actions'), { action: 'approve', version: resubmitted.json().version });
    expect(approved.json().learningAgreement).toMatchObject({
      status: 'approved',
      approvedBy: '陳國合',
      approvedAt: expect.any(String),
    });

    // Credits are recognised only after return.
    const lines = approved
      .json()
      .learningAgreement.courses.map((c: any) => ({ id: c.id, recognizedCredits: 3, grade: 'A' }));
    const early = await w.as.oia.put(url(m.id, '/credits'), { version: approved.json().version, lines });
    expect(early.statusCode).toBe(409);
    const returned = await step(w.as.coordEng, approved.json(), 'nominate', 'accept', 'depart', 'return');
    // Closing needs the credits recognised first.
    const tooSoon = await w.as.coordEng.post(
      url(m.id, '/transitions'),
      { version: await versionOf(m.id), action: 'close' },
      { locale: 'zh-TW' },
    );
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().error.message).toBe('請先完成每門課程的學分認列再結案。');
    // The student cannot recognise credits; Academic Affairs can.
    expect((await w.as.student.put(url(m.id, '/credits'), { version: returned.version, lines })).statusCode).toBe(403);
    const partial = await w.as.unitStaff.put(url(m.id, '/credits'), {
      version: returned.version,
      lines: [{ id: lines[0].id, recognizedCredits: 3, grade: 'A' }],
    });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({ credits: 3, learningAgreement: { recognizedCredits: 3 } });
    expect(
      (await w.as.coordEng.post(url(m.id, '/transitions'), { version: await versionOf(m.id), action: 'close' }))
        .statusCode,
    ).toBe(409);
    const all = await w.as.unitStaff.put(url(m.id, '/credits'), {
      version: partial.json().version,
      lines: [{ id: lines[1].id, recognizedCredits: 2, grade: 'B+' }],
    });
    expect(all.json()).toMatchObject({ credits: 5 });
    expect(all.json().learningAgreement.courses[1]).toMatchObject({ grade: 'B+', recognizedCredits: 2 });
    const closed = await w.as.coordEng.post(url(m.id, '/transitions'), {
      action: 'close',
      version: all.json().version,
    });
    expect(closed.json().status).toBe('closed');
    const history = (await w.as.oia.get(url(m.id, '/history'))).json().items;
    const parts = history.filter((h: any) => h.entityType === 'learning_agreement');
    expect(parts.length).toBe(7); // saved, submit, reject, submit, approve, two recognitions
  });

  it('closing a credit-bearing mobility without an approved learning agreement is refused', async () => {
    const m = await createMobility(w.as.oia, outboundBody(w.people.busStudent, { kind: 'short_term' }));
    const back = await step(w.as.oia, m, 'depart', 'return');
    const res = await w.as.oia.post(
      url(m.id, '/transitions'),
      { action: 'close', version: back.version },
      { locale: 'en' },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('approved learning agreement');
    // A non-credit record has no learning agreement at all.
    const staff = await createMobility(w.as.oia, { personId: w.people.staff, direction: 'outbound', kind: 'research' });
    expect(staff.hasLearningAgreement).toBe(false);
    const la = await w.as.oia.put(url(staff.id, '/learning-agreement'), { version: staff.version, courses });
    expect(la.statusCode).toBe(409);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(w.t.db.db, ['mobility']);
  });
});
