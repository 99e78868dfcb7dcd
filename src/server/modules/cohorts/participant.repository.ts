import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { CohortCounsellingTable } from '#server/db/schema.js';

export function findParticipants(db: Db, programId: number) {
  return db
    .selectFrom('cohort_participants as t')
    .leftJoin('users as u', 'u.id', 't.mentor_id')
    .leftJoin('cohort_certificates as c', 'c.participant_id', 't.id')
    .select([
      't.id',
      't.program_id',
      't.application_id',
      't.name',
      't.mentor_id',
      't.withdrawn_on',
      't.version',
      'u.name_zh as mentor_name_zh',
      'u.name_en as mentor_name_en',
      'c.code as certificate_code',
    ])
    .where('t.program_id', '=', programId)
    .orderBy('t.name')
    .orderBy('t.id')
    .execute();
}
export type ParticipantRow = Awaited<ReturnType<typeof findParticipants>>[number];

export function findParticipant(db: Db, programId: number, id: number) {
  return db
    .selectFrom('cohort_participants')
    .selectAll()
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Sessions held up to `today` (later ones do not count against anyone yet). */
export function findHeldSessions(db: Db, programId: number, today: string) {
  return db
    .selectFrom('cohort_sessions')
    .select(['id', 'required'])
    .where('program_id', '=', programId)
    .where('held_on', '<=', today)
    .execute();
}

export function findPresence(db: Db, programId: number) {
  return db
    .selectFrom('cohort_attendance as a')
    .innerJoin('cohort_sessions as s', 's.id', 'a.session_id')
    .select(['a.participant_id', 'a.session_id'])
    .where('s.program_id', '=', programId)
    .where('a.present', '=', 1)
    .execute();
}

export function findSessionAttendance(db: Db, sessionId: number) {
  return db
    .selectFrom('cohort_attendance')
    .select(['participant_id', 'present'])
    .where('session_id', '=', sessionId)
    .execute();
}

export async function upsertAttendance(
  db: Db,
  sessionId: number,
  marks: { participantId: number; present: boolean }[],
) {
  if (!marks.length) return;
  await db
    .deleteFrom('cohort_attendance')
    .where('session_id', '=', sessionId)
    .where(
      'participant_id',
      'in',
      marks.map((m) => m.participantId),
    )
    .execute();
  await db
    .insertInto('cohort_attendance')
    .values(marks.map((m) => ({ session_id: sessionId, participant_id: m.participantId, present: m.present ? 1 : 0 })))
    .execute();
}

export function findNotes(db: Db, participantId: number) {
  return db
    .selectFrom('cohort_counselling as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.met_on', 'n.note', 'n.created_at', 'u.name_zh', 'u.name_en', 'u.email'])
    .where('n.participant_id', '=', participantId)
    .orderBy('n.met_on', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
}

export function findCertificateByCode(db: Db, code: string) {
  return db
    .selectFrom('cohort_certificates as c')
    .innerJoin('cohort_participants as t', 't.id', 'c.participant_id')
    .innerJoin('cohort_programs as p', 'p.id', 't.program_id')
    .select(['t.name', 'p.name_zh', 'p.name_en', 'c.issued_on'])
    .where('c.code', '=', code)
    .executeTakeFirst();
}

export function findCertificate(db: Db, participantId: number) {
  return db
    .selectFrom('cohort_certificates')
    .selectAll()
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

/** Users who can be named mentors: active staff (any staff role). */
export function findMentorCandidates(db: Db) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.name_zh', 'u.name_en', 'u.email'])
    .where('u.active', '=', 1)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_roles as r')
          .select('r.id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', 'in', ['oia_staff', 'unit_staff', 'college_coordinator']),
      ),
    )
    .orderBy('u.email')
    .execute();
}

/** An applicant who accepted becomes a participant. */
export async function insertParticipant(
  db: Db,
  app: { id: number; program_id: number; name: string },
  at: string,
): Promise<void> {
  await db
    .insertInto('cohort_participants')
    .values({ program_id: app.program_id, application_id: app.id, name: app.name, created_at: at })
    .execute();
}

/** A participant whose application was withdrawn stops that day (once). */
export async function markWithdrawn(db: Db, applicationId: number, day: string): Promise<void> {
  await db
    .updateTable('cohort_participants')
    .set({ withdrawn_on: day })
    .where('application_id', '=', applicationId)
    .where('withdrawn_on', 'is', null)
    .execute();
}

/** Every read of a counselling log is logged like a reveal of personal data. */
export async function logCounsellingRead(
  db: Db,
  r: { userId: number; participantId: number; ip: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('pii_access_log')
    .values({
      user_id: r.userId,
      person_id: null,
      field: 'cohortCounselling',
      action: 'reveal',
      detail: `cohort_participant:${r.participantId}`,
      ip: r.ip,
      created_at: r.at,
    })
    .execute();
}

export async function insertNote(db: Db, values: Insertable<CohortCounsellingTable>): Promise<void> {
  await db.insertInto('cohort_counselling').values(values).execute();
}
