import type { Db } from '#server/db/client.js';
import { AppError } from '#server/lib/errors.js';
import type { MinistryQuery } from '#shared/schemas/ministry.js';

export type ResolvedQuery = {
  from: string;
  to: string;
  referenceDate: string;
  period: { id: number; nameZh: string; nameEn: string } | null;
};

/**
 * The dates a table counts: a reporting period's (its reference date, else its last day), with explicit
 * from / to / reference date taking precedence, or explicit dates alone.
 */
export async function resolveQuery(db: Db, q: Pick<MinistryQuery, 'periodId' | 'from' | 'to' | 'referenceDate'>) {
  let period: ResolvedQuery['period'] = null;
  let from = q.from;
  let to = q.to;
  let ref = q.referenceDate;
  if (q.periodId) {
    const p = await db
      .selectFrom('reporting_periods')
      .select(['id', 'name_zh', 'name_en', 'covers_from', 'covers_to', 'reference_date'])
      .where('id', '=', q.periodId)
      .executeTakeFirst();
    if (!p) throw AppError.field('periodId', 'ministry_period');
    period = { id: p.id, nameZh: p.name_zh, nameEn: p.name_en };
    from ??= p.covers_from;
    to ??= p.covers_to;
    ref ??= p.reference_date ?? p.covers_to;
  }
  if (!from) throw AppError.field('from', 'ministry_dates_required');
  if (!to) throw AppError.field('to', 'ministry_dates_required');
  if (from > to) throw AppError.field('to', 'ministry_dates_order');
  return { from, to, referenceDate: ref ?? to, period } satisfies ResolvedQuery;
}
