import type { ExpressionBuilder } from 'kysely';
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '#server/db/schema.js';
import { academicYearStart, fromRocYear } from '#shared/calendar.js';
import type { Grouping } from '#shared/ministry.js';
import type { MobilityKind } from '#shared/mobility.js';
import { identityDisagrees } from './identity.js';
import { allOf, liveMobility, type MobilityCond } from './mobility-rules.js';
import { type CountScope, type RuleContext, referenceOf } from './scope.js';
import type { CountingSettings } from './settings.js';

/**
 * International students on the reference date (3/15, 10/15), for the two tables that count them:
 * - `tvc_4_2_3`: the technical-college database's table 4-2-3 — formal (degree) enrolment only, five
 *   columns: 外國學生, 外國學生(雙聯學制), 僑生, 港澳生, 陸生;
 * - `moe_stats`: the Ministry statistics table — degree columns 正式修讀學位外國生, 僑生(含港澳),
 *   正式修讀學位陸生, non-degree columns 外國交換生, 外國短期研習及個人選讀, 大專附設華語文中心學生,
 *   大陸研修生, 海青班, and 境外專班 apart (never in the degree total).
 *
 * On the date: start_date ≤ ref ≤ end_date (no end date = still open), and the status in force on the
 * date is a studying one. The stored status applies from `status_changed_on` on; before that day the
 * record was in the status it came from (see `statusOnDate`): a student who went on leave after the
 * reference date was studying on it, one who re-enrolled after it was not.
 */

export const TVC_COLUMNS = ['foreign', 'foreign_dual', 'overseas_chinese', 'hk_macau', 'mainland'] as const;
export const MOE_DEGREE_COLUMNS = ['degree_foreign', 'degree_overseas_chinese', 'degree_mainland'] as const;
export const MOE_NON_DEGREE_COLUMNS = [
  'exchange',
  'short_term',
  'chinese_language',
  'mainland_visiting',
  'overseas_youth',
] as const;
export const OFFSHORE_COLUMN = 'offshore';
export const MOE_COLUMNS = [...MOE_DEGREE_COLUMNS, ...MOE_NON_DEGREE_COLUMNS, OFFSHORE_COLUMN] as const;

/**
 * Statuses a record may be in while the student is here; the settings exclude some (on leave, …).
 * Graduated is not among them: a graduate is no longer studying, whatever the dates say (a record
 * created as graduated without a date counts on no date; the pre-filing check lists it).
 */
const PRESENT = ['enrolled', 'arrived', 'completed', 'on_leave', 'withdrawn', 'deferred'];

/**
 * The status in force on `ref`.
 * - A record with an enrolment history (`enrolment_events`): the status the last event on or before ref
 *   led to ('none' before the first), so a leave between two dates and a return after it are both seen.
 * - Otherwise (exchanges, records written before the history): the stored status from
 *   `status_changed_on` on; before that day the status it came from — a re-enrolment came from leave, an
 *   arrival from acceptance, a completion from arrival, and leave / withdrawal / graduation / deferral
 *   from enrolment. A completion counts on its own day (the last day of the stay is a day here) and ends
 *   the stay after it; a graduation with its date on or before ref has ended it.
 */
export function statusOnDate(ref: string): RawBuilder<string> {
  const history = sql`enrolment_events e where e.mobility_id = mobilities.id`;
  return sql<string>`(case
    when exists (select 1 from ${history}) then
      coalesce((select e.status from ${history} and e.effective_on <= ${ref}
        order by e.effective_on desc, e.id desc limit 1), 'none')
    when mobilities.status = 'completed' and mobilities.status_changed_on is not null then
      case when mobilities.status_changed_on >= ${ref} then 'arrived' else 'ended' end
    when mobilities.status_changed_on is not null and mobilities.status_changed_on > ${ref} then
      case mobilities.status when 'enrolled' then 'on_leave' when 'arrived' then 'accepted' else 'enrolled' end
    when mobilities.status = 'graduated' and mobilities.status_changed_on is not null then 'ended'
    else mobilities.status end)`;
}

