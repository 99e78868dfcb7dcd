import { MOBILITY_SEMESTER_DAYS, type MobilityKind } from '#shared/mobility.js';
import type { ActivityKind, ComputedRule } from '#shared/reporting.js';
import { studentsOnDate } from './international-students.js';
import { mobilitiesInPeriod, type OutboundSplit, outboundKept, outboundStudents } from './mobility-rules.js';
import { activitiesOf, agreementsInForce, agreementsStarted } from './record-rules.js';
import type { Cond, CountScope, RuleContext } from './scope.js';

/** What an indicator definition says about how its figure is made. */
export type IndicatorMethodSpec =
  | { method: 'computed'; rule: ComputedRule }
  | { method: 'manual'; activityKind: ActivityKind };

/** The records a rule counts: which table, and the WHERE (the same for the figure and the drill-down). */
export type Counted =
  /** `kept`: the WHERE reads only columns of the kept facts (db/mobility-facts.ts), so the figure is summed there */
  | {
      entity: 'mobility';
      where: Cond<'mobilities'>;
      kept?: boolean;
      /** 學5 counting domestic students only: the same rule on the kept outbound facts (ADR 0043), summed there */
      onOutboundFacts?: Cond<'mobilities'>;
    }
  | { entity: 'agreement'; where: Cond<'agreements'> }
  | { entity: 'activity'; where: Cond<'activities'> };

const NON_DEGREE_KINDS: MobilityKind[] = [
  'exchange_in',
  'short_term_in',
  'chinese_language',
  'mainland_visiting',
  'overseas_youth',
];

/** Each computed rule of COMPUTED_RULES (shared/reporting.ts), once. */
function computed(rule: ComputedRule, scope: CountScope, ctx: RuleContext): Counted {
  const s = ctx.settings;
  // Attribution by overlap reads end dates, which the facts do not keep (one row per start day).
  const byStart = s.attribution === 'start';
  const m = (where: Cond<'mobilities'>, kept = byStart): Counted => ({ entity: 'mobility', where, kept });
  const student = (kinds: readonly MobilityKind[]) =>
    m(mobilitiesInPeriod(scope, ctx, { direction: 'inbound', category: 'student', kinds }));
  // 學5's "domestic students only" looks at the person and their other records: not in mobility_facts, but
  // kept (as `domestic`) in the outbound facts, which keep the default semester split only (ADR 0043).
  const outbound = (split: OutboundSplit): Counted => {
    const where = outboundStudents(scope, ctx, split);
    if (byStart && !s.outbound_domestic_only && (split === 'all' || s.semester_days === MOBILITY_SEMESTER_DAYS))
      return m(where, true);
    if (!outboundKept(ctx)) return m(where, false);
    const onOutboundFacts = outboundStudents(scope, { ...ctx, onFacts: true }, split);
    return { entity: 'mobility', where, kept: false, onOutboundFacts };
  };
  switch (rule) {
    case 'outbound_students_semester':
      return outbound('semester');
    case 'outbound_students_short':
      return outbound('short');
    case 'outbound_students_all':
      return outbound('all');
    case 'international_students_on_date':
      return m(studentsOnDate(scope, ctx, 'tvc_4_2_3'), false);
    case 'non_degree_students':
      // interns are non-degree students only when the setting puts them in a non-degree column
      return student(
        ctx.settings.intern_column === 'excluded' ? NON_DEGREE_KINDS : [...NON_DEGREE_KINDS, 'teep', 'iipp'],
      );
    case 'exchange_students_in':
      return student(['exchange_in']);
    case 'teep_interns':
      return student(['teep', 'iipp']);
    case 'staff_abroad':
      return m(mobilitiesInPeriod(scope, ctx, { direction: 'outbound', category: 'staff' }));
    case 'scholars_in':
      return m(mobilitiesInPeriod(scope, ctx, { direction: 'inbound', category: 'scholar' }));
    case 'active_agreements':
      return { entity: 'agreement', where: agreementsInForce(scope) };
    case 'new_agreements':
      return { entity: 'agreement', where: agreementsStarted(scope) };
  }
}

export function countedBy(spec: IndicatorMethodSpec, scope: CountScope, ctx: RuleContext): Counted {
  if (spec.method === 'manual') return { entity: 'activity', where: activitiesOf(spec.activityKind, scope) };
  return computed(spec.rule, scope, ctx);
}
