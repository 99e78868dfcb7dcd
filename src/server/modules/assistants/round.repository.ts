import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { AssistantApplicationsTable, AssistantRoundsTable, AssistantsTable } from '#server/db/schema.js';

/** Recruitment rounds and applications of the student-assistant corps. */
export function findRounds(db: Db) {
  return db
    .selectFrom('assistant_rounds as r')
    .selectAll('r')
    .select((eb) => [
      eb
        .selectFrom('assistant_applications as a')
        .whereRef('a.round_id', '=', 'r.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('applicants'),
      eb
        .selectFrom('assistant_applications as a')
        .whereRef('a.round_id', '=', 'r.id')
        .where('a.stage', '=', 'selected')
        .select(eb.fn.countAll<number>().as('n'))
        .as('selected'),
    ])
    .orderBy('r.academic_year', 'desc')
    .orderBy('r.semester', 'desc')
    .orderBy('r.id', 'desc');
}
export type RoundRow = Awaited<ReturnType<ReturnType<typeof findRounds>['execute']>>[number];

export const listRounds = (db: Db) => findRounds(db).execute();
export const findRound = (db: Db, id: number) => findRounds(db).where('r.id', '=', id).executeTakeFirst();

export async function insertRound(db: Db, row: Insertable<AssistantRoundsTable>) {
  return (await db.insertInto('assistant_rounds').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

const applicationColumns = [
  'a.id',
  'a.round_id',
  'a.person_id',
  'a.stage',
  'a.motivation',
  'a.skills_json',
  'a.languages_json',
  'a.interview_on',
  'a.interview_score',
  'a.decision_reason',
  'a.assistant_id',
  'a.version',
  'p.name_zh',
  'p.name_en',
  'p.student_no',
  'p.unit_id',
  'p.user_id',
] as const;

function applications(db: Db) {
  return db.selectFrom('assistant_applications as a').innerJoin('people as p', 'p.id', 'a.person_id');
}

export function findApplications(db: Db, roundId: number) {
  return applications(db).select(applicationColumns).where('a.round_id', '=', roundId).orderBy('a.id').execute();
}
export type ApplicationRow = Awaited<ReturnType<typeof findApplications>>[number];

export function findApplication(db: Db, id: number) {
  return applications(db).select(applicationColumns).where('a.id', '=', id).executeTakeFirst();
}

export function findApplicationOf(db: Db, roundId: number, personId: number) {
  return db
    .selectFrom('assistant_applications')
    .select('id')
    .where('round_id', '=', roundId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function insertApplication(db: Db, row: Insertable<AssistantApplicationsTable>) {
  return (await db.insertInto('assistant_applications').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export type ApplicationColumns = Updateable<AssistantApplicationsTable>;

export async function insertAssistant(db: Db, row: Insertable<AssistantsTable>) {
  return (await db.insertInto('assistants').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findAssistantOfTerm(db: Db, personId: number, academicYear: number, semester: number) {
  return db
    .selectFrom('assistants')
    .select('id')
    .where('person_id', '=', personId)
    .where('academic_year', '=', academicYear)
    .where('semester', '=', semester)
    .executeTakeFirst();
}
