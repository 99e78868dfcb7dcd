import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import { prepared } from '#server/db/prepared.js';
import { expandedOrder, keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import { academicYearRange } from '#shared/calendar.js';
import type { Locale } from '#shared/roles.js';
import type { MobilityListQuery } from '#shared/schemas/mobility.js';
import { closingCutoff } from './mobility-lifecycle.js';

/** The list filter as the service resolved it: unit subtree, what the user may see, today. */
export type MobilityFilter = Omit<MobilityListQuery, 'page' | 'pageSize' | 'unitId' | 'cursor' | 'count'> & {
  today: string;
  units?: number[];
  /** Units whose records the user may see ('all' or ids), plus their own records as a person. */
  visibleUnits: 'all' | number[];
  selfUserId: number | null;
};

const nothing = sql<boolean>`1 = 0`;

/** Mobility rows with the person, the partner and the country's MoE region. */
function joined(db: Db) {
  return db
    .selectFrom('mobilities as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('partners as pa', 'pa.id', 'm.partner_id')
    .leftJoin('country_regions as cr', 'cr.country', 'm.country');
}

const ROW_COLUMNS = [
  'm.id',
  'm.person_id',
  'm.direction',
  'm.kind',
  'm.person_category',
  'm.moe_category',
  'm.dual_degree',
  'm.status',
  'm.partner_id',
  'm.agreement_id',
  'm.place_id',
  'm.application_id',
  'm.host_name_zh',
  'm.host_name_en',
  'm.country',
  'm.city',
  'm.start_date',
  'm.end_date',
  'm.departed_on',
  'm.returned_on',
  'm.closed_on',
  'm.credit_bearing',
  'm.credits',
  'm.unit_id',
  'm.degree_level',
  'm.program_type',
  'm.study_time',
  'm.gender',
  'm.at_least_semester',
  'm.purpose',
  'm.outputs',
  'm.notes',
  'm.la_status',
  'm.la_approved_by',
  'm.la_approved_at',
  'm.la_rejection_reason',
  'm.status_changed_on',
  'm.category_override_reason',
  'm.version',
  'm.archived_at',
  'm.created_at',
  'm.updated_at',
  'p.name_zh as person_name_zh',
  'p.name_en as person_name_en',
  'p.student_no',
  'p.staff_no',
  'p.user_id as person_user_id',
  'pa.name_zh as partner_name_zh',
  'pa.name_en as partner_name_en',
  'cr.region',
] as const;

/**
 * The filter on mobilities alone: conditions on the person or the region are subqueries, so counting
 * needs no join (the count joined people on every list request: about 10 ms at S, issue 6).
 */
function filtered(db: Db, f: MobilityFilter) {
  let q = db.selectFrom('mobilities as m');
  const peopleWhere = (where: (p: ReturnType<typeof peopleOf>) => ReturnType<typeof peopleOf>) =>
    where(peopleOf(db)).select('pp.id');
  if (f.visibleUnits !== 'all') {
    const units = f.visibleUnits;
    const self = f.selfUserId;
    q = q.where((eb) => {
      const ors: Expression<SqlBool>[] = [];
      if (units.length) ors.push(eb('m.unit_id', 'in', units));
      if (self !== null)
        ors.push(
          eb(
            'm.person_id',
            'in',
            peopleWhere((p) => p.where('pp.user_id', '=', self)),
          ),
        );
      return ors.length ? eb.or(ors) : nothing;
    });
  }
  if (f.units) q = q.where('m.unit_id', 'in', f.units);
  if (f.q) {
    const text = f.q;
    q = q.where(
      'm.person_id',
      'in',
      peopleWhere((p) =>
        p.where((eb) =>
          eb.or([
            containsText('pp.name_zh', text),
            containsText('pp.name_en', text),
            containsText('pp.student_no', text),
            containsText('pp.staff_no', text),
          ]),
        ),
      ),
    );
  }
  if (f.direction) q = q.where('m.direction', '=', f.direction);
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.personCategory) q = q.where('m.person_category', '=', f.personCategory);
  if (f.moeCategory) q = q.where('m.moe_category', '=', f.moeCategory);
  if (f.status) q = q.where('m.status', '=', f.status);
  if (f.country) q = q.where('m.country', '=', f.country);
  if (f.region) {
    const region = f.region;
    q = q.where('m.country', 'in', db.selectFrom('country_regions').select('country').where('region', '=', region));
  }
  if (f.partnerId) q = q.where('m.partner_id', '=', f.partnerId);
  if (f.personId) q = q.where('m.person_id', '=', f.personId);
  if (f.academicYear) {
    const [from, to] = academicYearRange(f.academicYear);
    q = q.where('m.start_date', '>=', from).where('m.start_date', '<=', to);
  }
  if (f.startFrom) q = q.where('m.start_date', '>=', f.startFrom);
  if (f.startTo) q = q.where('m.start_date', '<=', f.startTo);
  if (f.atLeastSemester) q = q.where('m.at_least_semester', '=', f.atLeastSemester === 'true' ? 1 : 0);
  if (f.closingOverdue === 'true')
    q = q.where('m.status', '=', 'returned').where('m.returned_on', '<', closingCutoff(f.today));
  if (f.archived === 'exclude') q = q.where('m.archived_at', 'is', null);
  if (f.archived === 'only') q = q.where('m.archived_at', 'is not', null);
  return q;
}

const peopleOf = (db: Db) => db.selectFrom('people as pp');

/** The page's rows: the filter plus the person, partner and region for the columns. */
function listQuery(db: Db, f: MobilityFilter) {
  return filtered(db, f)
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('partners as pa', 'pa.id', 'm.partner_id')
    .leftJoin('country_regions as cr', 'cr.country', 'm.country');
}

function sortExpression(sort: MobilityFilter['sort'], locale: Locale) {
  switch (sort) {
    case 'start_date':
      return sql.ref('m.start_date');
    case 'end_date':
      return sql.ref('m.end_date');
    case 'name':
      return locale === 'zh-TW' ? sql`coalesce(p.name_zh, p.name_en)` : sql`coalesce(p.name_en, p.name_zh)`;
    case 'status':
      return sql.ref('m.status');
    case 'updated':
      return sql.ref('m.updated_at');
  }
}

/** The list's order: the chosen sort, then id (unique); missing dates last in either direction. */
export function mobilitySortKeys(f: MobilityFilter, locale: Locale): SortKey[] {
  // A start-date filter already leaves missing dates out: then the plain order lets the
  // (direction, start_date) index deliver the page without sorting every match
  // (bench mobility.list at S: 23 → 0.1 ms for one academic year's 7,700 outbound records).
  const startFiltered = Boolean(f.academicYear || f.startFrom || f.startTo);
  const nullable = f.sort === 'end_date' || f.sort === 'name' || (f.sort === 'start_date' && !startFiltered);
  return [
    { expr: sortExpression(f.sort, locale), dir: f.order, nullable },
    { expr: sql.ref('m.id'), dir: f.order },
  ];
}

function ordered<Q extends ReturnType<typeof filtered>>(q: Q, f: MobilityFilter, locale: Locale): Q {
  let o = q;
  for (const k of expandedOrder(mobilitySortKeys(f, locale))) o = o.orderBy(k.expr, k.dir) as Q;
  return o;
}

/** A page of the list, after a cursor or at an offset (lib/keyset.ts). */
export function findMobilities(db: Db, f: MobilityFilter, window: PageWindow, locale: Locale) {
  return keysetPage(listQuery(db, f).select([...ROW_COLUMNS]), mobilitySortKeys(f, locale), window);
}

/** Every matching id in the list's order, for an export (joins only what the sort needs). */
export async function findMobilityIds(db: Db, f: MobilityFilter, locale: Locale): Promise<number[]> {
  const q = f.sort === 'name' ? filtered(db, f).innerJoin('people as p', 'p.id', 'm.person_id') : filtered(db, f);
  const rows = await ordered(q as ReturnType<typeof filtered>, f, locale)
    .select('m.id')
    .execute();
  return rows.map((r) => r.id);
}

/** The list's rows of these ids (any order). */
export function findMobilitiesByIds(db: Db, ids: number[]) {
  return joined(db)
    .select([...ROW_COLUMNS])
    .where('m.id', 'in', ids)
    .execute();
}
export type MobilityRow = Awaited<ReturnType<typeof findMobilitiesByIds>>[number];

/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export const countMobilities = (db: Db, f: MobilityFilter, cap?: number) =>
  cap === undefined ? countOf(filtered(db, f)) : countUpTo(filtered(db, f), cap);

// A detail page's lookups run on every view: compiled once (db/prepared.ts).
const mobilityById = prepared({ id: 'number' }, (db, { id }) =>
  joined(db)
    .select([...ROW_COLUMNS])
    .where('m.id', '=', id),
);

export async function findMobilityById(db: Db, id: number) {
  return (await mobilityById(db, { id }))[0];
}

export function findPerson(db: Db, id: number) {
  return db
    .selectFrom('people')
    .select(['id', 'kind', 'unit_id', 'user_id', 'archived_at', 'name_zh', 'name_en', 'nationality'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findPartner(db: Db, id: number) {
  return db.selectFrom('partners').select(['id', 'country']).where('id', '=', id).executeTakeFirst();
}

/** The place if it belongs to an agreement with this partner. */
export function findPlaceOfPartner(db: Db, placeId: number, partnerId: number) {
  return db
    .selectFrom('exchange_places as ep')
    .innerJoin('agreement_partners as ap', 'ap.agreement_id', 'ep.agreement_id')
    .select(['ep.id', 'ep.agreement_id', 'ep.direction'])
    .where('ep.id', '=', placeId)
    .where('ap.partner_id', '=', partnerId)
    .executeTakeFirst();
}

export function findPlaceInfo(db: Db, placeId: number) {
  return db
    .selectFrom('exchange_places')
    .select(['academic_year', 'level', 'mobility_kind', 'places'])
    .where('id', '=', placeId)
    .executeTakeFirst();
}

const coursesOf = prepared({ mobilityId: 'number' }, (db, { mobilityId }) =>
  db
    .selectFrom('learning_agreement_courses')
    .selectAll()
    .where('mobility_id', '=', mobilityId)
    .orderBy('sort_order')
    .orderBy('id'),
);

export function findCourses(db: Db, mobilityId: number) {
  return coursesOf(db, { mobilityId });
}
export type CourseRow = Awaited<ReturnType<typeof findCourses>>[number];

export function findUserName(db: Db, id: number) {
  return db.selectFrom('users').select(['name_zh', 'name_en', 'email']).where('id', '=', id).executeTakeFirst();
}

export function findUnitNames(db: Db) {
  return db.selectFrom('units').select(['id', 'name_en', 'name_zh']).execute();
}

/** Sets columns a status action changes (status, its date, the dates it fills in). */
export async function setMobilityColumns(db: Db, id: number, values: Record<string, string>) {
  await db.updateTable('mobilities').set(values).where('id', '=', id).execute();
}
