import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { PeopleTable, PiiAccessLogTable } from '#server/db/schema.js';
import { type KeyReach, keyMatches } from '#server/lib/key-search.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import type { Locale } from '#shared/roles.js';
import type { PeopleListQuery } from '#shared/schemas/people.js';

/**
 * The list filter as the service resolved it: the unit subtree asked for, and what the user may see
 * (units in their scope, and their own record when the rule is 'self').
 */
export type PeopleFilter = Omit<PeopleListQuery, 'page' | 'pageSize' | 'cursor' | 'count' | 'unitId'> & {
  units?: number[];
  visible: { units: 'all' | number[]; selfUserId: number | null };
  /** How far the text search key reaches (lib/key-search.ts keyReach): decides the plan, not the rows. */
  keyReach?: KeyReach;
};

export type PersonRow = Selectable<PeopleTable>;

const nothing = sql<boolean>`1 = 0`;

function filtered(db: Db, f: PeopleFilter) {
  let q = db.selectFrom('people');
  const { units, selfUserId } = f.visible;
  if (units !== 'all') {
    q = q.where((eb) => {
      const alternatives = [];
      if (units.length) alternatives.push(eb('people.unit_id', 'in', units));
      if (selfUserId !== null) alternatives.push(eb('people.user_id', '=', selfUserId));
      return alternatives.length ? eb.or(alternatives) : nothing;
    });
  }
  if (f.units) q = q.where('people.unit_id', 'in', f.units);
  if (f.q) q = q.where(keyMatches(db, 'people', f.q, f.keyReach));
  if (f.kind) q = q.where('people.kind', '=', f.kind);
  if (f.nationality) q = q.where('people.nationality', '=', f.nationality);
  if (f.origin === 'local') q = q.where('people.nationality', '=', 'TW');
  if (f.origin === 'international') q = q.where('people.nationality', '!=', 'TW');
  if (f.degreeLevel) q = q.where('people.degree_level', '=', f.degreeLevel);
  if (f.archived === 'exclude') q = q.where('people.archived_at', 'is', null);
  if (f.archived === 'only') q = q.where('people.archived_at', 'is not', null);
  return q;
}

/**
 * "Name" sorts by the name the reader sees; "number" by student number, then staff number. Neither is
 * ever NULL (a cursor compares with =), and each matches an index of migration 044.
 */
function sortExpressions(sort: PeopleFilter['sort'], locale: Locale) {
  switch (sort) {
    case 'name':
      return [
        locale === 'zh-TW'
          ? sql`coalesce(people.name_zh, people.name_en, '')`
          : sql`coalesce(people.name_en, people.name_zh, '')`,
      ];
    case 'number':
      return [sql`coalesce(people.student_no, people.staff_no, '')`];
    case 'updated':
      return [sql.ref('people.updated_at')];
    case 'created':
      return [];
  }
}

/** The list's order: the chosen sort, then id (unique). */
export function peopleSortKeys(f: PeopleFilter, locale: Locale): SortKey[] {
  return [
    ...sortExpressions(f.sort, locale).map((expr) => ({ expr, dir: f.order })),
    { expr: sql.ref('people.id'), dir: f.order },
  ];
}

/** Person rows with their unit's names (every column: the export and the detail share it). */
function withUnit(q: ReturnType<typeof filtered>) {
  return q
    .leftJoin('units', 'units.id', 'people.unit_id')
    .selectAll('people')
    .select(['units.name_zh as unit_name_zh', 'units.name_en as unit_name_en']);
}

function ordered<Q extends ReturnType<typeof filtered>>(q: Q, f: PeopleFilter, locale: Locale): Q {
  let o = q;
  for (const k of peopleSortKeys(f, locale)) o = o.orderBy(k.expr, k.dir) as Q;
  return o;
}

/** A page of the list, after a cursor or at an offset (lib/keyset.ts). */
export function findPeople(db: Db, f: PeopleFilter, window: PageWindow, locale: Locale) {
  return keysetPage(withUnit(filtered(db, f)), peopleSortKeys(f, locale), window);
}

/** Every matching id in the list's order, for an export. */
export async function findPersonIds(db: Db, f: PeopleFilter, locale: Locale): Promise<number[]> {
  const rows = await ordered(filtered(db, f), f, locale).select('people.id').execute();
  return rows.map((r) => r.id);
}

/** The list's rows of these ids (any order). */
export function findPeopleByIds(db: Db, ids: number[]) {
  return withUnit(db.selectFrom('people')).where('people.id', 'in', ids).execute();
}
export type PersonListRow = Awaited<ReturnType<typeof findPeopleByIds>>[number];

/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export function countPeople(db: Db, f: PeopleFilter, cap?: number): Promise<number> {
  return cap === undefined ? countOf(filtered(db, f)) : countUpTo(filtered(db, f), cap);
}

export function findPersonById(db: Db, id: number) {
  return withUnit(db.selectFrom('people')).where('people.id', '=', id).executeTakeFirst();
}

export function findPersonByUser(db: Db, userId: number) {
  return db.selectFrom('people').select('id').where('user_id', '=', userId).executeTakeFirst();
}

export async function insertPerson(db: Db, row: Insertable<PeopleTable>): Promise<number> {
  const { id } = await db.insertInto('people').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export type PersonRowUpdate = Updateable<PeopleTable>;

/** Which of the unique numbers another person already has. */
export async function takenNumbers(
  db: Db,
  numbers: { studentNo: string | null; staffNo: string | null },
  exceptId?: number,
): Promise<{ studentNo: boolean; staffNo: boolean }> {
  const check = async (column: 'student_no' | 'staff_no', value: string | null) => {
    if (!value) return false;
    let q = db.selectFrom('people').select('id').where(column, '=', value);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  };
  const [studentNo, staffNo] = await Promise.all([
    check('student_no', numbers.studentNo),
    check('staff_no', numbers.staffNo),
  ]);
  return { studentNo, staffNo };
}

export function unitExists(db: Db, id: number) {
  return db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst();
}

export async function insertAccessLog(db: Db, rows: Insertable<PiiAccessLogTable>[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('pii_access_log')
      .values(rows.slice(i, i + 500))
      .execute();
}

const accessLogOf = (db: Db, personId: number) =>
  db.selectFrom('pii_access_log as l').where('l.person_id', '=', personId);

/** A person's access log in id (= time) order, from `pii_access_person_idx (person_id, id)` (006). */
export const accessLogSortKeys = (order: 'asc' | 'desc'): SortKey[] => [{ expr: sql.ref('l.id'), dir: order }];

/** A page of a person's access log, after a cursor or at an offset (lib/keyset.ts). */
export function findAccessLog(db: Db, personId: number, order: 'asc' | 'desc', window: PageWindow) {
  const q = accessLogOf(db, personId)
    .leftJoin('users as u', 'u.id', 'l.user_id')
    .select([
      'l.id',
      'l.user_id',
      'u.email',
      'u.name_zh',
      'u.name_en',
      'l.field',
      'l.action',
      'l.detail',
      'l.ip',
      'l.created_at',
    ]);
  return keysetPage(q, accessLogSortKeys(order), window);
}

/** Exact, or (with `cap`) probed: a person's log grows with every reveal and export, for ever (ADR 0035). */
export const countAccessLog = (db: Db, personId: number, cap?: number) =>
  cap === undefined ? countOf(accessLogOf(db, personId)) : countUpTo(accessLogOf(db, personId), cap);
