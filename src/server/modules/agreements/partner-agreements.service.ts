import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { mobilityPolicy } from '#server/policies/mobility.policy.js';
import { peoplePolicy } from '#server/policies/people.policy.js';
import { allows, can } from '#server/policies/policy.js';
import type { PartnerAgreements } from '#shared/schemas/agreements.js';
import { findAgreements, findPartnerNames } from './agreement.repository.js';
import { resolveFilter, summaries } from './agreement.service.js';
import { findUsagesOf, sumPlacesByYear } from './agreement-places.repository.js';

/**
 * A usage's label names the student when a mobility booked the place (and may when staff typed it):
 * shown only to those who may read that mobility, or people at all for a typed one — the student
 * assistant and other readers of the partner page saw students' names (issue 16).
 */
function labelFor(
  ctx: Ctx,
  u: {
    label: string | null;
    mobility_id: number | null;
    mobility_unit_id: number | null;
    mobility_user_id: number | null;
  },
): string | null {
  if (u.label === null) return null;
  if (u.mobility_id === null) return allows(peoplePolicy, ctx.actor, 'read', ctx.units) ? u.label : null;
  const scope = { unit_id: u.mobility_unit_id, user_id: u.mobility_user_id };
  return can(mobilityPolicy, ctx.actor, 'read', scope, ctx.units) ? u.label : null;
}

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
  const { rows } = await findAgreements(ctx.db, filter, { limit: MAX_PER_PARTNER }, ctx.locale);
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
      label: labelFor(ctx, u),
      sourceType: u.source_type,
      at: u.created_at,
    })),
  };
}
