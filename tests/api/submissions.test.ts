import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { mailEachNotification } from './reminder-fixtures.js';
import { type ReportingWorld, reportingWorld } from './submissions-fixtures.js';

/**
 * College submissions: figures pre-filled from the records (through the counting module) with their
 * drill-downs and targets, explanations, the submit / return / approve flow and who may do what, and
 * the locked snapshot of an approved submission.
 */
describe.each(DIALECTS)('submissions (%s)', (dialect) => {
  let w: ReportingWorld;
  let outSem: { id: number; code: string };
  let conf: { id: number; code: string };
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    w = await reportingWorld(dialect);
    outSem = await w.createIndicator({ method: 'computed', rule: 'outbound_students_semester', activityKind: null });
    conf = await w.createIndicator({ method: 'manual', activityKind: 'conference_held', nameEn: 'Conferences v1' });
    const exchange = { kind: 'exchange' as const, credit_bearing: 1 };
    // Engineering (departments CSIE, EE, ME): one semester exchange counts; the short one, the one
    // starting after the period and the cancelled one do not; Business has its own.
    ids.engSemester = await w.mobility({
      unitCode: 'CSIE',
      ...exchange,
      start_date: '2031-02-01',
      end_date: '2031-07-31',
    });
    await w.mobility({ unitCode: 'EE', ...exchange, start_date: '2031-03-01', end_date: '2031-03-20' });
    await w.mobility({ unitCode: 'ME', ...exchange, start_date: '2031-05-01', end_date: '2031-10-31' });
    await w.mobility({
      unitCode: 'ME',
      ...exchange,
      status: 'cancelled',
      start_date: '2031-02-01',
      end_date: '2031-07-31',
    });
    ids.busSemester = await w.mobility({
      unitCode: 'IB',
      ...exchange,
      start_date: '2031-01-15',
      end_date: '2031-06-30',
    });
    // Conferences: two in Engineering within the period (one by a department), one archived, one after it.
    ids.engConf1 = await w.activity('ENG', 'conference_held', '2031-02-10');
    ids.engConf2 = await w.activity('CSIE', 'conference_held', '2031-03-31');
    await w.activity('ENG', 'conference_held', '2031-02-11', { archived_at: '2031-01-01T00:00:00Z' });
    await w.activity('ENG', 'conference_held', '2031-04-01');
    await w.activity('ENG', 'paper_abroad', '2031-02-01');
    ids.busConf = await w.activity('BUS', 'conference_held', '2031-02-10');
  });
  afterAll(() => w.t.close());
  beforeEach(() => mailEachNotification(w.db));

  it('pre-fills every current indicator from the records, with targets and drill-downs', async () => {
    const period = await w.createPeriod();
    const targets = await w.as.oia.put(`/api/v1/indicators/${conf.id}/targets`, {
      year: 2031,
      items: [
        { unitId: w.unit.ENG, quarter: 1, target: 3, version: null },
        { unitId: w.unit.ENG, quarter: 0, target: 10, version: null },
      ],
    });
    expect(targets.statusCode, targets.body).toBe(200);
    const engId = await w.submissionId(w.as.coordEng, period.id, 'ENG');
    const eng = (await w.as.coordEng.get(`/api/v1/reporting/submissions/${engId}`)).json();
    expect(eng).toMatchObject({
      status: 'draft',
      unitCode: 'ENG',
      permissions: { edit: true, submit: true, review: false },
    });
    expect(w.figureOf(eng, outSem.code)).toMatchObject({ value: 1, target: null, method: 'computed' });
    expect(w.figureOf(eng, conf.code)).toMatchObject({
      value: 2,
      target: 3,
      method: 'manual',
      activityKind: 'conference_held',
    });
    // Every current indicator has its figure (the demo's too), counted on the same records: none in 2031.
    const current = (await w.as.oia.get('/api/v1/indicators')).json().items as { code: string }[];
    expect(eng.figures.map((f: { code: string }) => f.code).sort()).toEqual(current.map((i) => i.code).sort());
    expect(w.figureOf(eng, 'CONF')).toMatchObject({ value: 2 });

    const busId = await w.submissionId(w.as.oia, period.id, 'BUS');
    const bus = (await w.as.oia.get(`/api/v1/reporting/submissions/${busId}`)).json();
    expect(w.figureOf(bus, outSem.code).value).toBe(1);
    expect(w.figureOf(bus, conf.code).value).toBe(1);

    const drill = async (sid: number, indicatorId: number) => {
      const res = await w.as.coordEng.get(`/api/v1/reporting/submissions/${sid}/indicators/${indicatorId}/records`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const semesterRecords = await drill(engId, outSem.id);
    expect(semesterRecords.total).toBe(1);
    expect(semesterRecords.items.map((r: any) => [r.entity, r.id])).toEqual([['mobility', ids.engSemester]]);
    const busRecords = await w.as.oia.get(`/api/v1/reporting/submissions/${busId}/indicators/${outSem.id}/records`);
    expect(busRecords.json().items.map((r: any) => r.id)).toEqual([ids.busSemester]);
    const confRecords = await drill(engId, conf.id);
    expect(confRecords.items.map((r: any) => r.id)).toEqual([ids.engConf1, ids.engConf2]);
    // A coordinator reads only their own college.
    expect((await w.as.coordEng.get(`/api/v1/reporting/submissions/${busId}`)).statusCode).toBe(403);
    expect(
      (await w.as.coordEng.get(`/api/v1/reporting/submissions/${busId}/indicators/${conf.id}/records`)).statusCode,
    ).toBe(403);
  });

  it('runs submit → return (comment required) → submit → approve, each by the right people only', async () => {
    const period = await w.createPeriod();
    const id = await w.submissionId(w.as.oia, period.id, 'ENG');
    const url = `/api/v1/reporting/submissions/${id}`;
    const notes = await w.as.coordEng.put(`${url}/notes`, {
      version: 1,
      notes: [{ indicatorId: conf.id, explanation: '兩場研討會' }],
    });
    expect(notes.statusCode, notes.body).toBe(200);
    expect(notes.json()).toMatchObject({ version: 2 });
    expect(w.figureOf(notes.json(), conf.code).explanation).toBe('兩場研討會');
    expect(
      (await w.as.coordEng.put(`${url}/notes`, { version: 1, notes: [{ indicatorId: conf.id, explanation: 'x' }] }))
        .statusCode,
    ).toBe(409);

    // Business's coordinator cannot submit Engineering's; the vice president cannot either.
    expect((await w.as.coordBus.post(`${url}/submit`, { version: 2 })).statusCode).toBe(403);
    expect((await w.as.vp.post(`${url}/submit`, { version: 2 })).statusCode).toBe(403);
    // Nobody reviews a draft.
    expect((await w.as.oia.post(`${url}/approve`, { version: 2 })).statusCode).toBe(409);

    const submitted = await w.as.coordEng.post(`${url}/submit`, { version: 2 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      version: 3,
      submittedBy: { email: 'coord.eng@demo.meridian.tw' },
    });
    expect(submitted.json().permissions).toMatchObject({ edit: false, submit: false });
    // Under review: the coordinator can no longer change it.
    const locked = await w.as.coordEng.put(
      `${url}/notes`,
      { version: 3, notes: [{ indicatorId: conf.id, explanation: 'x' }] },
      { locale: 'en' },
    );
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('submitted for review');

    // The vice president reads it but may not review; a coordinator may not approve.
    const vpRead = await w.as.vp.get(url);
    expect(vpRead.statusCode).toBe(200);
    expect(vpRead.json().permissions).toEqual({ edit: false, submit: false, review: false });
    expect((await w.as.vp.post(`${url}/approve`, { version: 3 })).statusCode).toBe(403);
    expect((await w.as.vp.post(`${url}/return`, { version: 3, comment: 'no' })).statusCode).toBe(403);
    expect((await w.as.coordEng.post(`${url}/approve`, { version: 3 })).statusCode).toBe(403);
    expect((await w.as.oia.get(url)).json().permissions.review).toBe(true);

    const noComment = await w.as.oia.post(`${url}/return`, { version: 3, comment: '  ' }, { locale: 'en' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields[0]).toMatchObject({ path: 'comment', code: 'required' });
    const returned = await w.as.oia.post(`${url}/return`, { version: 3, comment: '請補充第二場研討會的說明' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviewComment: '請補充第二場研討會的說明',
      reviewedBy: { email: 'oia.ic@demo.meridian.tw' },
    });

    const resubmitted = await w.as.coordEng.post(`${url}/submit`, { version: 4 });
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', reviewComment: null });
    const stale = await w.as.oia.post(`${url}/approve`, { version: 4 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const approved = await w.as.oia.post(`${url}/approve`, { version: 5 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', version: 6 });
    expect(approved.json().approvedAt).toBeTruthy();

    // Audit trail and messages: OIA heard of each submission, the coordinator of the return and approval.
    const history = (await w.as.oia.get(`${url}/history`)).json().items.map((e: any) => `${e.action}`);
    expect(history).toEqual(['transition', 'transition', 'transition', 'transition', 'update']);
    const told = await w.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['u.email', 'n.kind'])
      .where('n.entity_type', '=', 'submission')
      .where('n.entity_id', '=', id)
      .orderBy('n.id')
      .execute();
    expect(told.filter((n) => n.email === 'coord.eng@demo.meridian.tw').map((n) => n.kind)).toEqual([
      'submission.returned',
      'submission.approved',
    ]);
    expect(told.filter((n) => n.email === 'oia.iss@demo.meridian.tw').map((n) => n.kind)).toEqual([
      'submission.submitted',
      'submission.submitted',
    ]);
    expect(told.some((n) => n.email === 'coord.bus@demo.meridian.tw')).toBe(false);
    const mail = await w.db
      .selectFrom('mail_outbox')
      .select(['subject', 'locale', 'body_text'])
      .where('to_address', '=', 'oia.iss@demo.meridian.tw')
      .where('dedupe_key', 'like', `submission:${id}:submitted:%`)
      .executeTakeFirstOrThrow();
    expect(mail.locale).toBe('en');
    expect(mail.subject).toContain('Indicator report submitted: College of Engineering');
    expect(mail.body_text).toContain(`/reporting/submissions/${id}`);

    // Approved: locked for everyone, with a clear message.
    const again = await w.as.oia.post(`${url}/approve`, { version: 6 }, { locale: 'en' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('approved and is locked');
    expect((await w.as.coordEng.post(`${url}/submit`, { version: 6 })).statusCode).toBe(409);
    expect(
      (await w.as.coordEng.put(`${url}/notes`, { version: 6, notes: [{ indicatorId: conf.id, explanation: 'x' }] }))
        .statusCode,
    ).toBe(409);
  });

  it('keeps the approved snapshot: later records and definition edits change today’s figure only', async () => {
    const period = await w.createPeriod();
    const other = await w.createPeriod();
    const id = await w.submissionId(w.as.oia, period.id, 'ENG');
    const url = `/api/v1/reporting/submissions/${id}`;
    await w.as.coordEng.post(`${url}/submit`, { version: 1 });
    const approved = (await w.as.oia.post(`${url}/approve`, { version: 2 })).json();
    expect(w.figureOf(approved, conf.code)).toMatchObject({
      value: 2,
      snapshotValue: 2,
      difference: 0,
      nameEn: 'Conferences v1',
    });
    const stored = await w.db
      .selectFrom('submissions')
      .select('snapshot')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const snapshot = JSON.parse(stored.snapshot as string);
    const kept = snapshot.items.find((i: any) => i.indicatorId === conf.id);
    expect(kept).toMatchObject({
      code: conf.code,
      value: 2,
      versionId: expect.any(Number),
      records: { entity: 'activity', ids: [ids.engConf1, ids.engConf2] },
    });

    // A new conference in the period, and the definition edited (version 2).
    const added = await w.activity('EE', 'conference_held', '2031-01-20');
    const current = (await w.as.admin.get(`/api/v1/indicators/${conf.id}`)).json();
    const edit = await w.as.admin.put(`/api/v1/indicators/${conf.id}`, {
      ...Object.fromEntries(
        [
          'nameZh',
          'definitionZh',
          'definitionEn',
          'unit',
          'strategy',
          'chapter',
          'method',
          'rule',
          'activityKind',
          'sourceZh',
          'sourceEn',
          'sortOrder',
        ].map((k) => [k, current[k]]),
      ),
      nameEn: 'Conferences v2',
      version: current.version,
    });
    expect(edit.statusCode, edit.body).toBe(200);

    const after = (await w.as.vp.get(url)).json();
    expect(after.status).toBe('approved');
    expect(w.figureOf(after, conf.code)).toMatchObject({
      snapshotValue: 2,
      value: 3,
      difference: 1,
      nameEn: 'Conferences v1',
      versionId: kept.versionId,
    });
    const snap = await w.as.vp.get(`${url}/indicators/${conf.id}/records?at=snapshot`);
    expect(snap.json().items.map((r: any) => r.id)).toEqual([ids.engConf1, ids.engConf2]);
    const today = await w.as.vp.get(`${url}/indicators/${conf.id}/records`);
    expect(today.json().items.map((r: any) => r.id)).toEqual(
      [ids.engConf1, ids.engConf2, added].sort((a, b) => Number(a) - Number(b)),
    );

    // A submission not yet approved shows the current definition.
    const draftId = await w.submissionId(w.as.oia, other.id, 'ENG');
    const draft = (await w.as.oia.get(`/api/v1/reporting/submissions/${draftId}`)).json();
    expect(w.figureOf(draft, conf.code)).toMatchObject({ nameEn: 'Conferences v2', value: 3, snapshotValue: null });
  });

  it('lists periods with counts and the coordinator’s own submission; the overview shows who has not submitted', async () => {
    const period = await w.createPeriod();
    const id = await w.submissionId(w.as.coordEng, period.id, 'ENG');
    await w.as.coordEng.post(`/api/v1/reporting/submissions/${id}/submit`, { version: 1 });
    const list = (await w.as.coordEng.get('/api/v1/reporting/periods')).json();
    const line = list.items.find((p: any) => p.id === period.id);
    expect(line).toMatchObject({ state: 'open', counts: { colleges: 4, submitted: 1, approved: 0 } });
    expect(line.own).toEqual([{ submissionId: id, unitId: w.unit.ENG, status: 'submitted' }]);
    expect(
      (await w.as.oia.get('/api/v1/reporting/periods')).json().items.find((p: any) => p.id === period.id).own,
    ).toEqual([]);

    const overview = (await w.as.vp.get(`/api/v1/reporting/periods/${period.id}`)).json();
    expect(overview.colleges.map((c: any) => `${c.unitCode}:${c.status}`)).toEqual([
      'ENG:submitted',
      'BUS:draft',
      'HSS:draft',
      'DD:draft',
    ]);
    expect(overview.colleges[0].submittedBy.email).toBe('coord.eng@demo.meridian.tw');
    expect(overview.notSubmitted.map((c: any) => c.unitCode)).toEqual(['BUS', 'HSS', 'DD']);
    const coordView = (await w.as.coordEng.get(`/api/v1/reporting/periods/${period.id}`)).json();
    expect(coordView.colleges.map((c: any) => c.unitCode)).toEqual(['ENG']);
    expect((await w.as.student.get('/api/v1/reporting/periods')).statusCode).toBe(403);

    // The demo's closed 2026 Q3 report as review left it; Engineering's is approved with its snapshot.
    const q3 = list.items.find((p: any) => p.nameEn === '2026 Q3 college indicators');
    const q3View = (await w.as.oia.get(`/api/v1/reporting/periods/${q3.id}`)).json();
    expect(q3View.state).toBe('closed');
    expect(q3View.colleges.map((c: any) => `${c.unitCode}:${c.status}`)).toEqual([
      'ENG:approved',
      'BUS:submitted',
      'HSS:returned',
      'DD:draft',
    ]);
    const engQ3 = (await w.as.coordEng.get(`/api/v1/reporting/submissions/${q3View.colleges[0].submissionId}`)).json();
    expect(engQ3.permissions).toEqual({ edit: false, submit: false, review: false });
    expect(engQ3.figures.length).toBeGreaterThanOrEqual(12);
    for (const f of engQ3.figures) expect(f.difference).toBe(f.value - f.snapshotValue);

    // A period that has not opened has no submissions yet.
    const later = await w.createPeriod({ opensOn: '2099-01-01', closesOn: '2099-02-01' });
    const upcoming = (await w.as.oia.get(`/api/v1/reporting/periods/${later.id}`)).json();
    expect(upcoming.state).toBe('upcoming');
    expect(upcoming.colleges.every((c: any) => c.submissionId === null && c.status === null)).toBe(true);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(w.db, ['submission', 'reporting_period']);
  });
});
