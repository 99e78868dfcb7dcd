import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { TrainingCoursesTable, TrainingEnrolmentsTable, TrainingSessionsTable } from '#server/db/schema.js';

export const findCourses = (db: Db) =>
  db.selectFrom('training_courses').selectAll().where('archived_at', 'is', null).orderBy('id').execute();
export const findCourse = (db: Db, id: number) =>
  db.selectFrom('training_courses').selectAll().where('id', '=', id).executeTakeFirst();
export type CourseRow = NonNullable<Awaited<ReturnType<typeof findCourse>>>;

/** The sessions of these courses with their head count (cancelled enrolments do not count). */
export const findSessions = (db: Db, courseIds: number[]) =>
  courseIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('training_sessions as s')
        .leftJoin('training_enrolments as e', (j) =>
          j.onRef('e.session_id', '=', 's.id').on('e.status', '!=', 'cancelled'),
        )
        .select(['s.id', 's.course_id', 's.starts_on', 's.start_time', 's.location', 's.capacity', 's.version'])
        .select((eb) => eb.fn.count<number>('e.id').as('enrolled'))
        .where('s.course_id', 'in', courseIds)
        .groupBy(['s.id', 's.course_id', 's.starts_on', 's.start_time', 's.location', 's.capacity', 's.version'])
        .orderBy('s.starts_on')
        .execute();

export const findSession = (db: Db, id: number) =>
  db.selectFrom('training_sessions').selectAll().where('id', '=', id).executeTakeFirst();

export const countEnrolled = async (db: Db, sessionId: number) =>
  Number(
    (
      await db
        .selectFrom('training_enrolments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('session_id', '=', sessionId)
        .where('status', '!=', 'cancelled')
        .executeTakeFirstOrThrow()
    ).n,
  );

export const findMine = (db: Db, userId: number) =>
  db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_sessions as s', 's.id', 'e.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(ENROLMENT_COLUMNS)
    .select(['c.title_zh', 'c.title_en', 's.starts_on'])
    .where('e.user_id', '=', userId)
    .orderBy('s.starts_on', 'desc')
    .execute();

const ENROLMENT_COLUMNS = [
  'e.id',
  'e.session_id',
  'e.user_id',
  'e.status',
  'e.hours',
  'e.version',
  'e.updated_at',
  'u.name_zh',
  'u.name_en',
  'u.email',
] as const;

export const findEnrolments = (db: Db, sessionId: number) =>
  db
    .selectFrom('training_enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(ENROLMENT_COLUMNS)
    .where('e.session_id', '=', sessionId)
    .orderBy('e.id')
    .execute();
export type EnrolmentRow = Awaited<ReturnType<typeof findEnrolments>>[number];

export const findEnrolment = (db: Db, id: number) =>
  db
    .selectFrom('training_enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(ENROLMENT_COLUMNS)
    .where('e.id', '=', id)
    .executeTakeFirst();

export const findOwnEnrolment = (db: Db, sessionId: number, userId: number) =>
  db
    .selectFrom('training_enrolments')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

/** What a certificate prints: the holder, the course and the session. */
export const findCertificateData = (db: Db, enrolmentId: number) =>
  db
    .selectFrom('training_enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .innerJoin('training_sessions as s', 's.id', 'e.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .select([
      'e.id',
      'e.user_id',
      'e.status',
      'e.hours',
      'u.name_zh',
      'u.name_en',
      'c.title_zh',
      'c.title_en',
      'c.mode',
      'c.hours as course_hours',
      's.starts_on',
    ])
    .where('e.id', '=', enrolmentId)
    .executeTakeFirst();

/** Attended hours per person in [from, to]. */
export const findHours = (db: Db, from: string, to: string) =>
  db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_sessions as s', 's.id', 'e.session_id')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['u.id', 'u.name_zh', 'u.name_en', 'u.email'])
    .select((eb) => [eb.fn.countAll<number>().as('sessions'), eb.fn.sum<number>('e.hours').as('hours')])
    .where('e.status', '=', 'attended')
    .where('s.starts_on', '>=', from)
    .where('s.starts_on', '<=', to)
    .groupBy(['u.id', 'u.name_zh', 'u.name_en', 'u.email'])
    .orderBy('u.id')
    .execute();

export async function insertCourse(trx: Db, v: Insertable<TrainingCoursesTable>) {
  return (await trx.insertInto('training_courses').values(v).returning('id').executeTakeFirstOrThrow()).id;
}
export async function insertSession(trx: Db, v: Insertable<TrainingSessionsTable>) {
  return (await trx.insertInto('training_sessions').values(v).returning('id').executeTakeFirstOrThrow()).id;
}
export async function insertEnrolment(trx: Db, v: Insertable<TrainingEnrolmentsTable>) {
  return (await trx.insertInto('training_enrolments').values(v).returning('id').executeTakeFirstOrThrow()).id;
}
export const setEnrolment = (trx: Db, id: number, v: Updateable<TrainingEnrolmentsTable>) =>
  trx.updateTable('training_enrolments').set(v).where('id', '=', id).execute();
