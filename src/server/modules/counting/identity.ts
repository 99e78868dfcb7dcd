import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { domesticStudentSql } from '#server/db/outbound-facts.js';

/**
 * The identity rules of src/shared/identity.ts as SQL over `mobilities` (a subquery on the person), so a
 * table's figure, its drill-down and the pre-filing list agree. Kept in step with `identityProblem`
 * (tests/api/ministry-filing.test.ts checks both on the same records).
 */
const nationality = sql`upper(p.nationality)`;

/** The record's category disagrees with the person's nationality, and no override reason is recorded. */
export function identityDisagrees(): RawBuilder<SqlBool> {
  return sql<SqlBool>`(mobilities.category_override_reason is null and mobilities.moe_category is not null
    and exists (select 1 from people p where p.id = mobilities.person_id and p.nationality is not null and
      (case mobilities.moe_category
        when 'hk_macau' then ${nationality} not in ('HK', 'MO')
        when 'mainland' then ${nationality} <> 'CN'
        when 'foreign' then ${nationality} in ('TW', 'HK', 'MO', 'CN')
        when 'overseas_chinese' then (${nationality} in ('HK', 'MO', 'CN')
          or mobilities.kind not in ('degree', 'foundation'))
        else 1 = 0 end)))`;
}

/**
 * 學5 counts domestic (本國) students only: not a person whose recorded nationality is other than TW, and
 * not one with an inbound record in a Ministry category (foreign, overseas Chinese, Hong Kong / Macau,
 * mainland) — their identity, whatever the outbound record says. `row`: the record's alias (the kept facts'
 * triggers evaluate it on each outbound record, db/outbound-facts.ts).
 */
export function domesticStudent(row = 'mobilities'): RawBuilder<SqlBool> {
  // written where the kept outbound facts' triggers (db layer) can read it too: one definition
  return domesticStudentSql(row);
}
