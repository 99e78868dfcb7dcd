import { sql } from 'kysely';
import type { Db, Dialect } from '#server/db/client.js';
import type { FunnelGroup } from '#shared/recruitment.js';

/** Applicants and admitted per academic year and country (or channel), from the admissions module. */
export type StageCounts = { academicYear: number; key: string; applicants: number; admitted: number };

/**
 * The funnel's middle stages come from the admissions module (issue 21, items 1–2), built beside this
 * one: its `admission_applications` (round_id, country_code, channel, status, …) and `admission_rounds`
 * (academic_year). The funnel depends on this interface only; until those tables exist in a database,
 * `available` says so and the funnel shows the stages as not available rather than as zero.
 */
export interface ApplicantCounts {
  available(db: Db, dialect: Dialect): Promise<boolean>;
  count(db: Db, q: { fromYear: number; toYear: number; groupBy: FunnelGroup }): Promise<StageCounts[]>;
}

/** Statuses that mean "was admitted" — later accepting, declining or enrolling does not undo it. */
const ADMITTED = ['admitted', 'accepted', 'declined', 'enrolled'];

export const admissionApplicantCounts: ApplicantCounts = {
  async available(db, dialect) {
    const found =
      dialect === 'postgres'
        ? await sql<{ n: string | null }>`select to_regclass('admission_applications')::text as n`.execute(db)
        : await sql<{
            n: string | null;
          }>`select name as n from sqlite_master where type = 'table' and name = 'admission_applications'`.execute(db);
    return Boolean(found.rows[0]?.n);
  },
  async count(db, q) {
    const column = q.groupBy === 'country' ? sql.ref('a.country_code') : sql.ref('a.channel');
    const admitted = sql.join(ADMITTED.map((s) => sql.lit(s)));
    const { rows } = await sql<{ academic_year: number; key: string | null; applicants: number; admitted: number }>`
      select r.academic_year as academic_year, ${column} as key,
        sum(case when a.status <> 'draft' then 1 else 0 end) as applicants,
        sum(case when a.status in (${admitted}) then 1 else 0 end) as admitted
      from admission_applications a
      join admission_rounds r on r.id = a.round_id
      where r.academic_year between ${q.fromYear} and ${q.toYear}
      group by r.academic_year, ${column}`.execute(db);
    return rows.map((r) => ({
      academicYear: Number(r.academic_year),
      key: r.key ?? '',
      applicants: Number(r.applicants),
      admitted: Number(r.admitted),
    }));
  },
};
