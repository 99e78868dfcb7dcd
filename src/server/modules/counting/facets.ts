import { type RawBuilder, sql } from 'kysely';

/**
 * How a counted mobility is classified in the Ministry's tables (the rows' dimensions), written once
 * so the figures and their drill-downs classify alike.
 */

/** 學制班別: 二專, 五專, 學士班 (incl. 四技/二技), 碩士班, 博士班 — from the program type, else the level. */
export function programGroupSql(): RawBuilder<string> {
  return sql<string>`(case
    when mobilities.program_type = 'two_year_associate' then 'two_year'
    when mobilities.program_type = 'five_year_associate' then 'five_year'
    when mobilities.program_type in ('bachelor', 'bachelor_four_year', 'bachelor_two_year') then 'bachelor'
    when mobilities.program_type in ('master', 'doctoral') then mobilities.program_type
    when mobilities.program_type is null and mobilities.degree_level in ('bachelor', 'master', 'doctoral')
      then mobilities.degree_level
    else 'unknown' end)`;
}

/** Male, female, or not recorded as either (those count in the totals only). */
export function sexSql(table: 'mobilities' = 'mobilities'): RawBuilder<string> {
  const g = sql.ref(`${table}.gender`);
  return sql<string>`(case when ${g} in ('male', 'female') then ${g} else 'unrecorded' end)`;
}