/** The statuses that count on the date under these settings. */
export const countedStatuses = (s: CountingSettings) => PRESENT.filter((p) => !s.excluded_statuses.includes(p));

/** Which inbound student kinds each grouping counts (foundation students from the set academic year). */
export function kindsCounted(grouping: Grouping, s: CountingSettings, ref: string): MobilityKind[] {
  const foundation = ref >= academicYearStart(fromRocYear(s.foundation_from_year)) ? (['foundation'] as const) : [];
  // the udb layouts count degree students with formal enrolment, as table 4-2-3 does (offshore classes apart)
  if (grouping !== 'moe_stats') return s.foundation_in_tvc_4_2_3 ? ['degree', ...foundation] : ['degree'];
  const interns = s.intern_column === 'excluded' ? [] : (['teep', 'iipp'] as const);
  return [
    'degree',
    ...foundation,
    'exchange_in',
    'short_term_in',
    'chinese_language',
    'mainland_visiting',
    'overseas_youth',
    'offshore',
    ...interns,
  ];
}

/** The table's column a record falls in (one CASE, used to group the figures and to select a cell's records). */
export function columnOf(grouping: Grouping, s: CountingSettings): RawBuilder<string> {
  const cat = sql`coalesce(mobilities.moe_category, 'foreign')`;
  // udb: 外國學生 includes the dual-degree ones (the definition's 雙聯學制外國學生 is part of 外國學生)
  if (grouping === 'udb_country' || grouping === 'udb_region')
    return sql<string>`(case when ${cat} in ('mainland', 'hk_macau', 'overseas_chinese') then ${cat} else 'foreign' end)`;
  if (grouping === 'tvc_4_2_3')
    return sql<string>`(case
      when ${cat} in ('mainland', 'hk_macau', 'overseas_chinese') then ${cat}
      when mobilities.dual_degree = 1 then 'foreign_dual' else 'foreign' end)`;
  const intern = sql.lit(s.intern_column === 'excluded' ? 'short_term' : s.intern_column);
  return sql<string>`(case
    when mobilities.kind in ('degree', 'foundation') then
      case when ${cat} = 'mainland' then 'degree_mainland'
        when ${cat} in ('hk_macau', 'overseas_chinese') then 'degree_overseas_chinese' else 'degree_foreign' end
    when mobilities.kind in ('exchange_in', 'short_term_in') and ${cat} = 'mainland' then 'mainland_visiting'
    when mobilities.kind = 'exchange_in' then 'exchange'
    when mobilities.kind = 'short_term_in' then 'short_term'
    when mobilities.kind in ('teep', 'iipp') then ${intern}
    else mobilities.kind end)`;
}

/**
 * Inbound students here on the reference date, of the kinds the grouping counts. A record whose category
 * disagrees with the person's nationality is a data error to show, not count (the pre-filing check asks
 * for `withDisagreeing` to list them).
 */
export function studentsOnDate(
  scope: CountScope,
  ctx: RuleContext,
  grouping: Grouping,
  withDisagreeing = false,
): MobilityCond {
  const ref = referenceOf(scope);
  const kinds = kindsCounted(grouping, ctx.settings, ref);
  const statuses = countedStatuses(ctx.settings);
  return (eb: ExpressionBuilder<Database, 'mobilities'>) =>
    allOf(eb, [
      ...liveMobility(eb, scope),
      eb('mobilities.direction', '=', 'inbound'),
      eb('mobilities.person_category', '=', 'student'),
      eb('mobilities.kind', 'in', kinds),
      eb('mobilities.start_date', '<=', ref),
      eb.or([eb('mobilities.end_date', 'is', null), eb('mobilities.end_date', '>=', ref)]),
      statuses.length ? eb(statusOnDate(ref), 'in', statuses) : (sql<SqlBool>`1 = 0` as Expression<SqlBool>),
      withDisagreeing ? null : eb.not(identityDisagrees()),
    ]);
}
