import type { Db } from '#server/db/client.js';

/** The programs in which this user mentors at least one participant. */
export function findMentoredPrograms(db: Db, userId: number) {
  return db
    .selectFrom('cohort_programs as p')
    .select(['p.id', 'p.unit_id', 'p.min_attendance', 'p.name_zh', 'p.name_en', 'p.start_date', 'p.end_date'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('cohort_participants as t')
          .select('t.id')
          .whereRef('t.program_id', '=', 'p.id')
          .where('t.mentor_id', '=', userId),
      ),
    )
    .orderBy('p.start_date', 'desc')
    .orderBy('p.id')
    .execute();
}

/** Does this user mentor anyone (the web app's "my mentees" link)? */
export async function mentorsAnyone(db: Db, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('cohort_participants')
    .select('id')
    .where('mentor_id', '=', userId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
