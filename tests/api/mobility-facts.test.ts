import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildMobilityFacts, recomputedFacts } from '#server/db/mobility-facts.js';
import { countedBy, countOf, loadCountingSettings, ruleContext } from '#server/modules/counting/index.js';
import { mobilityTrends } from '#server/reports/executive/executive.repository.js';
import type { Direction, MobilityKind, PersonKind } from '#shared/mobility.js';
import { COMPUTED_RULES } from '#shared/reporting.js';
import { createTestDb, DIALECTS, type TestDb } from '#tests/setup/db.js';

/**
 * Kept figures (issue 24, docs/decisions/0036): after any sequence of writes to mobility records —
 * created, changed in any counted column, archived, cancelled, deleted — the kept facts equal a full
 * recomputation from the records, and every rule that reads the facts gives the figure it gives on the records.
 */
const DAYS = ['2030-02-20', '2030-03-01', '2030-08-01', '2030-09-15', '2031-02-01', null];
const write = fc.record({
  direction: fc.constantFrom<Direction>('outbound', 'inbound'),
  person_category: fc.constantFrom<PersonKind>('student', 'staff', 'scholar'),
  kind: fc.constantFrom<MobilityKind>(
    'exchange',
    'short_term',
    'exchange_in',
    'teep',
    'chinese_language',
    'research_stay',
  ),
  status: fc.constantFrom('planned', 'abroad', 'completed', 'cancelled'),
  start_date: fc.constantFrom(...DAYS),
  unit: fc.nat(3),
  credit_bearing: fc.constantFrom(0, 1),
  at_least_semester: fc.constantFrom(0, 1),
  study_time: fc.constantFrom('day', 'evening', null),
  archived: fc.boolean(),
});
const op = fc.oneof(
  fc.record({ op: fc.constant('create' as const), row: write }),
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), row: write }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

describe.each(DIALECTS)('kept mobility figures (%s)', (dialect) => {
  let t: TestDb;
  let personId: number;
  let units: number[];
  const mine: number[] = [];
  beforeAll(async () => {
    t = await createTestDb(dialect);
    personId = (await t.db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    units = (await t.db.selectFrom('units').select('id').orderBy('id').limit(4).execute()).map((u) => u.id);
  });
  afterAll(() => t.drop());

  const columns = (w: Write) => ({
    direction: w.direction,
    person_category: w.person_category,
    kind: w.kind,
    status: w.status,
    start_date: w.start_date,
    end_date: w.start_date,
    unit_id: units[w.unit % units.length] ?? null,
    credit_bearing: w.credit_bearing,
    at_least_semester: w.at_least_semester,
    study_time: w.study_time,
    archived_at: w.archived ? '2030-01-01T00:00:00.000Z' : null,
  });

  async function run(o: { op: 'create' | 'update' | 'delete'; pick?: number; row?: Write }) {
    const now = '2030-01-01T00:00:00.000Z';
    if (o.op === 'create' && o.row) {
      const r = await t.db
        .insertInto('mobilities')
        .values({ ...columns(o.row), person_id: personId, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      mine.push(r.id);
      return;
    }
    if (!mine.length) return;
    const at = (o.pick ?? 0) % mine.length;
    const id = mine[at] as number;
    if (o.op === 'update' && o.row)
      await t.db.updateTable('mobilities').set(columns(o.row)).where('id', '=', id).execute();
    if (o.op === 'delete') {
      await t.db.deleteFrom('mobilities').where('id', '=', id).execute();
      mine.splice(at, 1);
    }
  }

  async function keptEqualsRecomputed() {
    const kept = await sql<{
      fact_key: string;
      n: number;
    }>`select fact_key, n from mobility_facts where n <> 0`.execute(t.db);
    const full = await recomputedFacts(t.db);
    const norm = (rows: { fact_key: string; n: number }[]) =>
      rows.map((r) => [r.fact_key, Number(r.n)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(norm(kept.rows)).toEqual(norm(full.rows));
  }

  async function figuresAgree() {
    const base = await loadCountingSettings(t.db);
    for (const settings of [base, { ...base, outbound_domestic_only: false, include_evening: true }]) {
      const ctx = await ruleContext(t.db, settings);
      for (const scope of [
        { unitIds: 'all' as const, from: '2030-02-01', to: '2030-07-31' },
        { unitIds: units.slice(0, 2), from: '2030-08-01', to: '2031-01-31' },
      ]) {
        for (const rule of COMPUTED_RULES) {
          const c = countedBy({ method: 'computed', rule }, scope, ctx);
          if (c.entity !== 'mobility' || !c.kept) continue;
          expect(await countOf(t.db, c), `${rule} ${JSON.stringify(scope)}`).toBe(
            await countOf(t.db, { ...c, kept: false }),
          );
        }
      }
    }
    // The executive dashboard's five-year trends, summed over the facts, equal the records' count.
    expect(await mobilityTrends(t.db, 2031, 4, 'facts')).toEqual(await mobilityTrends(t.db, 2031, 4, 'records'));
  }

  it('equal a full recomputation, and the records, after random sequences of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 15 }), async (ops) => {
        for (const o of ops) await run(o);
        await keptEqualsRecomputed();
        await figuresAgree();
      }),
      { numRuns: dialect === 'postgres' ? 15 : 30 },
    );
  });

  it('are used by the rules that read only kept columns, and rebuilt to the same figures', async () => {
    const ctx = await ruleContext(t.db);
    const scope = { unitIds: 'all' as const, from: '2030-01-01', to: '2031-12-31' };
    expect(countedBy({ method: 'computed', rule: 'staff_abroad' }, scope, ctx)).toMatchObject({ kept: true });
    // 學5 counts domestic students only by default: that looks at people, so it counts the records.
    expect(countedBy({ method: 'computed', rule: 'outbound_students_all' }, scope, ctx)).toMatchObject({ kept: false });
    const before = await countOf(t.db, countedBy({ method: 'computed', rule: 'scholars_in' }, scope, ctx));
    await sql`update mobility_facts set n = n + 5`.execute(t.db); // drifted figures…
    await rebuildMobilityFacts(t.db); // …are recomputed from the records
    await keptEqualsRecomputed();
    expect(await countOf(t.db, countedBy({ method: 'computed', rule: 'scholars_in' }, scope, ctx))).toBe(before);
  });
});
