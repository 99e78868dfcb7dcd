import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ApplicationsTable } from '#server/db/schema.js';
import { expandedOrder, keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsKey } from '#server/lib/sql.js';
import type { ApplicationStatus } from '#shared/mobility.js';
import { HOLDING_STATUSES } from './call.repository.js';

/** Typed queries of applications, their preferences, documents and scores. */
export type ApplicationFilter = {
  callId?: number;
  status?: ApplicationStatus;
  q?: string;
  personId?: number;
  /** Applicants' units the actor may see ('all' or ids). */
  units?: 'all' | number[];
  /** Leave out drafts (staff never see a student's unsent draft). */
  hideDrafts?: boolean;
};

function filtered(db: Db, f: ApplicationFilter) {
  let q = db
    .selectFrom('applications as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('calls as c', 'c.id', 'a.call_id');
  if (f.callId) q = q.where('a.call_id', '=', f.callId);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.personId) q = q.where('a.person_id', '=', f.personId);
  if (f.hideDrafts) q = q.where('a.status', '<>', 'draft');
  const units = f.units;
  if (units && units !== 'all') q = units.length ? q.where('p.unit_id', 'in', units) : q.where('a.id', '<', 0);
  if (f.q) q = q.where(containsKey('p.search_text', f.q));
  return q;
}

const columns = [
  'a.id',
  'a.call_id',
  'a.person_id',
  'a.status',
  'a.form_json',
  'a.ineligible_reasons',
  'a.gpa',
  'a.language_cert',
  'a.submitted_at',
  'a.total_score',
  'a.rank',
  'a.allocated_offer_id',
  'a.waitlist_position',
  'a.adjustment_reason',
  'a.partner_decision',
  'a.mobility_id',
  'a.version',
  'a.created_at',
  'a.updated_at',
  'p.name_zh',
  'p.name_en',
  'p.student_no',
  'p.unit_id',
  'p.degree_level',
  'p.email',
  'p.user_id',
  'p.gpa as person_gpa',
  'c.title_en as call_title_en',
  'c.title_zh as call_title_zh',
  'c.status as call_status',
  'c.deadline',
  'c.opens_at',
] as const;

export type ApplicationSort = 'id' | 'rank' | 'name' | 'submitted_at';

/**
 * A list's order: the chosen sort (rank, English name and submission time may be empty: those last in
 * either direction), then id (unique), as lib/keyset.ts pages it (ADR 0035).
 */
export function applicationSortKeys(sort: ApplicationSort, order: 'asc' | 'desc'): SortKey[] {
  const first: Record<ApplicationSort, SortKey[]> = {
    id: [],
    rank: [{ expr: sql.ref('a.rank'), dir: order, nullable: true }],
    name: [{ expr: sql.ref('p.name_en'), dir: order, nullable: true }],
    submitted_at: [{ expr: sql.ref('a.submitted_at'), dir: order, nullable: true }],
  };
  return [...first[sort], { expr: sql.ref('a.id'), dir: order }];
}

/** A page of applications, after a cursor or at an offset. */
export function findApplications(
  db: Db,
  f: ApplicationFilter,
  sort: ApplicationSort,
  order: 'asc' | 'desc',
  window: PageWindow,
) {
  return keysetPage(filtered(db, f).select(columns), applicationSortKeys(sort, order), window);
}
/** Every application of a filter in the list's order (the selection and nomination steps read them all). */
export function findAllApplications(db: Db, f: ApplicationFilter, sort: ApplicationSort, order: 'asc' | 'desc') {
  let q = filtered(db, f).select(columns);
  for (const k of expandedOrder(applicationSortKeys(sort, order))) q = q.orderBy(k.expr, k.dir);
  return q.execute();
}
export const countApplicationsQuery = (db: Db, f: ApplicationFilter) => filtered(db, f).select('a.id');
/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export const countApplications = (db: Db, f: ApplicationFilter, cap?: number) =>
  cap === undefined ? countOf(countApplicationsQuery(db, f)) : countUpTo(countApplicationsQuery(db, f), cap);

