import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { IdentityProvidersTable } from '#server/db/schema.js';

/** Typed queries of the identity providers an administrator keeps (migration 015). */
export const findProviders = (db: Db) => db.selectFrom('identity_providers').selectAll().orderBy('id').execute();

export const findProviderById = (db: Db, id: number) =>
  db.selectFrom('identity_providers').selectAll().where('id', '=', id).executeTakeFirst();

export const findProviderBySlug = (db: Db, slug: string) =>
  db.selectFrom('identity_providers').selectAll().where('slug', '=', slug).executeTakeFirst();

export async function insertProvider(db: Db, row: Insertable<IdentityProvidersTable>): Promise<number> {
  const out = await db.insertInto('identity_providers').values(row).returning('id').executeTakeFirstOrThrow();
  return out.id;
}

export type ProviderRow = Awaited<ReturnType<typeof findProviders>>[number];
export type ProviderChange = Updateable<IdentityProvidersTable>;

/** The units a role mapping names, to refuse a mapping to a unit that does not exist. */
export async function findExistingUnitIds(db: Db, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('units').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
