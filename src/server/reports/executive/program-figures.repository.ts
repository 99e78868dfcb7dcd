import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import { academicYearRange } from '#shared/calendar.js';
import type { ProgramFigures } from '#shared/schemas/executive.js';

const count = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);

/**
 * The office's own programs in one academic year, for the executive dashboard (issue 18, item 4): cohort
 * applications (programs starting in the year), participants (programs running in it, withdrawals left out),
 * certificates issued in it; assistants of the year and the hours staff approved for work done in it; buddy
 * pairs of the year's published (or since closed) rounds and the meetings logged in it. The same records the program pages read.
 */
export async function programFigures(db: Db, academicYear: number): Promise<ProgramFigures> {
  const [from, to] = academicYearRange(academicYear);
  const n = sql<number>`count(*)`.as('n');
  const [applications, participants, certificates, assistants, minutes, pairs, meetings] = await Promise.all([
    db
      .selectFrom('cohort_applications as a')
      .innerJoin('cohort_programs as p', 'p.id', 'a.program_id')
      .where('p.start_date', '>=', from)
      .where('p.start_date', '<=', to)
      .select(n)
      .executeTakeFirst(),
    db
      .selectFrom('cohort_participants as t')
      .innerJoin('cohort_programs as p', 'p.id', 't.program_id')
      .where('p.start_date', '<=', to)
      .where('p.end_date', '>=', from)
      .where('t.withdrawn_on', 'is', null)
      .select(n)
      .executeTakeFirst(),
    db
      .selectFrom('cohort_certificates')
      .where('issued_on', '>=', from)
      .where('issued_on', '<=', to)
      .select(n)
      .executeTakeFirst(),
    db.selectFrom('assistants').where('academic_year', '=', academicYear).select(n).executeTakeFirst(),
    db
      .selectFrom('assistant_hours')
      .where('status', '=', 'approved')
      .where('worked_on', '>=', from)
      .where('worked_on', '<=', to)
      .select(sql<number>`coalesce(sum(minutes), 0)`.as('n'))
      .executeTakeFirst(),
    db
      .selectFrom('buddy_pairs as b')
      .innerJoin('buddy_rounds as r', 'r.id', 'b.round_id')
      .where('r.academic_year', '=', academicYear)
      .where('r.status', 'in', ['published', 'closed'])
      .select(n)
      .executeTakeFirst(),
    db.selectFrom('buddy_meetings').where('met_on', '>=', from).where('met_on', '<=', to).select(n).executeTakeFirst(),
  ]);
  return {
    academicYear,
    cohortApplications: count(applications),
    cohortParticipants: count(participants),
    certificates: count(certificates),
    assistants: count(assistants),
    // Hours with one decimal: what the monthly hours report pays on.
    assistantHours: Math.round(count(minutes) / 6) / 10,
    buddyPairs: count(pairs),
    buddyMeetings: count(meetings),
  };
}
