/**
 * The counting rules, written once. Everything that counts records for a report — the Ministry's
 * tables, computed indicators in college submissions, the executive dashboard, the status report —
 * goes through this module, so a rule changes in one place. Settings (which kinds count, the semester
 * threshold, attribution, …) are data (`report_settings`), loaded with `loadCountingSettings`.
 *
 * A figure is one aggregate statement (`count(*)` under the rule's WHERE); the records behind it are
 * selected under the very same WHERE (`countedBy`), so a drill-down lists exactly what was counted.
 */
import type { Kysely } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { MobilityFactsTable } from '#server/db/schema.js';
import { type Counted, countedBy, type IndicatorMethodSpec } from './rules.js';
import { type CountScope, dialectOf, type RuleContext } from './scope.js';
import { type CountingSettings, loadCountingSettings } from './settings.js';

export { drillRecords } from './drill-records.js';
export type { Counted, CountingSettings, CountScope, IndicatorMethodSpec, RuleContext };
export { countedBy, loadCountingSettings };

export type RecordRef = { entity: 'mobility' | 'agreement' | 'activity'; ids: number[] };

/** The rule context for this database; pass `settings` when counting many figures with one load. */
export async function ruleContext(db: Db, settings?: CountingSettings): Promise<RuleContext> {
  return { settings: settings ?? (await loadCountingSettings(db)), dialect: dialectOf(db) };
}

/**
 * count(*) of the counted records, one statement. A rule that reads only kept columns is summed over the
 * kept facts instead: the same WHERE, with `mobility_facts` named `mobilities` (db/mobility-facts.ts);
 * 學5 counting domestic students only, over the outbound facts (db/outbound-facts.ts).
 */
export async function countOf(db: Db, c: Counted): Promise<number> {
  if (c.entity === 'mobility' && c.kept) {
    const kept = await (db as unknown as Kysely<{ mobilities: MobilityFactsTable }>)
      .selectFrom('mobility_facts as mobilities' as 'mobilities')
      .select((eb) => eb.fn.sum<number>('mobilities.n').as('n'))
      .where(c.where as never)
      .executeTakeFirst();
    return Number(kept?.n ?? 0);
  }
  if (c.entity === 'mobility' && c.onOutboundFacts) {
    const kept = await (db as unknown as Kysely<{ mobilities: MobilityFactsTable }>)
      .selectFrom('outbound_student_facts as mobilities' as 'mobilities')
      .select((eb) => eb.fn.sum<number>('mobilities.n').as('n'))
      .where(c.onOutboundFacts as never)
      .executeTakeFirst();
    return Number(kept?.n ?? 0);
  }
  const row =
    c.entity === 'mobility'
      ? await db
          .selectFrom('mobilities')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(c.where)
          .executeTakeFirst()
      : c.entity === 'agreement'
        ? await db
            .selectFrom('agreements')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where(c.where)
            .executeTakeFirst()
        : await db
            .selectFrom('activities')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where(c.where)
            .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The ids of the counted records, in id order. */
export async function idsOf(db: Db, c: Counted): Promise<RecordRef> {
  const rows =
    c.entity === 'mobility'
      ? await db.selectFrom('mobilities').select('mobilities.id').where(c.where).orderBy('mobilities.id').execute()
      : c.entity === 'agreement'
        ? await db.selectFrom('agreements').select('agreements.id').where(c.where).orderBy('agreements.id').execute()
        : await db.selectFrom('activities').select('activities.id').where(c.where).orderBy('activities.id').execute();
  return { entity: c.entity, ids: rows.map((r) => r.id) };
}

export async function indicatorFigure(
  db: Db,
  spec: IndicatorMethodSpec,
  scope: CountScope,
  settings?: CountingSettings,
): Promise<number> {
  return countOf(db, countedBy(spec, scope, await ruleContext(db, settings)));
}

export async function indicatorRecords(
  db: Db,
  spec: IndicatorMethodSpec,
  scope: CountScope,
  settings?: CountingSettings,
): Promise<RecordRef> {
  return idsOf(db, countedBy(spec, scope, await ruleContext(db, settings)));
}
