import type { Db } from '#server/db/client.js';
import { AppError } from '#server/lib/errors.js';

/** A person as a programme's sign-up needs them: unit (department or college), login, kind and names. */
const COLUMNS = ['id', 'unit_id', 'user_id', 'kind', 'name_zh', 'name_en'] as const;

export function findPerson(db: Db, id: number) {
  return db
    .selectFrom('people')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

/** The signed-in user's own person record (a student account is linked to one). */
export function findPersonOfUser(db: Db, userId: number) {
  return db
    .selectFrom('people')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .where('archived_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
}
export type ApplicantPerson = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/**
 * Who a sign-up is for (an assistant application, a buddy profile): staff name the person (a paper form);
 * a student signs up themselves. No such person: a field error on `personId` with the module's key.
 */
export async function applicantPerson(
  db: Db,
  who: { staff: boolean; actorId: number; personId?: number | null },
  keys: { staff: string; self: string },
): Promise<ApplicantPerson> {
  const person = who.staff
    ? who.personId
      ? await findPerson(db, who.personId)
      : undefined
    : await findPersonOfUser(db, who.actorId);
  if (!person) throw AppError.field('personId', who.staff ? keys.staff : keys.self);
  return person;
}
