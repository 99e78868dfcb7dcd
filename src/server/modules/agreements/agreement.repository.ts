import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import { prepared } from '#server/db/prepared.js';
import type { Database } from '#server/db/schema.js';
import { expandedOrder, keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsKey, containsText } from '#server/lib/sql.js';
import type { Locale } from '#shared/roles.js';
import type { AgreementListQuery } from '#shared/schemas/agreements.js';
import { effectiveStatusSql, endingWithinSql } from './agreement-lifecycle.js';

/** The list filter as the service resolved it: unit ids of the owning-unit subtree and of what the user may read. */
export type AgreementFilter = Omit<AgreementListQuery, 'page' | 'pageSize' | 'cursor' | 'count' | 'owningUnitId'> & {
  today: string;
  owningUnits?: number[];
  visibleUnits: 'all' | number[];
};

type Row = Database['agreements'];
export type AgreementRow = Selectable<Row>;

const nothing = sql<boolean>`1 = 0`;

function listQuery(db: Db, f: AgreementFilter) {
  let q = db.selectFrom('agreements');
  if (f.visibleUnits !== 'all') {
    const units = f.visibleUnits;
    q = q.where(units.length ? (eb) => eb('agreements.owning_unit_id', 'in', units) : nothing);
  }
  if (f.owningUnits) q = q.where('agreements.owning_unit_id', 'in', f.owningUnits);
  if (f.q) q = q.where(containsKey('agreements.search_text', f.q));
  if (f.kind) q = q.where('agreements.kind', '=', f.kind);
  if (f.status) q = q.where(effectiveStatusSql(f.today), '=', f.status);
  if (f.expiringWithinDays) q = q.where(endingWithinSql(f.today, f.expiringWithinDays));
  if (f.partnerId || f.country || f.region) {
    // Any linked partner matching: an agreement with a Japanese and a German partner is in both countries.
    q = q.where((eb) => {
      let linked = eb
        .selectFrom('agreement_partners as ap')
        .innerJoin('partners as p', 'p.id', 'ap.partner_id')
        .leftJoin('country_regions as cr', 'cr.country', 'p.country')
        .select(sql`1`.as('one'))
        .whereRef('ap.agreement_id', '=', 'agreements.id');
      if (f.partnerId) linked = linked.where('ap.partner_id', '=', f.partnerId);
      if (f.country) linked = linked.where('p.country', '=', f.country);
      if (f.region) linked = linked.where('cr.region', '=', f.region);
      return eb.exists(linked);
    });
  }
  if (f.archived === 'exclude') q = q.where('agreements.archived_at', 'is', null);
  if (f.archived === 'only') q = q.where('agreements.archived_at', 'is not', null);
  return q;
}

function sortExpression(sort: AgreementFilter['sort'], locale: Locale) {
  switch (sort) {
    case 'end_date':
      return sql.ref('agreements.end_date');
    case 'start_date':
      return sql.ref('agreements.start_date');
    case 'title':
      return locale === 'zh-TW'
        ? sql`coalesce(agreements.title_zh, agreements.title_en)`
        : sql.ref('agreements.title_en');
    case 'code':
      return sql.ref('agreements.code');
    case 'updated':
      return sql.ref('agreements.updated_at');
  }
}

const NULLABLE_SORTS: readonly AgreementFilter['sort'][] = ['end_date', 'start_date', 'code'];

/** The list's order: the chosen sort (empty values last in either direction), then id (unique). */
export function agreementSortKeys(f: AgreementFilter, locale: Locale): SortKey[] {
  return [
    { expr: sortExpression(f.sort, locale), dir: f.order, nullable: NULLABLE_SORTS.includes(f.sort) },
    { expr: sql.ref('agreements.id'), dir: f.order },
  ];
}

function ordered<Q extends ReturnType<typeof listQuery>>(q: Q, f: AgreementFilter, locale: Locale): Q {
  let o = q;
  for (const k of expandedOrder(agreementSortKeys(f, locale))) o = o.orderBy(k.expr, k.dir) as Q;
  return o;
}

/** A page of the list, after a cursor or at an offset (lib/keyset.ts). */
export function findAgreements(db: Db, f: AgreementFilter, window: PageWindow, locale: Locale) {
  return keysetPage(listQuery(db, f).selectAll('agreements'), agreementSortKeys(f, locale), window);
}

/** Every matching id in the list's order, for an export. */
export async function findAgreementIds(db: Db, f: AgreementFilter, locale: Locale): Promise<number[]> {
  const rows = await ordered(listQuery(db, f), f, locale).select('agreements.id').execute();
  return rows.map((r) => r.id);
}

