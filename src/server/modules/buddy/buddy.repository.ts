import { type Insertable, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type {
  BuddyFeedbackTable,
  BuddyMeetingsTable,
  BuddyPairsTable,
  BuddyProfilesTable,
  BuddyRoundsTable,
} from '#server/db/schema.js';
import type { BuddySide } from '#shared/buddy.js';

/** Buddy rounds with how many profiles of each side and pairs they hold. */
function rounds(db: Db) {
  const count = (table: 'buddy_profiles' | 'buddy_pairs', side?: BuddySide) =>
    side
      ? sql<number>`(select count(*) from buddy_profiles x where x.round_id = r.id and x.side = ${side})`
      : sql<number>`(select count(*) from ${sql.table(table)} x where x.round_id = r.id)`;
  return db
    .selectFrom('buddy_rounds as r')
    .selectAll('r')
    .select([
      count('buddy_profiles', 'international').as('internationals'),
      count('buddy_profiles', 'local').as('locals'),
      count('buddy_pairs').as('pair_count'),
    ]);
}
export type RoundRow = Awaited<ReturnType<ReturnType<typeof rounds>['execute']>>[number];

export const listRounds = (db: Db) =>
  rounds(db).orderBy('r.academic_year', 'desc').orderBy('r.semester', 'desc').orderBy('r.id', 'desc').execute();
export const findRound = (db: Db, id: number) => rounds(db).where('r.id', '=', id).executeTakeFirst();

export async function insertRound(db: Db, row: Insertable<BuddyRoundsTable>) {
  return (await db.insertInto('buddy_rounds').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

function profiles(db: Db) {
  return db
    .selectFrom('buddy_profiles as b')
    .innerJoin('people as p', 'p.id', 'b.person_id')
    .selectAll('b')
    .select(['p.name_zh', 'p.name_en', 'p.gender', 'p.nationality', 'p.user_id', 'p.email']);
}
export type ProfileRow = Awaited<ReturnType<ReturnType<typeof profiles>['execute']>>[number];

export const findProfiles = (db: Db, roundId: number) =>
  profiles(db).where('b.round_id', '=', roundId).orderBy('b.side').orderBy('b.id').execute();
export const findProfile = (db: Db, id: number) => profiles(db).where('b.id', '=', id).executeTakeFirst();

export function findProfileOf(db: Db, roundId: number, personId: number) {
  return db
    .selectFrom('buddy_profiles')
    .select('id')
    .where('round_id', '=', roundId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function insertProfile(db: Db, row: Insertable<BuddyProfilesTable>) {
  return (await db.insertInto('buddy_profiles').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

function pairs(db: Db) {
  return db
    .selectFrom('buddy_pairs as x')
    .selectAll('x')
    .select(sql<number>`(select count(*) from buddy_meetings m where m.pair_id = x.id)`.as('meetings'));
}
export type PairRow = Awaited<ReturnType<ReturnType<typeof pairs>['execute']>>[number];

export const findPairs = (db: Db, roundId: number) =>
  pairs(db).where('x.round_id', '=', roundId).orderBy('x.id').execute();
export const findPair = (db: Db, id: number) => pairs(db).where('x.id', '=', id).executeTakeFirst();

export async function insertPairs(db: Db, rows: Insertable<BuddyPairsTable>[]) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('buddy_pairs')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function insertPair(db: Db, row: Insertable<BuddyPairsTable>) {
  return (await db.insertInto('buddy_pairs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Unpublished proposals go when the matching runs again; pairs staff added and published ones stay. */
export async function deleteProposed(db: Db, roundId: number) {
  await db
    .deleteFrom('buddy_pairs')
    .where('round_id', '=', roundId)
    .where('origin', '=', 'proposed')
    .where('notified_at', 'is', null)
    .execute();
}

export async function deletePair(db: Db, id: number) {
  await db.deleteFrom('buddy_meetings').where('pair_id', '=', id).execute();
  await db.deleteFrom('buddy_feedback').where('pair_id', '=', id).execute();
  await db.deleteFrom('buddy_pairs').where('id', '=', id).execute();
}

export async function markNotified(db: Db, ids: number[], now: string) {
  if (ids.length) await db.updateTable('buddy_pairs').set({ notified_at: now }).where('id', 'in', ids).execute();
}

export async function setFirstContact(db: Db, id: number, on: string, now: string) {
  await db
    .updateTable('buddy_pairs')
    .set({ first_contact_on: on, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** The signed-in user's people records' published pairs, with both profiles. */
export function findMyPairs(db: Db, userId: number) {
  return db
    .selectFrom('buddy_pairs as x')
    .innerJoin('buddy_rounds as r', 'r.id', 'x.round_id')
    .innerJoin('buddy_profiles as i', 'i.id', 'x.international_id')
    .innerJoin('buddy_profiles as l', 'l.id', 'x.local_id')
    .innerJoin('people as ip', 'ip.id', 'i.person_id')
    .innerJoin('people as lp', 'lp.id', 'l.person_id')
    .where('x.notified_at', 'is not', null)
    .where((eb) => eb.or([eb('ip.user_id', '=', userId), eb('lp.user_id', '=', userId)]))
    .select([
      'x.id',
      'x.first_contact_on',
      'r.title_zh',
      'r.title_en',
      'ip.user_id as intl_user_id',
      'ip.name_zh as intl_name_zh',
      'ip.name_en as intl_name_en',
      'ip.email as intl_email',
      'i.languages_json as intl_languages',
      'i.interests_json as intl_interests',
      'i.arrival_on',
      'lp.name_zh as local_name_zh',
      'lp.name_en as local_name_en',
      'lp.email as local_email',
      'l.languages_json as local_languages',
      'l.interests_json as local_interests',
    ])
    .orderBy('x.id', 'desc')
    .execute();
}

export const findMeetings = (db: Db, pairIds: number[]) =>
  pairIds.length
    ? db
        .selectFrom('buddy_meetings')
        .selectAll()
        .where('pair_id', 'in', pairIds)
        .orderBy('met_on')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

export async function insertMeeting(db: Db, row: Insertable<BuddyMeetingsTable>) {
  return (await db.insertInto('buddy_meetings').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export const findFeedback = (db: Db, pairIds: number[]) =>
  pairIds.length
    ? db.selectFrom('buddy_feedback').selectAll().where('pair_id', 'in', pairIds).execute()
    : Promise.resolve([]);

export async function insertFeedback(db: Db, row: Insertable<BuddyFeedbackTable>) {
  await db.insertInto('buddy_feedback').values(row).execute();
}

/** A person's latest inbound mobility (an international student's), or the one named. */
export function findInboundMobility(db: Db, personId: number, mobilityId?: number) {
  let q = db
    .selectFrom('mobilities')
    .select(['id', 'start_date', 'unit_id'])
    .where('person_id', '=', personId)
    .where('direction', '=', 'inbound')
    .where('archived_at', 'is', null);
  if (mobilityId) q = q.where('id', '=', mobilityId);
  return q.orderBy('start_date', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

/** Accounts to tell about a pair (people with a login) and people without one (mail only). */
export function findRecipients(db: Db, personIds: number[]) {
  return db
    .selectFrom('people as p')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'p.user_id').on('u.active', '=', 1))
    .select([
      'p.id as person_id',
      'p.email as person_email',
      'p.name_zh',
      'p.name_en',
      'u.id as user_id',
      'u.email as user_email',
      'u.locale',
    ])
    .where('p.id', 'in', personIds)
    .execute();
}

/** Each unit's college (the unit itself when it is a college; none above): pairs compare colleges. */
export async function findCollegeOfUnits(db: Db): Promise<Map<number, number>> {
  const units = await db.selectFrom('units').select(['id', 'parent_id', 'kind']).execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<number, number>();
  for (const u of units) {
    for (
      let at: (typeof units)[number] | undefined = u;
      at;
      at = at.parent_id === null ? undefined : byId.get(at.parent_id)
    ) {
      if (at.kind === 'college') {
        out.set(u.id, at.id);
        break;
      }
    }
  }
  return out;
}
