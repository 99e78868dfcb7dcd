import type { Db } from '#server/db/client.js';
import { containsText } from '#server/lib/sql.js';
import type { Role } from '#shared/roles.js';
import type { EngagementPerson, FollowupCreate } from '#shared/schemas/visits.js';

/**
 * The parts an event and a visit share, in rows of their own because other screens and the calendar feed
 * ask about them: the people on it (either side) and its follow-ups (tasks with an assignee and a date).
 */
export type OwnerKind = 'event' | 'visit';

export async function findPeople(db: Db, kind: OwnerKind, ownerId: number): Promise<EngagementPerson[]> {
  const rows = await db
    .selectFrom('engagement_people')
    .select(['side', 'role', 'name', 'title', 'partner_id', 'person_id', 'user_id'])
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    side: r.side,
    role: r.role,
    name: r.name,
    title: r.title,
    partnerId: r.partner_id,
    personId: r.person_id,
    userId: r.user_id,
  }));
}

/** The people are sent whole with the record: replaced in the record's transaction. */
export async function replacePeople(db: Db, kind: OwnerKind, ownerId: number, people: EngagementPerson[]) {
  await db.deleteFrom('engagement_people').where('owner_kind', '=', kind).where('owner_id', '=', ownerId).execute();
  if (!people.length) return;
  await db
    .insertInto('engagement_people')
    .values(
      people.map((p, i) => ({
        owner_kind: kind,
        owner_id: ownerId,
        side: p.side,
        role: p.role,
        name: p.name,
        title: p.title,
        partner_id: p.partnerId,
        person_id: p.personId,
        user_id: p.userId,
        sort_order: i,
      })),
    )
    .execute();
}

export function findFollowups(db: Db, kind: OwnerKind, ownerId: number) {
  return db
    .selectFrom('followups as f')
    .leftJoin('users as u', 'u.id', 'f.assignee_id')
    .select([
      'f.id',
      'f.partner_id',
      'f.kind',
      'f.title',
      'f.assignee_id',
      'f.due_on',
      'f.done_at',
      'u.name_zh as assignee_zh',
      'u.name_en as assignee_en',
      'u.email as assignee_email',
    ])
    .where('f.owner_kind', '=', kind)
    .where('f.owner_id', '=', ownerId)
    .orderBy('f.due_on')
    .orderBy('f.id')
    .execute();
}
export type FollowupRow = Awaited<ReturnType<typeof findFollowups>>[number];

export async function insertFollowup(
  db: Db,
  kind: OwnerKind,
  ownerId: number,
  f: FollowupCreate,
  by: number,
  now: string,
) {
  const row = await db
    .insertInto('followups')
    .values({
      owner_kind: kind,
      owner_id: ownerId,
      partner_id: f.partnerId,
      kind: f.kind,
      title: f.title,
      assignee_id: f.assigneeId,
      due_on: f.dueOn,
      created_by: by,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findFollowup(db: Db, kind: OwnerKind, ownerId: number, id: number) {
  return db
    .selectFrom('followups')
    .selectAll()
    .where('id', '=', id)
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

export async function setFollowupDone(db: Db, id: number, doneAt: string | null) {
  await db.updateTable('followups').set({ done_at: doneAt }).where('id', '=', id).execute();
}

/** Which of these ids are missing from the table (references named in a record must exist). */
export async function missingIds(db: Db, table: 'partners' | 'people' | 'users' | 'units', ids: number[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await db.selectFrom(table).select('id').where('id', 'in', unique).execute();
  const have = new Set(found.map((r) => r.id));
  return unique.filter((id) => !have.has(id));
}

/** A role that may read the record, on any unit ('all') or on one of these units (see `grantsFor`). */
export type Grant = { role: Role; units: 'all' | number[] };

/**
 * Active accounts holding one of these grants: who may be given a follow-up of the record (they can open
 * it). Only their id and names leave here; `q` matches the names or the e-mail, `userId` asks about one.
 */
export function findAssignable(db: Db, grants: Grant[], filter: { q?: string; userId?: number; limit: number }) {
  let q = db
    .selectFrom('users as u')
    .select(['u.id', 'u.name_zh', 'u.name_en', 'u.email'])
    .where('u.active', '=', 1)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .select('r.user_id')
          .whereRef('r.user_id', '=', 'u.id')
          .where((g) =>
            g.or(
              grants.map(({ role, units }) =>
                units === 'all'
                  ? g('r.role', '=', role)
                  : g.and([g('r.role', '=', role), units.length ? g('r.unit_id', 'in', units) : g.lit(false)]),
              ),
            ),
          ),
      ),
    );
  if (filter.userId !== undefined) q = q.where('u.id', '=', filter.userId);
  const text = filter.q;
  if (text)
    q = q.where((eb) =>
      eb.or([containsText('u.name_zh', text), containsText('u.name_en', text), containsText('u.email', text)]),
    );
  return q.orderBy('u.name_en').orderBy('u.id').limit(filter.limit).execute();
}
