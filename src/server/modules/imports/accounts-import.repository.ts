import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { PeopleTable } from '#server/db/schema.js';
import { forgetSessions } from '#server/lib/session-cache.js';
import type { Role } from '#shared/roles.js';

/** What account rows are matched against, read once per import (no query per row). */
const PERSON_COLUMNS = [
  'id',
  'kind',
  'student_no',
  'staff_no',
  'name_zh',
  'name_en',
  'email',
  'unit_id',
  'degree_level',
  'program_type',
  'user_id',
] as const;

/** People with these numbers (student or staff). */
export function loadPeopleByNumber(db: Db, numbers: string[]) {
  if (!numbers.length) return Promise.resolve([]);
  return db
    .selectFrom('people')
    .select(PERSON_COLUMNS)
    .where((eb) => eb.or([eb('student_no', 'in', numbers), eb('staff_no', 'in', numbers)]))
    .execute();
}
export type ExistingPerson = Awaited<ReturnType<typeof loadPeopleByNumber>>[number];

/** Accounts with these e-mails, with the person each is linked to and their role assignments. */
export async function loadUsersByEmail(db: Db, emails: string[]) {
  if (!emails.length) return [];
  const users = await db
    .selectFrom('users')
    .leftJoin('people', 'people.user_id', 'users.id')
    .select(['users.id', 'users.email', 'people.id as person_id'])
    .where('users.email', 'in', emails)
    .execute();
  const roles = users.length
    ? await db
        .selectFrom('user_roles')
        .select(['user_id', 'role', 'unit_id'])
        .where(
          'user_id',
          'in',
          users.map((u) => u.id),
        )
        .execute()
    : [];
  return users.map((u) => ({ ...u, roles: roles.filter((r) => r.user_id === u.id) }));
}
export type ExistingUser = Awaited<ReturnType<typeof loadUsersByEmail>>[number];

export async function insertPersonRow(db: Db, row: Insertable<PeopleTable>) {
  const { id } = await db.insertInto('people').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updatePersonRow(db: Db, id: number, values: Updateable<PeopleTable>) {
  return db
    .updateTable('people')
    .set({ ...values, version: (eb) => eb('version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

export function linkPersonToUser(db: Db, personId: number, userId: number) {
  return db.updateTable('people').set({ user_id: userId }).where('id', '=', personId).execute();
}

export function addRole(db: Db, userId: number, role: Role, unitId: number) {
  forgetSessions();
  return db.insertInto('user_roles').values({ user_id: userId, role, unit_id: unitId }).execute();
}
