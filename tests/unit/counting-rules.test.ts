import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CountScope,
  type IndicatorMethodSpec,
  indicatorFigure,
  indicatorRecords,
} from '#server/modules/counting/index.js';
import type { MobilityKind } from '#shared/mobility.js';
import type { ComputedRule } from '#shared/reporting.js';
import { DIALECTS } from '#tests/setup/db.js';
import { countingWorld } from './counting-fixtures.js';

/**
 * Every counting rule stated on hand-made records (a college of two departments, dates in 2031–2032),
 * with the expected figure written here and the drill-down checked to list exactly the counted ids.
 */
describe.each(DIALECTS)('counting rules (%s)', (dialect) => {
  let w: Awaited<ReturnType<typeof countingWorld>>;
  const ids: Record<string, number> = {};
  let fall: CountScope;
  let spring: CountScope;

  beforeAll(async () => {
    w = await countingWorld(dialect);
    const college = [w.college, w.deptA, w.deptB];
    fall = { unitIds: college, from: '2031-08-01', to: '2032-01-31', referenceDate: '2031-10-15' };
    spring = { unitIds: college, from: '2032-02-01', to: '2032-07-31' };
    const m = w.mobility;
    // outbound students (default period: start 2031-09-01, end 2032-01-31, credit-bearing, day, deptA)
    ids.o1 = await m();
    ids.o2 = await m({ kind: 'short_term', start: '2031-10-01', end: '2031-10-20' });
    ids.o3 = await m({ kind: 'competition' });
    ids.o4 = await m({ credit: false, end: '2031-12-31' });
    ids.o5 = await m({ status: 'cancelled' });
    ids.o6 = await m({ archived: true });
    ids.o7 = await m({ start: '2031-09-10', end: '2032-06-30', unitId: w.deptB }); // spans two semesters
    ids.o8 = await m({ studyTime: 'evening' });
    ids.o9 = await m({ unitId: w.other });
    ids.o10 = await m({ end: '2031-11-14' }); // 75 days
    // inbound students on 2031-10-15
    const deg = (extra: Parameters<typeof m>[0]) =>
      m({
        direction: 'inbound',
        kind: 'degree',
        moe: 'foreign',
        status: 'enrolled',
        start: '2030-09-01',
        end: null,
        ...extra,
      });
    ids.i1 = await deg({});
    ids.i2 = await deg({ dual: true });
    ids.i3 = await deg({ moe: 'hk_macau' });
    ids.i4 = await deg({ moe: 'mainland' });
    ids.i5 = await deg({ moe: 'overseas_chinese' });
    ids.i6 = await deg({ status: 'on_leave', changedOn: '2031-09-20' }); // on leave on the date
    ids.i7 = await deg({ status: 'on_leave', changedOn: '2031-11-01' }); // went on leave after it
    ids.i8 = await deg({ status: 'deferred' });
    ids.i9 = await deg({ start: '2031-11-01' });
    ids.i10 = await deg({ status: 'graduated', changedOn: '2031-06-30' });
    const inb = (kind: MobilityKind, extra: Parameters<typeof m>[0] = {}) =>
      m({ direction: 'inbound', kind, status: 'arrived', ...extra });
    ids.i11 = await inb('exchange_in');
    ids.i12 = await inb('exchange_in', { moe: 'mainland' });
    ids.i13 = await inb('offshore', { status: 'enrolled' });
    ids.i14 = await inb('teep');
    ids.i15 = await inb('foundation', { status: 'enrolled' });
    ids.i16 = await inb('exchange_in', { status: 'accepted', changedOn: '2031-08-01' });
    // staff and scholars
    ids.s1 = await m({ category: 'staff', kind: 'conference', start: '2031-10-01', end: '2031-10-05', credit: false });
    ids.sc1 = await m({ category: 'scholar', direction: 'inbound', kind: 'guest_lecture', start: '2031-11-01' });
    // agreements (figures at 2032-01-31)
    ids.a1 = await w.agreement({ start: '2030-01-01' });
    ids.a2 = await w.agreement({ status: 'terminated', start: '2031-08-15', terminatedOn: '2031-12-01' });
    ids.a3 = await w.agreement({ status: 'terminated', start: '2030-05-01', terminatedOn: '2032-03-01' });
    ids.a4 = await w.agreement({ status: 'draft', start: '2031-09-01' });
    ids.a5 = await w.agreement({ start: '2032-03-01' });
    ids.a6 = await w.agreement({ start: '2029-01-01', end: '2031-12-31' });
    ids.a7 = await w.agreement({ start: '2031-09-01', end: null, unitId: w.college });
    ids.a8 = await w.agreement({ start: '2031-09-01', unitId: w.other });
    // college exchange activities
    ids.c1 = await w.activity('conference_held', '2031-10-01', w.deptB);
    ids.c2 = await w.activity('conference_held', '2031-07-31');
    ids.c3 = await w.activity('conference_held', '2031-10-02', w.deptA, { archived_at: new Date().toISOString() });
    ids.c4 = await w.activity('conference_held', '2031-10-03', w.other);
    ids.c5 = await w.activity('paper_abroad', '2031-10-03');
  });
  afterAll(() => w.t.drop());

  const rule = (r: ComputedRule): IndicatorMethodSpec => ({ method: 'computed', rule: r });
  /** The figure and the drill-down agree, and the drill-down holds exactly these records. */
  async function expectCounted(spec: IndicatorMethodSpec, scope: CountScope, names: string[]) {
    const [n, ref] = await Promise.all([indicatorFigure(w.db, spec, scope), indicatorRecords(w.db, spec, scope)]);
    expect(ref.ids).toEqual(names.map((k) => ids[k] as number).sort((a, b) => a - b));
    expect(n).toBe(names.length);
  }

  it('outbound students: counted kinds, credit-bearing, day programs, not cancelled or archived, in the units', async () => {
    await expectCounted(rule('outbound_students_all'), fall, ['o1', 'o2', 'o7', 'o10']);
    await expectCounted(rule('outbound_students_semester'), fall, ['o1', 'o7']);
    await expectCounted(rule('outbound_students_short'), fall, ['o2', 'o10']);
    await expectCounted(rule('outbound_students_all'), { ...fall, unitIds: 'all' }, ['o1', 'o2', 'o7', 'o9', 'o10']);
    await expectCounted(rule('outbound_students_all'), { ...fall, unitIds: [] }, []);
  });

  it('a mobility spanning two semesters counts in the one it starts in, or in both when set to overlap', async () => {
    await expectCounted(rule('outbound_students_all'), spring, []);
    await w.setSetting('attribution', 'overlap');
    await expectCounted(rule('outbound_students_all'), spring, ['o7']);
    await expectCounted(rule('outbound_students_semester'), spring, ['o7']);
    await w.clearSettings();
  });

  it('settings change the figures: threshold, non-credit trips, evening programs, kinds', async () => {
    await w.setSetting('semester_days', 60);
    await expectCounted(rule('outbound_students_semester'), fall, ['o1', 'o7', 'o10']);
    await expectCounted(rule('outbound_students_short'), fall, ['o2']);
    await w.setSetting('outbound_non_credit', true);
    await expectCounted(rule('outbound_students_short'), fall, ['o2', 'o4']);
    await w.setSetting('include_evening', true);
    await expectCounted(rule('outbound_students_all'), fall, ['o1', 'o2', 'o4', 'o7', 'o8', 'o10']);
    await w.setSetting('outbound_kinds', ['competition']);
    await expectCounted(rule('outbound_students_all'), fall, ['o3']);
    await w.clearSettings();
  });

  it('international degree students on the reference date (table 4-2-3): studying on the date only', async () => {
    // i6 on leave on the date, i8 deferred, i9 starts later, i10 graduated before: out; i7 left after: in;
    // i15 is a foundation-program student: not a degree student, so not in 4-2-3 by default (issue 17.11)
    await expectCounted(rule('international_students_on_date'), fall, ['i1', 'i2', 'i3', 'i4', 'i5', 'i7']);
    // the status as of a date after i7 went on leave
    await expectCounted(rule('international_students_on_date'), { ...fall, referenceDate: '2031-11-15' }, [
      'i1',
      'i2',
      'i3',
      'i4',
      'i5',
      'i9',
    ]);
    await w.setSetting('foundation_in_tvc_4_2_3', true);
    await w.setSetting('excluded_statuses', ['withdrawn', 'deferred']);
    await expectCounted(rule('international_students_on_date'), fall, [
      'i1',
      'i2',
      'i3',
      'i4',
      'i5',
      'i6',
      'i7',
      'i15',
    ]);
    await w.setSetting('foundation_from_year', 121); // from 2032-08-01
    await w.setSetting('excluded_statuses', ['on_leave', 'withdrawn', 'deferred']);
    await expectCounted(rule('international_students_on_date'), fall, ['i1', 'i2', 'i3', 'i4', 'i5', 'i7']);
    await w.clearSettings();
  });

  it('inbound non-degree, exchange and TEEP students in the period; interns follow the setting', async () => {
    await expectCounted(rule('non_degree_students'), fall, ['i11', 'i12', 'i16']);
    await expectCounted(rule('exchange_students_in'), fall, ['i11', 'i12', 'i16']);
    await expectCounted(rule('teep_interns'), fall, ['i14']);
    await w.setSetting('intern_column', 'short_term');
    await expectCounted(rule('non_degree_students'), fall, ['i11', 'i12', 'i14', 'i16']);
    await w.clearSettings();
  });

  it('staff abroad and scholars in', async () => {
    await expectCounted(rule('staff_abroad'), fall, ['s1']);
    await expectCounted(rule('scholars_in'), fall, ['sc1']);
    await expectCounted(rule('scholars_in'), spring, []);
  });

  it('agreements in force at the end of the period and agreements started in it, by owning unit', async () => {
    await expectCounted(rule('active_agreements'), fall, ['a1', 'a3', 'a7']);
    await expectCounted(rule('new_agreements'), fall, ['a2', 'a7']);
    await expectCounted(rule('active_agreements'), { ...fall, unitIds: [w.other] }, ['a8']);
  });

  it('hand-entered activities: that kind, in the period, not archived, in the units', async () => {
    await expectCounted({ method: 'manual', activityKind: 'conference_held' }, fall, ['c1']);
    await expectCounted({ method: 'manual', activityKind: 'paper_abroad' }, fall, ['c5']);
    await expectCounted({ method: 'manual', activityKind: 'conference_held' }, { ...fall, unitIds: 'all' }, [
      'c1',
      'c4',
    ]);
  });
});
