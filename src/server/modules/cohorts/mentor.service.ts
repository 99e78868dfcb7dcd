import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { businessDate } from '#shared/calendar.js';
import type { CohortMenteeList } from '#shared/schemas/cohort-mentees.js';
import { findMentoredPrograms, mentorsAnyone } from './mentor.repository.js';
import { evaluated } from './participant.service.js';

/**
 * A mentor's own page: the participants they mentor in every program, with the attendance summary the
 * program's staff see. Any signed-in user may ask; someone who mentors nobody gets an empty list. The
 * counselling log itself stays behind counsellingAccess (and its read log).
 */
export async function myMentees(ctx: Ctx): Promise<CohortMenteeList> {
  const programs = await findMentoredPrograms(ctx.db, ctx.actor.id);
  const today = businessDate(new Date(ctx.now));
  const groups = await Promise.all(
    programs.map(async (p) => {
      const all = await evaluated(ctx.db, p, today);
      return {
        programId: p.id,
        programName: (ctx.locale === 'en' ? p.name_en || p.name_zh : p.name_zh || p.name_en) ?? '',
        startDate: p.start_date,
        endDate: p.end_date,
        minAttendance: p.min_attendance,
        mentees: all
          .filter((m) => m.row.mentor_id === ctx.actor.id)
          .map(({ row, attendancePct, missedRequired, completed }) => ({
            participantId: row.id,
            name: row.name,
            withdrawnOn: row.withdrawn_on,
            attendancePct,
            missedRequired,
            completed,
          })),
      };
    }),
  );
  return { programs: groups };
}

/** The capability /auth/me adds for a mentor (being one is a record, not a role). */
export async function mentorCapability(db: Db, userId: number): Promise<{ mentor: boolean }> {
  return { mentor: await mentorsAnyone(db, userId) };
}
