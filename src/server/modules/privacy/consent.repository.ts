import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ConsentsTable, PrivacyNoticesTable } from '#server/db/schema.js';

// ── Notices ──

export function findNotices(db: Db) {
  return db.selectFrom('privacy_notices').selectAll().orderBy('version', 'desc').execute();
}

export function findNotice(db: Db, id: number) {
  return db.selectFrom('privacy_notices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The notice in force on a date: the newest version already effective. */
export function findCurrentNotice(db: Db, today: string) {
  return db
    .selectFrom('privacy_notices')
    .selectAll()
    .where('effective_on', '<=', today)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function nextNoticeVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('privacy_notices')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

export async function insertNotice(db: Db, row: Insertable<PrivacyNoticesTable>): Promise<number> {
  const { id } = await db.insertInto('privacy_notices').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

// ── Consents ──

const consentColumns = (db: Db) =>
  db
    .selectFrom('consents as c')
    .innerJoin('privacy_notices as n', 'n.id', 'c.notice_id')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('users as u', 'u.id', 'c.recorded_by')
    .select([
      'c.id',
      'c.person_id',
      'c.notice_id',
      'n.version as notice_version',
      'c.purpose',
      'c.agreed_on',
      'c.method',
      'c.withdrawn_on',
      'c.version',
      'u.name_zh as recorder_zh',
      'u.name_en as recorder_en',
      'p.name_zh as person_zh',
      'p.name_en as person_en',
      'p.student_no',
      'p.staff_no',
    ]);
export type ConsentRow = Awaited<ReturnType<typeof findConsents>>[number];

export function findConsents(db: Db, personId: number) {
  return consentColumns(db).where('c.person_id', '=', personId).orderBy('c.id', 'desc').execute();
}

export function findConsent(db: Db, id: number) {
  return consentColumns(db).where('c.id', '=', id).executeTakeFirst();
}

/** Every consent (for the export), optionally those of one person, newest first. */
export function findAllConsents(db: Db, limit: number, offset: number) {
  return consentColumns(db).orderBy('c.id', 'desc').limit(limit).offset(offset).execute();
}

export async function insertConsent(db: Db, row: Insertable<ConsentsTable>): Promise<number> {
  const { id } = await db.insertInto('consents').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function withdrawConsent(
  db: Db,
  id: number,
  version: number,
  values: { withdrawn_on: string; withdrawn_by: number; updated_at: string },
): Promise<boolean> {
  const res = await db
    .updateTable('consents')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('withdrawn_on', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
