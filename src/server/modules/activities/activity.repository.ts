import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ActivitiesTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { Locale } from '#shared/roles.js';
import type { ActivityListQuery } from '#shared/schemas/activities.js';

/** The list filter as the service resolved it: the unit subtree asked for and the units the user may see. */
export type ActivityFilter = Omit<ActivityListQuery, 'page' | 'pageSize' | 'cursor' | 'count' | 'unitId'> & {
  units?: number[];
  visibleUnits: 'all' | number[];
};

function joined(db: Db) {
  return db
    .selectFrom('activities as a')
    .leftJoin('partners as pa', 'pa.id', 'a.partner_id')
    .leftJoin('people as p', 'p.id', 'a.person_id');
}

// Only the person's names: an activity never reads the people table's personal-data columns.
const ROW_COLUMNS = [
  'a.id',
  'a.unit_id',
  'a.kind',
  'a.title_zh',
  'a.title_en',
  'a.counterpart_zh',
  'a.counterpart_en',
  'a.person_name',
  'a.person_id',
  'a.partner_id',
  'a.country',
  'a.city',
  'a.start_date',
  'a.end_date',
  'a.participants',
  'a.foreign_participants',
  'a.credits',
  'a.amount_government',
  'a.amount_industry',
  'a.amount_other',
  'a.amount_university',
  'a.commissioning',
  'a.notes',
  'a.version',
  'a.archived_at',
  'a.created_at',
  'a.updated_at',
  'pa.name_zh as partner_name_zh',
  'pa.name_en as partner_name_en',
  'p.name_zh as person_name_zh',
  'p.name_en as person_name_en',
] as const;

function listQuery(db: Db, f: ActivityFilter) {
  let q = joined(db);
  if (f.visibleUnits !== 'all')
    q = f.visibleUnits.length ? q.where('a.unit_id', 'in', f.visibleUnits) : q.where(sql<boolean>`1 = 0`);
  if (f.units) q = q.where('a.unit_id', 'in', f.units);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.from) q = q.where('a.start_date', '>=', f.from);
  if (f.to) q = q.where('a.start_date', '<=', f.to);
  if (f.country) q = q.where('a.country', '=', f.country);
  if (f.partnerId) q = q.where('a.partner_id', '=', f.partnerId);
  if (f.personId) q = q.where('a.person_id', '=', f.personId);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      eb.or([
        containsText('a.title_zh', text),
        containsText('a.title_en', text),
        containsText('a.counterpart_zh', text),
        containsText('a.counterpart_en', text),
        containsText('a.person_name', text),
        containsText('a.city', text),
      ]),
    );
  }
  if (f.archived === 'exclude') q = q.where('a.archived_at', 'is', null);
  if (f.archived === 'only') q = q.where('a.archived_at', 'is not', null);
  return q;
}

function sortExpression(sort: ActivityFilter['sort'], locale: Locale) {
  switch (sort) {
    case 'start_date':
      return sql.ref('a.start_date');
    case 'title':
      // Never NULL ('' for no title), so a cursor compares with =.
      return locale === 'zh-TW' ? sql`coalesce(a.title_zh, a.title_en, '')` : sql`coalesce(a.title_en, a.title_zh, '')`;
    case 'kind':
      return sql.ref('a.kind');
    case 'updated':
      return sql.ref('a.updated_at');
  }
}

/** The list's order: the chosen sort, then id (unique), as lib/keyset.ts pages it (ADR 0035). */
export const activitySortKeys = (f: ActivityFilter, locale: Locale): SortKey[] => [
  { expr: sortExpression(f.sort, locale), dir: f.order },
  { expr: sql.ref('a.id'), dir: f.order },
];

/** A page of the list, after a cursor or at an offset. */
export function findActivities(db: Db, f: ActivityFilter, window: PageWindow, locale: Locale) {
  return keysetPage(listQuery(db, f).select([...ROW_COLUMNS]), activitySortKeys(f, locale), window);
}
export type ActivityRow = Awaited<ReturnType<typeof findActivities>>['rows'][number];

/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export const countActivities = (db: Db, f: ActivityFilter, cap?: number) =>
  cap === undefined ? countOf(listQuery(db, f)) : countUpTo(listQuery(db, f), cap);

export function findActivity(db: Db, id: number) {
  return joined(db)
    .select([...ROW_COLUMNS])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function insertActivity(db: Db, row: Insertable<ActivitiesTable>) {
  const { id } = await db.insertInto('activities').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type ActivityColumns = Updateable<ActivitiesTable>;

export async function exists(db: Db, table: 'people' | 'partners' | 'units', id: number) {
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** What the people policy needs of a person: their unit and login. */
export function findPersonScope(db: Db, id: number) {
  return db.selectFrom('people').select(['unit_id', 'user_id']).where('id', '=', id).executeTakeFirst();
}

export function findUnitNames(db: Db) {
  return db.selectFrom('units').select(['id', 'name_en', 'name_zh']).execute();
}
