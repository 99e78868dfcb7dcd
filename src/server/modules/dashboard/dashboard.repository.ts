import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import { effectiveStatusSql, endingWithinSql } from '#server/modules/agreements/agreement-lifecycle.js';

/**
 * Aggregates over the records, nothing stored: every figure is a COUNT/SUM computed for "today"
 * ('YYYY-MM-DD', Asia/Taipei), identical on SQLite and PostgreSQL. The effective status is the
 * agreements module's one SQL rule, so these counts always match the filtered agreements list.
 */

/** Not archived and in force today: active or expiring. */
const inForce = (today: string) =>
  sql<boolean>`(agreements.archived_at is null and ${effectiveStatusSql(today)} in ('active', 'expiring'))`;

/**
 * Agreements (not archived) per effective status, with how many of them end within each horizon —
 * one pass over the table. Grouped in an outer query: PostgreSQL will not match a GROUP BY on an
 * expression holding bound parameters with the same expression in SELECT. The inner query is built
 * from the outer one's expression builder, so it is a subquery and never a statement of its own.
 */
export async function countAgreementsByStatus(db: Db, today: string, horizons: readonly number[]) {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('agreements')
        .where('agreements.archived_at', 'is', null)
        .select((inner) => [
          effectiveStatusSql(today).as('status'),
          ...horizons.map((days, i) =>
            inner.case().when(endingWithinSql(today, days)).then(inner.lit(1)).else(inner.lit(0)).end().as(`e${i}`),
          ),
        ])
        .as('effective'),
    )
    .select((eb) => [
      'effective.status',
      eb.fn.countAll<number>().as('count'),
      ...horizons.map((_, i) => eb.fn.sum<number>(sql.ref(`effective.e${i}`)).as(`n${i}`)),
    ])
    .groupBy('effective.status')
    .execute();
  return rows.map((row) => {
    const values = row as unknown as Record<string, number | string | null>;
    return {
      status: row.status,
      count: Number(row.count),
      endingWithin: horizons.map((_, i) => Number(values[`n${i}`] ?? 0)),
    };
  });
}

/** The columns a breakdown groups by: per country (with its region), or per MoE region. */
export type Grouping = 'country' | 'region';
const GROUP_COLUMNS = {
  country: ['partners.country', 'country_regions.region'],
  region: ['country_regions.region'],
} as const;

/** Partners not archived, with the MoE region of their country from the editable lookup table. */
function registry(db: Db) {
  return db
    .selectFrom('partners')
    .leftJoin('country_regions', 'country_regions.country', 'partners.country')
    .where('partners.archived_at', 'is', null);
}

export type GroupRow = { country?: string; region: string | null };

/** Per group: partners, and partners with at least one agreement in force. */
export async function countPartnersBy(db: Db, grouping: Grouping, today: string) {
  const columns = GROUP_COLUMNS[grouping];
  const rows = await registry(db)
    .select(columns)
    .select((eb) => [
      eb.fn.countAll<number>().as('partners'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.exists(
                eb
                  .selectFrom('agreement_partners')
                  .innerJoin('agreements', 'agreements.id', 'agreement_partners.agreement_id')
                  .select(eb.lit(1).as('one'))
                  .whereRef('agreement_partners.partner_id', '=', 'partners.id')
                  .where(inForce(today)),
              ),
            )
            .then(eb.lit(1))
            .else(eb.lit(0))
            .end(),
        )
        .as('with_active'),
    ])
    .groupBy(columns)
    .execute();
  return rows as (GroupRow & { partners: number | string; with_active: number | string | null })[];
}

/** Per group: distinct agreements in force with at least one (not archived) partner there. */
export async function countAgreementsInForceBy(db: Db, grouping: Grouping, today: string) {
  const columns = GROUP_COLUMNS[grouping];
  const rows = await registry(db)
    .innerJoin('agreement_partners', 'agreement_partners.partner_id', 'partners.id')
    .innerJoin('agreements', 'agreements.id', 'agreement_partners.agreement_id')
    .where(inForce(today))
    .select(columns)
    .select((eb) => eb.fn.count<number>('agreements.id').distinct().as('count'))
    .groupBy(columns)
    .execute();
  return rows as (GroupRow & { count: number | string })[];
}
