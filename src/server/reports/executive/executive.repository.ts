import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database } from '#server/db/schema.js';
import { endingWithinSql } from '#server/modules/agreements/agreement-lifecycle.js';
import { academicYearOf, academicYearRange, daysBetween } from '#shared/calendar.js';
import type { TrendGroup } from '#shared/executive.js';
import { OUTBOUND_STUDENT_KINDS, SCHOLAR_KINDS, STAFF_KINDS } from '#shared/mobility.js';
import type { TrendRow } from '#shared/schemas/executive.js';

/** Which trend group a mobility belongs to, or null (a kind no group counts). */
export function trendGroupOf(direction: string, kind: string): TrendGroup | null {
  if ((STAFF_KINDS as readonly string[]).includes(kind)) return 'outboundStaff';
  if ((SCHOLAR_KINDS as readonly string[]).includes(kind)) return 'inboundScholars';
  if (direction === 'outbound')
    return (OUTBOUND_STUDENT_KINDS as readonly string[]).includes(kind) ? 'outboundStudents' : null;
  return kind === 'degree' ? 'inboundDegree' : 'inboundNonDegree';
}

/**
 * Mobility records (not archived, not cancelled) per academic year of their start date and group, for
 * the `years` academic years ending with `lastYear`. Grouped by month and kind in SQL (portable: no
 * date functions), folded into academic years here; a record without a start date is not in any year.
 * The WHERE reads only kept columns (direction, start date, kind, status, archived), so by default it is
 * summed over `mobility_facts` (db/mobility-facts.ts, ADR 0036) — one row per start day and combination
 * instead of one per record; `records` counts the records themselves (the equality test compares both).
 */
export async function mobilityTrends(
  db: Db,
  lastYear: number,
  years: number,
  source: 'facts' | 'records' = 'facts',
): Promise<TrendRow[]> {
  const first = lastYear - years + 1;
  const [from] = academicYearRange(first);
  const [, to] = academicYearRange(lastYear);
  const month = sql<string>`substr(mobilities.start_date, 1, 7)`;
  const facts = source === 'facts';
  // The facts table under the records' name: the same WHERE reads the same columns there.
  const table = (facts ? 'mobility_facts as mobilities' : 'mobilities') as 'mobilities';
  const counted = facts ? sql<number>`sum(mobilities.n)` : sql<number>`count(*)`;
  const rows = await db
    .selectFrom(table)
    .where('mobilities.direction', 'in', ['outbound', 'inbound'])
    .where('mobilities.start_date', '>=', from)
    .where('mobilities.start_date', '<=', to)
    .where('mobilities.archived_at', 'is', null)
    .where('mobilities.status', '<>', 'cancelled')
    .select([month.as('month'), 'mobilities.direction', 'mobilities.kind'])
    .select(counted.as('n'))
    .groupBy([month, 'mobilities.direction', 'mobilities.kind'])
    .execute();
  const out: TrendRow[] = Array.from({ length: years }, (_, i) => ({
    academicYear: first + i,
    counts: { outboundStudents: 0, outboundStaff: 0, inboundDegree: 0, inboundNonDegree: 0, inboundScholars: 0 },
  }));
  for (const r of rows) {
    const group = trendGroupOf(r.direction, r.kind);
    const row = out[academicYearOf(`${r.month}-01`) - first];
    if (group && row) row.counts[group] += Number(r.n);
  }
  return out;
}

/** Agreements in force that end within `days` (the agreements module's rule), soonest first. */
export async function expiringAgreements(db: Db, today: string, days: number, limit: number) {
  const rows = await db
    .selectFrom('agreements')
    .where('agreements.archived_at', 'is', null)
    .where(endingWithinSql(today, days))
    .select(['agreements.id', 'agreements.code', 'agreements.title_zh', 'agreements.title_en', 'agreements.end_date'])
    .select((eb) => [
      firstPartner(eb, 'name_zh').as('partner_zh'),
      firstPartner(eb, 'name_en').as('partner_en'),
      firstPartner(eb, 'country').as('country'),
    ])
    .orderBy('agreements.end_date')
    .orderBy('agreements.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    partnerZh: r.partner_zh ?? null,
    partnerEn: r.partner_en ?? null,
    country: r.country ?? null,
    endDate: r.end_date as string,
    daysLeft: daysBetween(today, r.end_date as string),
  }));
}

/** The agreement's first partner's column (agreements list their partners in order). */
function firstPartner(eb: ExpressionBuilder<Database, 'agreements'>, column: 'name_zh' | 'name_en' | 'country') {
  return eb
    .selectFrom('agreement_partners')
    .innerJoin('partners', 'partners.id', 'agreement_partners.partner_id')
    .whereRef('agreement_partners.agreement_id', '=', 'agreements.id')
    .orderBy('agreement_partners.sort_order')
    .orderBy('partners.id')
    .limit(1)
    .select(`partners.${column}` as `partners.${typeof column}`);
}
