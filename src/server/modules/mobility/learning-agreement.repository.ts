import type { Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { MobilitiesTable } from '#server/db/schema.js';
import type { LearningAgreementUpdate } from '#shared/schemas/mobility.js';

/** Typed queries of a mobility's learning agreement: its course lines and the la_* columns. */

/** Replaces the course lines, in the order given. */
export async function replaceCourses(db: Db, mobilityId: number, courses: LearningAgreementUpdate['courses']) {
  await db.deleteFrom('learning_agreement_courses').where('mobility_id', '=', mobilityId).execute();
  if (!courses.length) return;
  await db
    .insertInto('learning_agreement_courses')
    .values(
      courses.map((c, i) => ({
        mobility_id: mobilityId,
        abroad_code: c.abroadCode,
        abroad_title: c.abroadTitle,
        abroad_credits: c.abroadCredits,
        home_code: c.homeCode,
        home_title: c.homeTitle,
        home_credits: c.homeCredits,
        sort_order: i,
      })),
    )
    .execute();
}

type AgreementColumns = Pick<
  Updateable<MobilitiesTable>,
  'la_status' | 'la_approved_by' | 'la_approved_at' | 'la_rejection_reason' | 'credits'
>;

/** Sets the mobility's learning-agreement columns (status, decision, recognised credits). */
export async function setAgreementColumns(db: Db, mobilityId: number, values: AgreementColumns) {
  await db.updateTable('mobilities').set(values).where('id', '=', mobilityId).execute();
}

/** Records the recognised credits and grade of one line of the mobility's agreement. */
export async function recognizeLine(
  db: Db,
  mobilityId: number,
  line: { id: number; recognizedCredits: number | null; grade: string | null },
) {
  await db
    .updateTable('learning_agreement_courses')
    .set({ recognized_credits: line.recognizedCredits, grade: line.grade })
    .where('id', '=', line.id)
    .where('mobility_id', '=', mobilityId)
    .execute();
}

export const recognizedCreditsOf = (db: Db, mobilityId: number) =>
  db
    .selectFrom('learning_agreement_courses')
    .select('recognized_credits')
    .where('mobility_id', '=', mobilityId)
    .execute();
