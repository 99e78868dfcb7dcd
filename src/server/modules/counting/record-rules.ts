import type { Expression, SqlBool } from 'kysely';
import type { StoredAgreementStatus } from '#shared/enums.js';
import type { ActivityKind } from '#shared/reporting.js';
import { type Cond, type CountScope, inUnits } from './scope.js';

/**
 * The agreement and activity rules. Agreements are attributed to their owning unit
 * (`agreements.owning_unit_id`), activities to `activities.unit_id`; archived rows never count.
 */
const present = <T>(parts: (T | null)[]) => parts.filter((p): p is T => p !== null);

/** Signed agreements: stored as active or terminated later (expiring / expired are derived from dates). */
const SIGNED: StoredAgreementStatus[] = ['active', 'terminated'];

/** In force on the period's last day: signed, started, not ended and not terminated by then. */
export function agreementsInForce(scope: CountScope): Cond<'agreements'> {
  const day = scope.to;
  return (eb) =>
    eb.and(
      present<Expression<SqlBool>>([
        eb('agreements.archived_at', 'is', null),
        eb('agreements.status', 'in', SIGNED),
        inUnits(eb, 'agreements.owning_unit_id', scope.unitIds),
        eb('agreements.start_date', '<=', day),
        eb.or([
          eb('agreements.open_ended', '=', 1),
          eb('agreements.end_date', 'is', null),
          eb('agreements.end_date', '>=', day),
        ]),
        eb.or([eb('agreements.terminated_on', 'is', null), eb('agreements.terminated_on', '>', day)]),
      ]),
    );
}

/** Signed agreements whose start date falls in the period. */
export function agreementsStarted(scope: CountScope): Cond<'agreements'> {
  return (eb) =>
    eb.and(
      present<Expression<SqlBool>>([
        eb('agreements.archived_at', 'is', null),
        eb('agreements.status', 'in', SIGNED),
        inUnits(eb, 'agreements.owning_unit_id', scope.unitIds),
        eb('agreements.start_date', '>=', scope.from),
        eb('agreements.start_date', '<=', scope.to),
      ]),
    );
}

/** The kinds the college exchange table counts (English-taught courses are an indicator only). */
export const EXCHANGE_KINDS = [
  'conference_held',
  'scholar_invited',
  'paper_abroad',
  'transnational_contract',
  'industry_project',
] as const satisfies readonly ActivityKind[];

/** Hand-entered college exchange records of one kind that start in the period. */
export const activitiesOf = (kind: ActivityKind, scope: CountScope) => activitiesOfKinds([kind], scope);

/** Hand-entered college exchange records of these kinds that start in the period. */
export function activitiesOfKinds(kinds: readonly ActivityKind[], scope: CountScope): Cond<'activities'> {
  return (eb) =>
    eb.and(
      present<Expression<SqlBool>>([
        eb('activities.archived_at', 'is', null),
        eb('activities.kind', 'in', [...kinds]),
        inUnits(eb, 'activities.unit_id', scope.unitIds),
        eb('activities.start_date', '>=', scope.from),
        eb('activities.start_date', '<=', scope.to),
      ]),
    );
}
