import type { Db } from '#server/db/client.js';
import type { Role } from '#shared/roles.js';

/** The one row of sign-in settings (migration 015): may students / staff still use a local password? */
export const findSignInSettings = (db: Db) =>
  db.selectFrom('sign_in_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

export async function findRolesOfUser(db: Db, userId: number): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role);
}