/** The agreements of these ids (any order). */
export function findAgreementsByIds(db: Db, ids: number[]) {
  return db.selectFrom('agreements').selectAll().where('id', 'in', ids).execute();
}

/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export function countAgreements(db: Db, f: AgreementFilter, cap?: number): Promise<number> {
  return cap === undefined ? countOf(listQuery(db, f)) : countUpTo(listQuery(db, f), cap);
}

// A detail page's lookups run on every view: compiled once (db/prepared.ts).
const agreementById = prepared({ id: 'number' }, (db, { id }) =>
  db.selectFrom('agreements').selectAll().where('id', '=', id),
);

export async function findAgreementById(db: Db, id: number) {
  return (await agreementById(db, { id }))[0];
}

/** The partners of several agreements at once (one query per list page). */
export function findPartnersOf(db: Db, agreementIds: number[]) {
  if (!agreementIds.length) return Promise.resolve([]);
  return db
    .selectFrom('agreement_partners as ap')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .select(['ap.agreement_id', 'p.id', 'p.name_en', 'p.name_zh', 'p.country', 'ap.faculty_en', 'ap.faculty_zh'])
    .where('ap.agreement_id', 'in', agreementIds)
    .orderBy('ap.agreement_id')
    .orderBy('ap.sort_order')
    .execute();
}
export type AgreementPartnerRow = Awaited<ReturnType<typeof findPartnersOf>>[number];

/** Which of these agreements have a signed file that has not been removed. */
export async function withSignedFile(db: Db, agreementIds: number[]): Promise<Set<number>> {
  if (!agreementIds.length) return new Set();
  const rows = await db
    .selectFrom('agreement_files')
    .select('agreement_id')
    .distinct()
    .where('agreement_id', 'in', agreementIds)
    .where('kind', '=', 'signed')
    .where('removed_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.agreement_id));
}

const peopleOf = prepared({ agreementId: 'number' }, (db, { agreementId }) =>
  db
    .selectFrom('agreement_people')
    .select(['id', 'role', 'side', 'name', 'title', 'email', 'phone', 'signed_on'])
    .where('agreement_id', '=', agreementId)
    .orderBy('sort_order')
    .orderBy('id'),
);

export function findPeople(db: Db, agreementId: number) {
  return peopleOf(db, { agreementId });
}

/** The newest non-archived agreement renewing this one. */
export async function findSuccessorId(db: Db, agreementId: number): Promise<number | null> {
  const row = await db
    .selectFrom('agreements')
    .select('id')
    .where('renewal_of_id', '=', agreementId)
    .where('archived_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Partners by id (to check they exist and to put their names into the search text). */
export function findPartnerNames(db: Db, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('partners').select(['id', 'name_en', 'name_zh']).where('id', 'in', ids).execute();
}

export async function insertAgreement(db: Db, row: Insertable<Row>): Promise<number> {
  const { id } = await db.insertInto('agreements').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A status change made as a side effect (a predecessor becoming "renewed"): bumps the version too. */
export function setStatus(db: Db, id: number, values: Updateable<Row>) {
  return db
    .updateTable('agreements')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export type PartnerLink = { partnerId: number; facultyEn: string | null; facultyZh: string | null };

export async function replacePartners(db: Db, agreementId: number, partners: PartnerLink[]) {
  await db.deleteFrom('agreement_partners').where('agreement_id', '=', agreementId).execute();
  if (!partners.length) return;
  await db
    .insertInto('agreement_partners')
    .values(
      partners.map((p, i) => ({
        agreement_id: agreementId,
        partner_id: p.partnerId,
        faculty_en: p.facultyEn,
        faculty_zh: p.facultyZh,
        sort_order: i,
      })),
    )
    .execute();
}

export type PersonInput = {
  role: 'signatory' | 'contact';
  side: 'ours' | 'partner';
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  signedOn: string | null;
};

export async function replacePeople(db: Db, agreementId: number, people: PersonInput[]) {
  await db.deleteFrom('agreement_people').where('agreement_id', '=', agreementId).execute();
  if (!people.length) return;
  await db
    .insertInto('agreement_people')
    .values(
      people.map(({ signedOn, ...p }, i) => ({ ...p, signed_on: signedOn, agreement_id: agreementId, sort_order: i })),
    )
    .execute();
}

export async function codeTaken(db: Db, code: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('agreements').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Unit names by id (exports show the owning unit by name). */
export function findUnitNames(db: Db) {
  return db.selectFrom('units').select(['id', 'name_en', 'name_zh']).execute();
}
