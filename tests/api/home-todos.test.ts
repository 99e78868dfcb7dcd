import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '#shared/calendar.js';
import { nextStepOf } from '#shared/home.js';
import type { HomeTodos } from '#shared/schemas/home.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** Issue 23, item 14: each role's home opens on its own to-dos, within the units its roles act for. */
describe.each(DIALECTS)('home to-dos (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'ic' | 'iss' | 'coord' | 'student' | 'exec', Client>;
  let today: string;
  beforeAll(async () => {
    t = await setupApp(dialect, { PUBLIC_FORM_RATE_PER_HOUR: '1000' });
    as = {
      ic: await t.login(DEMO.oia),
      iss: await t.login(DEMO.oiaIss),
      coord: await t.login(DEMO.coordEng),
      student: await t.login(DEMO.student),
      exec: await t.login(DEMO.executive),
    };
    today = businessDate(t.clock.now());
  });
  afterAll(() => t.close());

  const todos = async (c: Client) => {
    const res = await c.get('/api/v1/home/todos');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as HomeTodos;
  };
  const kinds = (h: HomeTodos) => h.staff.map((s) => s.kind);
  const of = (h: HomeTodos, kind: string) => h.staff.find((s) => s.kind === kind);
  const unitIds = async (code: string) => {
    const unit = await t.db.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    const rows = await t.db.db.selectFrom('units').select(['id', 'parent_id']).execute();
    const ids = new Set([unit.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of rows)
        if (r.parent_id !== null && ids.has(r.parent_id) && !ids.has(r.id)) {
          ids.add(r.id);
          grew = true;
        }
    }
    return [...ids];
  };

  it('gives the office the agreements to approve and a coordinator only their college’s drafts', async () => {
    const underReview = await t.db.db
      .selectFrom('agreements')
      .select('id')
      .where('status', '=', 'under_review')
      .where('archived_at', 'is', null)
      .execute();
    expect(underReview.length).toBeGreaterThan(0);
    const ic = await todos(as.ic);
    expect(of(ic, 'agreementsToApprove')?.count).toBe(underReview.length);
    expect(of(ic, 'agreementsToApprove')?.entries.length).toBeLessThanOrEqual(5);

    const eng = await unitIds('ENG');
    const drafts = await t.db.db
      .selectFrom('agreements')
      .select('id')
      .where('status', '=', 'draft')
      .where('archived_at', 'is', null)
      .where('owning_unit_id', 'in', eng)
      .execute();
    const coord = await todos(as.coord);
    expect(kinds(coord)).not.toContain('agreementsToApprove');
    expect(kinds(coord)).not.toContain('checklistToReview');
    expect(kinds(coord)).not.toContain('slaNearBreach');
    expect(of(coord, 'agreementDrafts')?.count ?? 0).toBe(drafts.length);
  });

  it('lists agreement dates of this week for the units one acts for only', async () => {
    const eng = await unitIds('ENG');
    const a = await t.db.db
      .selectFrom('agreements')
      .select('id')
      .where('status', '=', 'active')
      .where('owning_unit_id', 'in', eng)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const end = addDays(today, 3);
    await t.db.db.updateTable('agreements').set({ end_date: end }).where('id', '=', a.id).execute();
    const coord = of(await todos(as.coord), 'deadlinesThisWeek');
    expect(coord?.entries.map((e) => e.id)).toContain(a.id);
    const bus = await t.login(DEMO.coordBus);
    expect(of(await todos(bus), 'deadlinesThisWeek')?.entries.map((e) => e.id) ?? []).not.toContain(a.id);
  });

  it('shows a division its enquiries near breach and each handler what is assigned to them', async () => {
    const ask = await t.anon.post('/api/public/enquiries', {
      categoryCode: 'visa_residence',
      name: 'Maria Santos',
      email: 'maria.home@example.org',
      subject: 'Residence permit renewal',
      body: 'When should I renew my residence permit?',
      locale: 'en',
    });
    expect(ask.statusCode, ask.body).toBe(201);
    const row = await t.db.db
      .selectFrom('enquiries')
      .select(['id', 'version'])
      .where('reference', '=', ask.json().reference)
      .executeTakeFirstOrThrow();
    await t.db.db.updateTable('enquiries').set({ first_response_due: today }).where('id', '=', row.id).execute();
    const issUser = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO.oiaIss)
      .executeTakeFirstOrThrow();
    const assigned = await as.iss.post(`/api/v1/enquiries/${row.id}/assign`, {
      assigneeId: issUser.id,
      version: row.version,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);

    const iss = await todos(as.iss);
    expect(of(iss, 'slaNearBreach')?.entries.map((e) => e.id)).toContain(row.id);
    expect(of(iss, 'enquiriesAssigned')?.entries.map((e) => e.id)).toContain(row.id);
    expect(kinds(iss).indexOf('slaNearBreach')).toBe(0); // the most pressing first
    const ic = await todos(as.ic);
    expect(of(ic, 'slaNearBreach')?.entries.map((e) => e.id) ?? []).not.toContain(row.id); // another division
    expect((await todos(as.exec)).staff).toEqual([]);
  });

  it('shows the owning office the checklist documents waiting for review', async () => {
    const iss = await unitIds('OIA-ISS');
    const waiting = await t.db.db
      .selectFrom('mobility_documents')
      .select('id')
      .where('status', '=', 'under_review')
      .where('owning_unit_id', 'in', iss)
      .execute();
    expect(of(await todos(as.iss), 'checklistToReview')?.count ?? 0).toBe(waiting.length);
  });

  it("gives a student their checklist's deadlines and each exchange's next step, and no staff to-dos", async () => {
    const me = await t.db.db
      .selectFrom('people as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select('p.id')
      .where('u.email', '=', DEMO.student)
      .executeTakeFirstOrThrow();
    // An accepted inbound exchange of theirs, starting in three weeks, with one document sent back.
    const m = await t.db.db
      .selectFrom('mobilities as m')
      .innerJoin('mobility_documents as d', 'd.mobility_id', 'm.id')
      .select(['m.id', 'd.id as docId', 'd.kind'])
      .where('m.direction', '=', 'inbound')
      .orderBy('m.id')
      .executeTakeFirstOrThrow();
    const start = addDays(today, 21);
    await t.db.db
      .updateTable('mobilities')
      .set({ person_id: me.id, status: 'accepted', start_date: start })
      .where('id', '=', m.id)
      .execute();
    await t.db.db
      .updateTable('mobility_documents')
      .set({ status: 'rejected', rejection_reason: 'unreadable scan' })
      .where('id', '=', m.docId)
      .execute();

    const home = await todos(as.student);
    expect(home.staff).toEqual([]);
    expect(home.documents).toContainEqual(
      expect.objectContaining({
        id: m.docId,
        mobilityId: m.id,
        status: 'rejected',
        due: start,
        rejectionReason: 'unreadable scan',
      }),
    );
    expect(home.nextSteps).toContainEqual({
      mobilityId: m.id,
      direction: 'inbound',
      status: 'accepted',
      step: 'checklist',
    });
    for (const s of home.nextSteps) expect(s.step).toBe(nextStepOf(s.direction, s.status));
    // Nobody else's: every document listed belongs to one of their exchanges.
    const mine = await t.db.db.selectFrom('mobilities').select('id').where('person_id', '=', me.id).execute();
    for (const d of home.documents) expect(mine.map((x) => x.id)).toContain(d.mobilityId);
  });
});
