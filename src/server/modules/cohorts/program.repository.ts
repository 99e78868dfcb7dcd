import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { CohortOrganisationsTable, CohortProgramsTable, CohortSessionsTable } from '#server/db/schema.js';

export function findPrograms(db: Db) {
  return db
    .selectFrom('cohort_programs as p')
    .select((eb) => [
      'p.id',
      'p.unit_id',
      'p.name_zh',
      'p.name_en',
      'p.start_date',
      'p.end_date',
      'p.places',
      'p.applications_open',
      eb
        .selectFrom('cohort_applications as a')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('a.program_id', '=', 'p.id')
        .as('applications'),
      eb
        .selectFrom('cohort_participants as t')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('t.program_id', '=', 'p.id')
        .as('participants'),
    ])
    .orderBy('p.start_date', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
}
export type ProgramListRow = Awaited<ReturnType<typeof findPrograms>>[number];

export function findProgram(db: Db, id: number) {
  return db.selectFrom('cohort_programs').selectAll().where('id', '=', id).executeTakeFirst();
}
export type ProgramRow = NonNullable<Awaited<ReturnType<typeof findProgram>>>;

export function findOrganisations(db: Db, programId: number) {
  return db.selectFrom('cohort_organisations').selectAll().where('program_id', '=', programId).orderBy('id').execute();
}

export async function insertProgram(db: Db, row: Insertable<CohortProgramsTable>) {
  const { id } = await db.insertInto('cohort_programs').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The organisations are replaced as a whole on every save (a handful of rows, no identity of their own). */
export async function replaceOrganisations(
  db: Db,
  programId: number,
  rows: Omit<Insertable<CohortOrganisationsTable>, 'program_id'>[],
) {
  await db.deleteFrom('cohort_organisations').where('program_id', '=', programId).execute();
  if (rows.length)
    await db
      .insertInto('cohort_organisations')
      .values(rows.map((r) => ({ ...r, program_id: programId })))
      .execute();
}

export async function missingPartners(db: Db, ids: number[]) {
  if (!ids.length) return [];
  const found = await db.selectFrom('partners').select('id').where('id', 'in', ids).execute();
  const have = new Set(found.map((r) => r.id));
  return ids.filter((id) => !have.has(id));
}

export async function unitExists(db: Db, id: number) {
  return (await db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function findSessions(db: Db, programId: number) {
  return db
    .selectFrom('cohort_sessions as s')
    .select((eb) => [
      's.id',
      's.kind',
      's.title_zh',
      's.title_en',
      's.held_on',
      's.hours',
      's.required',
      's.version',
      eb
        .selectFrom('cohort_attendance as at')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('at.session_id', '=', 's.id')
        .where('at.present', '=', 1)
        .as('present'),
    ])
    .where('s.program_id', '=', programId)
    .orderBy('s.held_on')
    .orderBy('s.id')
    .execute();
}

export async function insertSession(db: Db, row: Insertable<CohortSessionsTable>) {
  const { id } = await db.insertInto('cohort_sessions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findSession(db: Db, programId: number, id: number) {
  return db
    .selectFrom('cohort_sessions')
    .selectAll()
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Applications per stage, for the funnel. */
export function countByStage(db: Db, programId: number) {
  return db
    .selectFrom('cohort_applications')
    .select((eb) => ['stage', eb.fn.countAll<number>().as('n')])
    .where('program_id', '=', programId)
    .groupBy('stage')
    .execute();
}
