import { type RawBuilder, sql } from 'kysely';

/**
 * How a counted mobility is classified in the Ministry's tables (the rows' dimensions), written once
 * so the figures and their drill-downs classify alike.
 */

/**
 * 學制班別: 二專, 五專, 學士班 (incl. 四技/二技), 碩士班, 博士班 — from the program type, else the level. Evening
 * / in-service students are their own groups (二專(進修), 學士班(進修), 碩士在職專班): day and evening
 * programs are reported apart, never merged.
 */
export function programGroupSql(): RawBuilder<string> {
  return sql<string>`(case
    when mobilities.study_time = 'evening' and mobilities.program_type = 'two_year_associate' then 'two_year_evening'
    when mobilities.study_time = 'evening' and (mobilities.program_type in ('bachelor', 'bachelor_four_year',
      'bachelor_two_year') or (mobilities.program_type is null and mobilities.degree_level = 'bachelor'))
      then 'bachelor_evening'
    when mobilities.study_time = 'evening' and (mobilities.program_type = 'master'
      or (mobilities.program_type is null and mobilities.degree_level = 'master')) then 'master_evening'
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

/**
 * The level a row shows: the degree level, else for students in no degree program what they are here for
 * (國際專修部 foundation students, 華語中心 Chinese-language students) — not 「未登錄」.
 */
export function levelSql(): RawBuilder<string | null> {
  return sql<string | null>`coalesce(mobilities.degree_level, case
    when mobilities.kind in ('foundation', 'chinese_language') then mobilities.kind end)`;
}

/** The person's nationality (國家(地區)別 of the udb layouts: the country or area the student belongs to). */
export function nationalitySql(): RawBuilder<string | null> {
  return sql<string | null>`(select upper(p.nationality) from people p where p.id = mobilities.person_id)`;
}

/** The Ministry's region (國家(地區)區域別) of the person's nationality, from the editable lookup table. */
export function nationalityRegionSql(): RawBuilder<string | null> {
  return sql<string | null>`(select r.region from people p join country_regions r on r.country = upper(p.nationality)
    where p.id = mobilities.person_id)`;
}

/**
 * The semester (ROC year and semester, `120-1`) a record of a period is counted in: the semester its start
 * date falls in, or the period's first semester for a trip that started before the period (counted by
 * overlap). `semesters` are the period's semesters in order, with their last days.
 */
export function termSql(semesters: { label: string; lastDay: string }[]): RawBuilder<string | null> {
  if (!semesters.length) return sql<null>`null`;
  const arms = semesters.map((s) => sql`when mobilities.start_date <= ${s.lastDay} then ${s.label}`);
  return sql<string | null>`(case ${sql.join(arms, sql` `)} else null end)`;
}
