import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildOutboundFacts, recomputedOutboundFacts } from '#server/db/outbound-facts.js';
import { countedBy, countOf, loadCountingSettings, ruleContext } from '#server/modules/counting/index.js';
import { ministryTable } from '#server/reports/ministry/ministry-tables.js';
import type { DegreeLevel, Direction, Gender, MobilityKind, PersonKind, ProgramType } from '#shared/mobility.js';
import { createTestDb, DIALECTS, type TestDb } from '#tests/setup/db.js';

/**
 * Kept figures of 學5 (issue 24, docs/decisions/0043): after any sequence of writes to mobility records
 * (created, changed in any kept column or moved to another person, archived, cancelled, deleted, several
 * of a person's records in one statement) and to people's nationality, the outbound facts equal a full
 * recomputation, and Ministry table 2 read from them equals the table counted on the records.
 */
const DAYS = ['2030-02-20', '2030-03-01', '2030-08-01', '2030-09-15', '2031-02-01', null];
const record = fc.record({
  person: fc.nat(3),
  direction: fc.constantFrom<Direction>('outbound', 'outbound', 'inbound'),
  person_category: fc.constantFrom<PersonKind>('student', 'student', 'staff'),
  kind: fc.constantFrom<MobilityKind>('exchange', 'short_term', 'exchange_in', 'degree'),
  moe_category: fc.constantFrom('foreign' as const, 'mainland' as const, null),
  status: fc.constantFrom('planned', 'abroad', 'completed', 'cancelled'),
  start_date: fc.constantFrom(...DAYS),
  unit: fc.nat(3),
  credit_bearing: fc.constantFrom(0, 1),
  at_least_semester: fc.constantFrom(0, 1),
  study_time: fc.constantFrom('day', 'evening', null),
  degree_level: fc.constantFrom<DegreeLevel | null>('bachelor', 'master', null),
  program_type: fc.constantFrom<ProgramType | null>('bachelor', 'two_year_associate', 'doctoral', null),
  gender: fc.constantFrom<Gender | null>('male', 'female', null),
  country: fc.constantFrom('JP', 'DE', null),
  archived: fc.boolean(),
});
const op = fc.oneof(
  fc.record({ op: fc.constant('create' as const), row: record }),
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), row: record }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  // several records of one person in one statement (PostgreSQL runs the row triggers after all of them)
  fc.record({ op: fc.constant('person_records' as const), person: fc.nat(3), cancel: fc.boolean() }),
  fc.record({ op: fc.constant('nationality' as const), person: fc.nat(3) }).chain((o) =>
    fc.record({
      op: fc.constant(o.op),
      person: fc.constant(o.person),
      nationality: fc.constantFrom('TW', 'tw', 'JP', 'CN', null),
    }),
  ),
);
const OUTBOUND_RULES = ['outbound_students_all', 'outbound_students_semester', 'outbound_students_short'] as const;
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
type Row = typeof record extends fc.Arbitrary<infer T> ? T : never;