export function findApplication(db: Db, id: number) {
  return filtered(db, {}).select(columns).where('a.id', '=', id).executeTakeFirst();
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export function findPreferences(db: Db, applicationIds: number[]) {
  if (!applicationIds.length) return Promise.resolve([]);
  return db
    .selectFrom('application_preferences as ap')
    .innerJoin('call_offers as o', 'o.id', 'ap.offer_id')
    .innerJoin('partners as p', 'p.id', 'o.partner_id')
    .select(['ap.application_id', 'ap.rank', 'ap.offer_id', 'o.partner_id', 'p.name_en', 'p.name_zh', 'p.country'])
    .where('ap.application_id', 'in', applicationIds)
    .orderBy('ap.application_id')
    .orderBy('ap.rank')
    .execute();
}

export async function replacePreferences(db: Db, applicationId: number, offerIds: number[]) {
  await db.deleteFrom('application_preferences').where('application_id', '=', applicationId).execute();
  if (offerIds.length)
    await db
      .insertInto('application_preferences')
      .values(offerIds.map((offer_id, i) => ({ application_id: applicationId, rank: i + 1, offer_id })))
      .execute();
}

export function findDocuments(db: Db, applicationId: number) {
  return db
    .selectFrom('application_documents as d')
    .innerJoin('stored_files as f', 'f.id', 'd.file_id')
    .select(['d.id', 'd.doc_code', 'd.file_id', 'd.file_name', 'd.uploaded_at', 'f.content_type', 'f.size', 'f.sha256'])
    .where('d.application_id', '=', applicationId)
    .where('d.removed_at', 'is', null)
    .orderBy('d.id')
    .execute();
}

export function findScores(db: Db, applicationIds: number[]) {
  if (!applicationIds.length) return Promise.resolve([]);
  return db
    .selectFrom('application_scores as s')
    .innerJoin('users as u', 'u.id', 's.reviewer_id')
    .select([
      's.application_id',
      's.reviewer_id',
      's.criterion',
      's.score',
      's.comment',
      's.updated_at',
      'u.name_en',
      'u.name_zh',
    ])
    .where('s.application_id', 'in', applicationIds)
    .orderBy('s.application_id')
    .orderBy('s.reviewer_id')
    .orderBy('s.criterion')
    .execute();
}
export type ScoreRowDb = Awaited<ReturnType<typeof findScores>>[number];

export async function upsertScores(
  db: Db,
  applicationId: number,
  reviewerId: number,
  scores: { criterion: string; score: number; comment: string | null }[],
  now: string,
) {
  await db
    .deleteFrom('application_scores')
    .where('application_id', '=', applicationId)
    .where('reviewer_id', '=', reviewerId)
    .where(
      'criterion',
      'in',
      scores.map((s) => s.criterion),
    )
    .execute();
  await db
    .insertInto('application_scores')
    .values(
      scores.map((s) => ({
        application_id: applicationId,
        reviewer_id: reviewerId,
        criterion: s.criterion,
        score: s.score,
        comment: s.comment,
        updated_at: now,
      })),
    )
    .execute();
}

/** The login of the applicant, for notifications. */
export function findApplicantUsers(db: Db, personIds: number[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db
    .selectFrom('people as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id as person_id', 'u.id', 'u.email', 'u.locale', 'u.name_zh', 'u.name_en'])
    .where('p.id', 'in', personIds)
    .where('u.active', '=', 1)
    .execute();
}

/** Applicants with an e-mail address but no active account: they hear of their result by mail only. */
export function findApplicantsWithoutAccount(db: Db, personIds: number[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db
    .selectFrom('people as p')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'p.user_id').on('u.active', '=', 1))
    .select(['p.id as person_id', 'p.email', 'p.name_zh', 'p.name_en'])
    .where('p.id', 'in', personIds)
    .where('u.id', 'is', null)
    .where('p.email', 'is not', null)
    .where('p.email', '!=', '')
    .execute();
}

/** The person's application to the call, if any (one per person and call). */
export const findApplicationOf = (db: Db, callId: number, personId: number) =>
  db
    .selectFrom('applications')
    .select('id')
    .where('call_id', '=', callId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

export async function insertApplication(db: Db, row: Insertable<ApplicationsTable>): Promise<number> {
  const { id } = await db.insertInto('applications').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A selected applicant becomes nominated, linked to the mobility the nomination created. */
export async function markNominated(db: Db, id: number, mobilityId: number, now: string) {
  await db
    .updateTable('applications')
    .set((eb) => ({ status: 'nominated', mobility_id: mobilityId, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** The partner's decision carried to the nominated mobility (accepted, or cancelled with its place freed). */
export async function setNominatedMobilityStatus(
  db: Db,
  mobilityId: number,
  change: { status: 'accepted' | 'cancelled'; on: string; notes?: string; now: string },
) {
  await db
    .updateTable('mobilities')
    .set((eb) => ({
      status: change.status,
      status_changed_on: change.on,
      ...(change.notes ? { notes: change.notes } : {}),
      updated_at: change.now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', mobilityId)
    .execute();
}

/** Unit names, for the nomination list's department column. */
export const findUnitNames = (db: Db) => db.selectFrom('units').select(['id', 'name_zh', 'name_en']).execute();

/** An allocation run's result for one application (status, score, rank, offer or waitlist place). */
export async function setAllocation(
  db: Db,
  id: number,
  result: Pick<
    Updateable<ApplicationsTable>,
    'status' | 'total_score' | 'rank' | 'allocated_offer_id' | 'waitlist_position'
  >,
  now: string,
) {
  await db
    .updateTable('applications')
    .set({ ...result, adjustment_reason: null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** How many other applications hold a place of the offer (selected, nominated, accepted). */
export async function countHoldingOffer(db: Db, offerId: number, exceptId: number): Promise<number> {
  const { n } = await db
    .selectFrom('applications')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('allocated_offer_id', '=', offerId)
    .where('status', 'in', HOLDING_STATUSES)
    .where('id', '<>', exceptId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** The last waitlist position of the call, other than the application's own; 0 when none. */
export async function lastWaitlistPosition(db: Db, callId: number, exceptId: number): Promise<number> {
  const last = await db
    .selectFrom('applications')
    .select((e) => e.fn.max('waitlist_position').as('m'))
    .where('call_id', '=', callId)
    .where('status', '=', 'waitlisted')
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return Number(last?.m ?? 0);
}
