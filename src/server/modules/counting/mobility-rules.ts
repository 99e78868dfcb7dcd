import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '#server/db/schema.js';
import { type Direction, MOBILITY_SEMESTER_DAYS, type MobilityKind, type PersonKind } from '#shared/mobility.js';
import { domesticStudent } from './identity.js';
import { type Cond, type CountScope, inUnits, type RuleContext, spanDaysSql } from './scope.js';

/**
 * The mobility rules, written once. Every rule is a WHERE over `mobilities` (no join), so a figure is
 * one aggregate statement and its drill-down selects the ids under exactly the same condition.
 * Records are attributed to the unit snapshot the row keeps (`mobilities.unit_id`, the person's unit
 * when it was recorded); archived rows and cancelled mobilities never count.
 */
type Eb = ExpressionBuilder<Database, 'mobilities'>;
export type MobilityCond = Cond<'mobilities'>;

const and = (eb: Eb, parts: (Expression<SqlBool> | null)[]) =>
  eb.and(parts.filter((p): p is Expression<SqlBool> => p !== null));

/** Not archived, not cancelled, in the scope's units. */
function live(eb: Eb, scope: CountScope) {
  return [
    eb('mobilities.archived_at', 'is', null),
    eb('mobilities.status', '<>', 'cancelled'),
    inUnits(eb, 'mobilities.unit_id', scope.unitIds),
  ];
}

/**
 * A mobility belongs to the period it starts in ('start'), or to every period it overlaps ('overlap',
 * e.g. a year-long exchange counted in both semesters). A record without a start date belongs nowhere.
 */
export function inPeriod(eb: Eb, scope: CountScope, ctx: RuleContext) {
  if (ctx.settings.attribution === 'overlap')
    return eb.and([
      eb('mobilities.start_date', '<=', scope.to),
      eb.or([eb('mobilities.end_date', 'is', null), eb('mobilities.end_date', '>=', scope.from)]),
    ]);
  return eb.and([eb('mobilities.start_date', '>=', scope.from), eb('mobilities.start_date', '<=', scope.to)]);
}

/**
 * "至少1學期(修讀學分)以上": credit-bearing and at least `semester_days` long. The row stores the flag for
 * the default threshold; another threshold is computed from the dates.
 */
export function atLeastSemester(eb: Eb, ctx: RuleContext): Expression<SqlBool> {
  if (ctx.settings.semester_days === MOBILITY_SEMESTER_DAYS) return eb('mobilities.at_least_semester', '=', 1);
  const days = spanDaysSql(ctx.dialect, 'mobilities.start_date', 'mobilities.end_date');
  return eb.and([
    eb('mobilities.credit_bearing', '=', 1),
    eb('mobilities.end_date', 'is not', null),
    eb(days, '>=', ctx.settings.semester_days),
  ]);
}

export type OutboundSplit = 'all' | 'semester' | 'short';

/**
 * Students going abroad (table 學5 and the outbound indicators): counted kinds, credit-bearing unless
 * non-credit trips count, day programs unless evening ones count, in the period by the attribution rule.
 */
export function outboundStudents(scope: CountScope, ctx: RuleContext, split: OutboundSplit = 'all'): MobilityCond {
  const s = ctx.settings;
  return (eb) =>
    and(eb, [
      ...live(eb, scope),
      eb('mobilities.direction', '=', 'outbound'),
      eb('mobilities.person_category', '=', 'student'),
      s.outbound_kinds.length ? eb('mobilities.kind', 'in', s.outbound_kinds) : sql<SqlBool>`1 = 0`,
      s.outbound_non_credit ? null : eb('mobilities.credit_bearing', '=', 1),
      s.outbound_domestic_only ? (ctx.onFacts ? sql<SqlBool>`mobilities.domestic = 1` : domesticStudent()) : null,
      s.include_evening
        ? null
        : eb.or([eb('mobilities.study_time', 'is', null), eb('mobilities.study_time', '<>', 'evening')]),
      inPeriod(eb, scope, ctx),
      split === 'semester' ? atLeastSemester(eb, ctx) : null,
      split === 'short' ? eb.not(atLeastSemester(eb, ctx)) : null,
    ]);
}

/**
 * Can 學5 be read from the kept outbound facts (db/outbound-facts.ts, ADR 0043)? When records belong to the
 * period they start in (the facts keep start days, not end dates) and the semester split is the stored flag.
 */
export function outboundKept(ctx: RuleContext): boolean {
  return ctx.settings.attribution === 'start' && ctx.settings.semester_days === MOBILITY_SEMESTER_DAYS;
}

/** Kinds × person category × direction, in the period by the attribution rule (inbound, staff, scholars). */
export function mobilitiesInPeriod(
  scope: CountScope,
  ctx: RuleContext,
  who: { direction: Direction; category: PersonKind; kinds?: readonly MobilityKind[] },
): MobilityCond {
  return (eb) =>
    and(eb, [
      ...live(eb, scope),
      eb('mobilities.direction', '=', who.direction),
      eb('mobilities.person_category', '=', who.category),
      who.kinds ? (who.kinds.length ? eb('mobilities.kind', 'in', who.kinds) : sql<SqlBool>`1 = 0`) : null,
      inPeriod(eb, scope, ctx),
    ]);
}

export { and as allOf, live as liveMobility };
