import type { Db } from '#server/db/client.js';

/** Every read of the home's to-dos: counts and the first few records, within the units the user acts for. */
export type Scope = 'all' | number[];
const LIMIT = 5;

const inScope = <T>(scope: Scope, apply: (ids: number[]) => T, all: T): T => (scope === 'all' ? all : apply(scope));

function agreements(db: Db, scope: Scope) {
  const q = db.selectFrom('agreements as a').where('a.archived_at', 'is', null);
  return inScope(
    scope,
    (ids) => (ids.length ? q.where('a.owning_unit_id', 'in', ids) : q.where((eb) => eb.lit(false))),
    q,
  );
}

/** Agreements in one stored status (to approve: under review; to submit: drafts). */
export async function agreementsIn(db: Db, scope: Scope, status: 'under_review' | 'draft') {
  const q = agreements(db, scope).where('a.status', '=', status);
  const [rows, total] = await Promise.all([
    q.select(['a.id', 'a.title_zh', 'a.title_en', 'a.status_changed_at as due']).orderBy('a.id').limit(LIMIT).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Active agreements whose notice date or end date falls within [from, to]. */
export async function agreementDates(db: Db, scope: Scope, from: string, to: string) {
  const q = agreements(db, scope)
    .where('a.status', '=', 'active')
    .where((eb) => eb.or([eb.between('a.notice_date', from, to), eb.between('a.end_date', from, to)]));
  const [rows, total] = await Promise.all([
    q
      .select(['a.id', 'a.title_zh', 'a.title_en', 'a.notice_date', 'a.end_date'])
      .orderBy('a.end_date')
      .limit(LIMIT)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Checklist documents uploaded and waiting for the owning office's review. */
export async function documentsToReview(db: Db, scope: Scope) {
  const base = db
    .selectFrom('mobility_documents as d')
    .innerJoin('mobilities as m', 'm.id', 'd.mobility_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .where('d.status', '=', 'under_review');
  const q = inScope(
    scope,
    (ids) => (ids.length ? base.where('d.owning_unit_id', 'in', ids) : base.where((eb) => eb.lit(false))),
    base,
  );
  const [rows, total] = await Promise.all([
    q
      .select(['d.id', 'd.mobility_id', 'd.kind', 'd.uploaded_at as due', 'p.name_zh', 'p.name_en'])
      .orderBy('d.uploaded_at')
      .limit(LIMIT)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

function openEnquiries(db: Db) {
  return db.selectFrom('enquiries as e').where('e.status', '!=', 'closed');
}

/** Open enquiries assigned to the user. */
export async function enquiriesAssignedTo(db: Db, userId: number) {
  const q = openEnquiries(db).where('e.assignee_id', '=', userId);
  const [rows, total] = await Promise.all([
    q
      .select(['e.id', 'e.reference', 'e.subject', 'e.first_response_due as due'])
      .orderBy('e.id')
      .limit(LIMIT)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/**
 * Follow-ups of visits and delegations given to the user and not done, soonest first (archived visits left
 * out). Only accounts that may read the visit are given one (engagement-parts.ts).
 */
export async function followupsAssignedTo(db: Db, userId: number) {
  const q = db
    .selectFrom('followups as f')
    .innerJoin('visits as v', 'v.id', 'f.owner_id')
    .where('f.owner_kind', '=', 'visit')
    .where('f.assignee_id', '=', userId)
    .where('f.done_at', 'is', null)
    .where('v.archived_at', 'is', null);
  const [rows, total] = await Promise.all([
    q
      .select(['f.id', 'f.title', 'f.due_on as due', 'v.id as visit_id', 'v.title_zh', 'v.title_en'])
      .orderBy('f.due_on')
      .orderBy('f.id')
      .limit(LIMIT)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Open enquiries of the user's divisions whose first reply or resolution is due by `by` and not done. */
export async function enquiriesDueBy(db: Db, scope: Scope, by: string) {
  const base = openEnquiries(db).where((eb) =>
    eb.or([
      eb.and([eb('e.first_response_at', 'is', null), eb('e.first_response_due', '<=', by)]),
      eb.and([eb('e.resolved_at', 'is', null), eb('e.resolution_due', '<=', by)]),
    ]),
  );
  const q = inScope(
    scope,
    (ids) => (ids.length ? base.where('e.unit_id', 'in', ids) : base.where((eb) => eb.lit(false))),
    base,
  );
  const [rows, total] = await Promise.all([
    q
      .select(['e.id', 'e.reference', 'e.subject', 'e.first_response_due', 'e.resolution_due', 'e.first_response_at'])
      .orderBy('e.first_response_due')
      .limit(LIMIT)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** A student's own exchanges (through their person record) that are still under way. */
export function studentMobilities(db: Db, userId: number) {
  return db
    .selectFrom('mobilities as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .where('p.user_id', '=', userId)
    .where('m.archived_at', 'is', null)
    .select(['m.id', 'm.direction', 'm.status', 'm.start_date'])
    .orderBy('m.id')
    .execute();
}

/** Their checklist documents still to upload or redo, or expiring within `horizon`. */
export function studentDocuments(db: Db, mobilityIds: number[], today: string, horizon: string) {
  if (!mobilityIds.length) return Promise.resolve([]);
  return db
    .selectFrom('mobility_documents as d')
    .where('d.mobility_id', 'in', mobilityIds)
    .where((eb) => eb.or([eb('d.status', 'in', ['pending', 'rejected']), eb.between('d.expires_on', today, horizon)]))
    .select(['d.id', 'd.mobility_id', 'd.kind', 'd.status', 'd.expires_on', 'd.rejection_reason'])
    .orderBy('d.mobility_id')
    .orderBy('d.id')
    .execute();
}
