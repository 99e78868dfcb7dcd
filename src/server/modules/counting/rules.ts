import type { MobilityKind } from '#shared/mobility.js';
import type { ActivityKind, ComputedRule } from '#shared/reporting.js';
import { studentsOnDate } from './international-students.js';
import { mobilitiesInPeriod, outboundStudents } from './mobility-rules.js';
import { activitiesOf, agreementsInForce, agreementsStarted } from './record-rules.js';
import type { Cond, CountScope, RuleContext } from './scope.js';

/** What an indicator definition says about how its figure is made. */
export type IndicatorMethodSpec =
  | { method: 'computed'; rule: ComputedRule }
  | { method: 'manual'; activityKind: ActivityKind };

/** The records a rule counts: which table, and the WHERE (the same for the figure and the drill-down). */
export type Counted =
  | { entity: 'mobility'; where: Cond<'mobilities'> }
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
  const m = (where: Cond<'mobilities'>): Counted => ({ entity: 'mobility', where });
  const student = (kinds: readonly MobilityKind[]) =>
    m(mobilitiesInPeriod(scope, ctx, { direction: 'inbound', category: 'student', kinds }));
  switch (rule) {
    case 'outbound_students_semester':
      return m(outboundStudents(scope, ctx, 'semester'));
    case 'outbound_students_short':
      return m(outboundStudents(scope, ctx, 'short'));
    case 'outbound_students_all':
      return m(outboundStudents(scope, ctx, 'all'));
    case 'international_students_on_date':
      return m(studentsOnDate(scope, ctx, 'tvc_4_2_3'));
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
