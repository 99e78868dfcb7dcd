import type { Insertable, Updateable } from 'kysely';
import type { Db, Dialect } from '#server/db/client.js';
import type { FundingProgramsTable, FundingYearsTable, MobilityFundingTable } from '#server/db/schema.js';

/** Funding programs, program-years and awards: typed queries only. */

/** Programs by code: the archived ones, the others, or (archived undefined) all. */
export function findPrograms(db: Db, opts: { archived?: boolean }) {
  let q = db.selectFrom('funding_programs').selectAll();
  if (opts.archived !== undefined)
    q = opts.archived ? q.where('archived_at', 'is not', null) : q.where('archived_at', 'is', null);
  return q.orderBy('code').execute();
}
export type ProgramRow = Awaited<ReturnType<typeof findPrograms>>[number];

export function findProgram(db: Db, id: number) {
  return db.selectFrom('funding_programs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function codeTaken(db: Db, code: string, exceptId?: number) {
  let q = db.selectFrom('funding_programs').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertProgram(db: Db, row: Insertable<FundingProgramsTable>) {
  const { id } = await db.insertInto('funding_programs').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type ProgramColumns = Updateable<FundingProgramsTable>;

export function findYears(db: Db, programIds: number[], year?: number) {
  if (!programIds.length) return Promise.resolve([]);
  let q = db.selectFrom('funding_years').selectAll().where('program_id', 'in', programIds);
  if (year !== undefined) q = q.where('year', '=', year);
  return q.orderBy('year', 'desc').execute();
}
export type YearRow = Awaited<ReturnType<typeof findYears>>[number];

export function findYear(db: Db, yearId: number) {
  return db.selectFrom('funding_years').selectAll().where('id', '=', yearId).executeTakeFirst();
}

/** Takes the program-year row for the transaction (PostgreSQL; SQLite serialises writers already). */
export async function lockYear(db: Db, dialect: Dialect, yearId: number) {
  let q = db.selectFrom('funding_years').selectAll().where('id', '=', yearId);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function insertYear(db: Db, row: Insertable<FundingYearsTable>) {
  const { id } = await db.insertInto('funding_years').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Per program-year: the sums of awards and spending, and how many distinct people they fund. */
export async function awardTotals(db: Db, yearIds: number[]) {
  if (!yearIds.length) return new Map<number, { awarded: number; spent: number; people: number }>();
  const rows = await db
    .selectFrom('mobility_funding as f')
    .innerJoin('mobilities as m', 'm.id', 'f.mobility_id')
    .select([
      'f.funding_year_id',
      (eb) => eb.fn.sum<number>('f.amount').as('awarded'),
      (eb) => eb.fn.sum<number>('f.spent_amount').as('spent'),
      (eb) => eb.fn.count<number>('m.person_id').distinct().as('people'),
    ])
    .where('f.funding_year_id', 'in', yearIds)
    .groupBy('f.funding_year_id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.funding_year_id,
      { awarded: Number(r.awarded ?? 0), spent: Number(r.spent ?? 0), people: Number(r.people) },
    ]),
  );
}

/** Distinct people funded by any of these program-years (a person funded twice counts once). */
export async function peopleFunded(db: Db, yearIds: number[]): Promise<number> {
  if (!yearIds.length) return 0;
  const row = await db
    .selectFrom('mobility_funding as f')
    .innerJoin('mobilities as m', 'm.id', 'f.mobility_id')
    .select((eb) => eb.fn.count<number>('m.person_id').distinct().as('n'))
    .where('f.funding_year_id', 'in', yearIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What is already awarded from a program-year, leaving one award out (the one being edited). */
export async function awardedFrom(db: Db, yearId: number, exceptAwardId?: number): Promise<number> {
  let q = db
    .selectFrom('mobility_funding')
    .select((eb) => eb.fn.sum<number>('amount').as('sum'))
    .where('funding_year_id', '=', yearId);
  if (exceptAwardId) q = q.where('id', '<>', exceptAwardId);
  const row = await q.executeTakeFirst();
  return Number(row?.sum ?? 0);
}

/** A program-year's awards with the person, unit and mobility; `units` limits them to those units' mobilities. */
export function findProgramAwards(db: Db, yearId: number, units: 'all' | number[], limit: number, offset: number) {
  let q = db
    .selectFrom('mobility_funding as f')
    .innerJoin('mobilities as m', 'm.id', 'f.mobility_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('units as u', 'u.id', 'm.unit_id')
    .select([
      'f.id',
      'f.mobility_id',
      'f.amount',
      'f.spent_amount',
      'f.notes',
      'm.person_id',
      'm.direction',
      'm.kind',
      'm.country',
      'm.start_date',
      'm.end_date',
      'm.unit_id',
      'p.name_zh',
      'p.name_en',
      'p.student_no',
      'u.name_zh as unit_name_zh',
      'u.name_en as unit_name_en',
    ])
    .where('f.funding_year_id', '=', yearId);
  if (units !== 'all') q = units.length ? q.where('m.unit_id', 'in', units) : q.where((eb) => eb.val(false));
  return q.orderBy('p.name_en').orderBy('f.id').limit(limit).offset(offset).execute();
}
export type ProgramAwardRow = Awaited<ReturnType<typeof findProgramAwards>>[number];

/** The mobility facts the award rules and the scope check need, with the person's login. */
export function findMobilityFacts(db: Db, mobilityId: number) {
  return db
    .selectFrom('mobilities as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.id',
      'm.person_id',
      'm.direction',
      'm.kind',
      'm.person_category',
      'm.country',
      'm.credit_bearing',
      'm.start_date',
      'm.end_date',
      'm.unit_id',
      'm.archived_at',
      'p.user_id',
    ])
    .where('m.id', '=', mobilityId)
    .executeTakeFirst();
}
export type MobilityFactsRow = NonNullable<Awaited<ReturnType<typeof findMobilityFacts>>>;

function awardsWithProgram(db: Db) {
  return db
    .selectFrom('mobility_funding as f')
    .innerJoin('funding_years as y', 'y.id', 'f.funding_year_id')
    .innerJoin('funding_programs as g', 'g.id', 'y.program_id')
    .selectAll('f')
    .select([
      'y.year',
      'y.program_id',
      'g.code as program_code',
      'g.kind as program_kind',
      'g.name_zh as program_name_zh',
      'g.name_en as program_name_en',
    ]);
}

export function findMobilityAwards(db: Db, mobilityId: number) {
  return awardsWithProgram(db)
    .where('f.mobility_id', '=', mobilityId)
    .orderBy('y.year', 'desc')
    .orderBy('f.id')
    .execute();
}
export type MobilityAwardRow = Awaited<ReturnType<typeof findMobilityAwards>>[number];

export function findAward(db: Db, mobilityId: number, awardId: number) {
  return awardsWithProgram(db).where('f.mobility_id', '=', mobilityId).where('f.id', '=', awardId).executeTakeFirst();
}

/** Open program-years (program not archived) and the given ones, newest year first. */
export function findOpenYears(db: Db, alsoIds: number[]) {
  return db
    .selectFrom('funding_years as y')
    .innerJoin('funding_programs as g', 'g.id', 'y.program_id')
    .selectAll('y')
    .select([
      'g.code as program_code',
      'g.kind as program_kind',
      'g.name_zh as program_name_zh',
      'g.name_en as program_name_en',
      'g.monthly_stipend',
    ])
    .where((eb) =>
      alsoIds.length
        ? eb.or([eb('g.archived_at', 'is', null), eb('y.id', 'in', alsoIds)])
        : eb('g.archived_at', 'is', null),
    )
    .orderBy('y.year', 'desc')
    .orderBy('g.code')
    .execute();
}

export async function insertAward(db: Db, row: Insertable<MobilityFundingTable>) {
  const { id } = await db.insertInto('mobility_funding').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function deleteAward(db: Db, awardId: number) {
  return db.deleteFrom('mobility_funding').where('id', '=', awardId).execute();
}