describe.each(DIALECTS)('kept 學5 figures (%s)', (dialect) => {
  let t: TestDb;
  let people: number[];
  let units: number[];
  const mine: number[] = [];
  beforeAll(async () => {
    t = await createTestDb(dialect);
    // people of their own: demo people may have inbound records already, which would fix who is domestic
    const now = new Date().toISOString();
    people = [];
    for (const i of [1, 2, 3, 4]) {
      const p = await t.db
        .insertInto('people')
        .values({
          kind: 'student',
          name_en: `K${i}`,
          nationality: 'TW',
          search_text: `k${i}`,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      people.push(p.id);
    }
    units = (await t.db.selectFrom('units').select('id').orderBy('id').limit(4).execute()).map((u) => u.id);
  });
  afterAll(() => t.drop());

  const personOf = (i: number) => people[i % people.length] as number;
  const columns = (w: Row) => ({
    person_id: personOf(w.person),
    direction: w.direction,
    person_category: w.person_category,
    kind: w.kind,
    moe_category: w.moe_category,
    status: w.status,
    start_date: w.start_date,
    end_date: w.start_date,
    unit_id: units[w.unit % units.length] ?? null,
    credit_bearing: w.credit_bearing,
    at_least_semester: w.at_least_semester,
    study_time: w.study_time,
    degree_level: w.degree_level,
    program_type: w.program_type,
    gender: w.gender,
    country: w.country,
    archived_at: w.archived ? '2030-01-01T00:00:00.000Z' : null,
  });

  async function run(o: Op) {
    const now = '2030-01-01T00:00:00.000Z';
    if (o.op === 'create') {
      const r = await t.db
        .insertInto('mobilities')
        .values({ ...columns(o.row), created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      mine.push(r.id);
    } else if (o.op === 'nationality') {
      await t.db
        .updateTable('people')
        .set({ nationality: o.nationality })
        .where('id', '=', personOf(o.person))
        .execute();
    } else if (o.op === 'person_records') {
      await t.db
        .updateTable('mobilities')
        .set({ status: o.cancel ? 'cancelled' : 'planned', country: o.cancel ? 'DE' : 'JP' })
        .where('person_id', '=', personOf(o.person))
        .where('id', 'in', mine.length ? mine : [0])
        .execute();
    } else if (mine.length) {
      const at = o.pick % mine.length;
      const id = mine[at] as number;
      if (o.op === 'update') await t.db.updateTable('mobilities').set(columns(o.row)).where('id', '=', id).execute();
      else {
        await t.db.deleteFrom('mobilities').where('id', '=', id).execute();
        mine.splice(at, 1);
      }
    }
  }

  async function keptEqualsRecomputed() {
    const kept = await sql<{ fact_key: string; n: number }>`select fact_key, n from outbound_student_facts
      where n <> 0`.execute(t.db);
    const full = await recomputedOutboundFacts(t.db);
    const norm = (rows: { fact_key: string; n: number }[]) =>
      rows.map((r) => [r.fact_key, Number(r.n)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(norm(kept.rows)).toEqual(norm(full.rows));
  }

  async function tablesAgree() {
    const base = await loadCountingSettings(t.db);
    const variants = [
      base,
      { ...base, outbound_domestic_only: !base.outbound_domestic_only, include_evening: true },
      { ...base, outbound_non_credit: true, outbound_kinds: ['exchange' as const] },
    ];
    for (const settings of variants) {
      for (const q of [
        { from: '2030-02-01', to: '2030-07-31' },
        { from: '2030-08-01', to: '2031-07-31' },
      ]) {
        const kept = await ministryTable(t.db, 'outbound_students', q, { settings });
        const records = await ministryTable(t.db, 'outbound_students', q, { settings, records: true });
        expect(kept.rows, JSON.stringify({ q, settings })).toEqual(records.rows);
        // the outbound indicators of a submission (countOf) read the same facts when counting domestic students only
        const ctx = await ruleContext(t.db, settings);
        for (const rule of OUTBOUND_RULES) {
          const c = countedBy({ method: 'computed', rule }, { unitIds: 'all', ...q }, ctx);
          if (c.entity !== 'mobility') continue;
          if (settings.outbound_domestic_only) expect(c.onOutboundFacts).toBeDefined();
          expect(await countOf(t.db, c), rule).toBe(
            await countOf(t.db, { ...c, kept: false, onOutboundFacts: undefined }),
          );
        }
      }
    }
  }

  it('equal a full recomputation, and Ministry table 2 on the records, after random writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 15 }), async (ops) => {
        for (const o of ops) await run(o);
        await keptEqualsRecomputed();
        await tablesAgree();
      }),
      { numRuns: dialect === 'postgres' ? 12 : 25 },
    );
  });

  it("move a person's outbound facts when their nationality or inbound records say they are not domestic", async () => {
    const settings = {
      ...(await loadCountingSettings(t.db)),
      outbound_domestic_only: true,
      outbound_kinds: ['exchange' as const],
    };
    const ctx = await ruleContext(t.db, settings);
    const scope = { unitIds: 'all' as const, from: '2040-01-01', to: '2040-12-31' };
    const figure = async () => {
      const c = countedBy({ method: 'computed', rule: 'outbound_students_all' }, scope, ctx);
      if (c.entity !== 'mobility') throw new Error('學5 counts mobility records');
      const kept = await countOf(t.db, c);
      expect(kept).toBe(await countOf(t.db, { ...c, kept: false, onOutboundFacts: undefined }));
      await keptEqualsRecomputed();
      return kept;
    };
    const who = personOf(0);
    await t.db.updateTable('people').set({ nationality: 'TW' }).where('id', '=', who).execute();
    await t.db.deleteFrom('mobilities').where('person_id', '=', who).where('direction', '=', 'inbound').execute();
    const base = { ...fc.sample(record, 1)[0], person: 0, archived: false, start_date: '2040-03-01' } as Row;
    const trip = { ...base, direction: 'outbound', person_category: 'student', kind: 'exchange', status: 'planned' };
    await run({ op: 'create', row: { ...trip, credit_bearing: 1, study_time: 'day' } as Row });
    expect(await figure()).toBe(1);
    const inbound = { ...base, direction: 'inbound', person_category: 'student', kind: 'degree', status: 'planned' };
    await run({ op: 'create', row: { ...inbound, moe_category: 'foreign' } as Row });
    expect(await figure()).toBe(0); // an inbound student of a Ministry category is not domestic
    await t.db
      .updateTable('mobilities')
      .set({ status: 'cancelled' })
      .where('id', '=', mine.at(-1) as number)
      .execute();
    expect(await figure()).toBe(1);
    await t.db.updateTable('people').set({ nationality: 'jp' }).where('id', '=', who).execute();
    expect(await figure()).toBe(0);
    await t.db.updateTable('people').set({ nationality: 'tw' }).where('id', '=', who).execute();
    expect(await figure()).toBe(1);
  });

  it('are what the table reads, and the rebuild recomputes them from the records', async () => {
    const q = { from: '2030-01-01', to: '2031-12-31' };
    // every outbound record counts (the demo's records may make these people not domestic)
    const settings = { ...(await loadCountingSettings(t.db)), outbound_domestic_only: false };
    await run({ op: 'create', row: { ...fc.sample(record, 1)[0], direction: 'outbound' } as Row });
    await t.db
      .updateTable('mobilities')
      .set({ direction: 'outbound', person_category: 'student', status: 'planned', archived_at: null })
      .set({ kind: 'exchange', credit_bearing: 1, study_time: 'day', start_date: '2030-03-01', gender: 'female' })
      .where('id', 'in', mine)
      .execute();
    await t.db.updateTable('people').set({ nationality: 'TW' }).where('id', 'in', people).execute();
    await t.db.deleteFrom('mobilities').where('direction', '=', 'inbound').where('id', 'in', mine).execute();
    const records = await ministryTable(t.db, 'outbound_students', q, { settings, records: true });
    expect(records.rows.some((r) => r.kind === 'row')).toBe(true);
    await sql`update outbound_student_facts set n = n + 1 where n > 0`.execute(t.db); // drifted figures…
    expect((await ministryTable(t.db, 'outbound_students', q, { settings })).rows).not.toEqual(records.rows); // …are read
    await rebuildOutboundFacts(t.db); // …and recomputed from the records
    await keptEqualsRecomputed();
    expect((await ministryTable(t.db, 'outbound_students', q, { settings })).rows).toEqual(records.rows);
  });
});
