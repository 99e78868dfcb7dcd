import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { AdmissionProgramsTable, AdmissionRoundsTable } from '#server/db/schema.js';

/** Typed queries of admission rounds, their programs and each program's reviewers. */

export const findRounds = (db: Db) =>
  db.selectFrom('admission_rounds').selectAll().orderBy('opens_at', 'desc').orderBy('id', 'desc').execute();

export const findRound = (db: Db, id: number) =>
  db.selectFrom('admission_rounds').selectAll().where('id', '=', id).executeTakeFirst();
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** The exchange round of an intake (a partner's nominee applies there), the latest made if several. */
export const findExchangeRound = (db: Db, academicYear: number, semester: number) =>
  db
    .selectFrom('admission_rounds')
    .selectAll()
    .where('kind', '=', 'exchange')
    .where('academic_year', '=', academicYear)
    .where('semester', '=', semester)
    .orderBy('id', 'desc')
    .executeTakeFirst();

/** Rounds taking applications at `now` (the portal's list). */
export const findOpenRounds = (db: Db, now: string) =>
  db
    .selectFrom('admission_rounds')
    .selectAll()
    .where('opens_at', '<=', now)
    .where('closes_at', '>', now)
    .orderBy('closes_at')
    .execute();

export async function insertRound(db: Db, row: Insertable<AdmissionRoundsTable>) {
  const { id } = await db.insertInto('admission_rounds').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findPrograms(db: Db, roundIds: number[]) {
  if (!roundIds.length) return Promise.resolve([]);
  return db
    .selectFrom('admission_programs as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.name_zh as unit_name_zh', 'u.name_en as unit_name_en'])
    .where('p.round_id', 'in', roundIds)
    .orderBy('p.id')
    .execute();
}
export type ProgramRow = Awaited<ReturnType<typeof findPrograms>>[number];

export const findProgram = (db: Db, id: number) =>
  db.selectFrom('admission_programs').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertProgram(db: Db, row: Insertable<AdmissionProgramsTable>) {
  const { id } = await db.insertInto('admission_programs').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type ProgramChanges = Updateable<AdmissionProgramsTable>;

export async function findReviewers(db: Db, programIds: number[]) {
  const out = new Map<number, number[]>();
  if (!programIds.length) return out;
  const rows = await db
    .selectFrom('admission_reviewers')
    .selectAll()
    .where('program_id', 'in', programIds)
    .orderBy('user_id')
    .execute();
  for (const r of rows) out.set(r.program_id, [...(out.get(r.program_id) ?? []), r.user_id]);
  return out;
}

export async function setReviewers(db: Db, programId: number, userIds: number[]) {
  await db.deleteFrom('admission_reviewers').where('program_id', '=', programId).execute();
  if (userIds.length)
    await db
      .insertInto('admission_reviewers')
      .values(userIds.map((user_id) => ({ program_id: programId, user_id })))
      .execute();
}

/** Programs a user reviews (the committee member's own list). */
export async function programsReviewedBy(db: Db, userId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('admission_reviewers').select('program_id').where('user_id', '=', userId).execute();
  return new Set(rows.map((r) => r.program_id));
}

/** Which of the ids are active users (a reviewer must be one). */
export async function activeUserIds(db: Db, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('users').select('id').where('id', 'in', ids).where('active', '=', 1).execute();
  return new Set(rows.map((r) => r.id));
}

/** Applications per round and admitted-or-later per program (places used). */
export async function countsOf(db: Db, roundIds: number[]) {
  const perRound = new Map<number, number>();
  const admitted = new Map<number, number>();
  if (!roundIds.length) return { perRound, admitted };
  const rows = await db
    .selectFrom('admission_applications')
    .select(['round_id', 'program_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('round_id', 'in', roundIds)
    .groupBy(['round_id', 'program_id', 'status'])
    .execute();
  for (const r of rows) {
    const n = Number(r.n);
    perRound.set(r.round_id, (perRound.get(r.round_id) ?? 0) + n);
    if (r.program_id && ['admitted', 'accepted', 'enrolled'].includes(r.status))
      admitted.set(r.program_id, (admitted.get(r.program_id) ?? 0) + n);
  }
  return { perRound, admitted };
}
