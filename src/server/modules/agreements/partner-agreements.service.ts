import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import type { PartnerAgreements } from '#shared/schemas/agreements.js';
import { findAgreements, findPartnerNames } from './agreement.repository.js';
import { resolveFilter, summaries } from './agreement.service.js';
import { findUsagesOf, sumPlacesByYear } from './agreement-places.repository.js';

/** More agreements than any one partner has; the partner page shows them all. */
const MAX_PER_PARTNER = 200;
/** The partner page shows the latest exchanges; the full record is in each agreement. */
const MAX_EXCHANGES = 200;

/**
 * The partner page: the partner's agreements this user may see (a coordinator: their college's), newest
 * end first, and the exchange places of those agreements per academic year and direction with their use.
 */
export async function partnerAgreements(ctx: Ctx, partnerId: number): Promise<PartnerAgreements> {
  const filter = await resolveFilter(ctx, { partnerId, archived: 'exclude', sort: 'end_date', order: 'desc' }, 'read');
  if (!(await findPartnerNames(ctx.db, [partnerId])).length) throw AppError.notFound();
  const rows = await findAgreements(ctx.db, filter, MAX_PER_PARTNER, 0, ctx.locale);
  const ids = rows.map((r) => r.id);
  const [agreements, places, usages] = await Promise.all([
    summaries(ctx.db, rows, filter.today),
    sumPlacesByYear(ctx.db, ids),
    findUsagesOf(ctx.db, ids, MAX_EXCHANGES),
  ]);
  return {
    agreements,
    places: places.map((p) => ({
      academicYear: p.academic_year,
      direction: p.direction as 'outbound' | 'inbound',
      places: Number(p.places),
      used: Number(p.used),
    })),
    exchanges: usages.map((u) => ({
      agreementId: u.agreement_id,
      academicYear: u.academic_year,
      direction: u.direction as 'outbound' | 'inbound',
      level: u.level as 'bachelor' | 'master' | 'doctoral',
      mobilityKind: u.mobility_kind as 'study' | 'traineeship' | 'teaching' | 'training',
      count: u.count,
      label: u.label,
      sourceType: u.source_type,
      at: u.created_at,
    })),
  };
}
