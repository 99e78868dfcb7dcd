import { sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database } from '#server/db/schema.js';
import { AppError } from './errors.js';

type VersionedTable = {
  [T in keyof Database]: Database[T] extends { version: unknown; id: unknown } ? T : never;
}[keyof Database];

/**
 * Optimistic concurrency for every editable record: the update applies only if the row still has the
 * version the client read, and bumps it. Otherwise 409 with the record as it is now (or 404 if gone).
 */
export async function updateVersioned<T extends VersionedTable>(
  trx: Db,
  table: T,
  id: number,
  expectedVersion: number,
  values: Updateable<Database[T]>,
  currentForConflict: () => Promise<unknown | undefined>,
): Promise<void> {
  // Kysely cannot type a table chosen at run time; the VersionedTable constraint keeps callers honest.
  const result = await (trx as Db)
    .updateTable(table as 'partners')
    .set({ ...(values as object), version: sql`version + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  const current = await currentForConflict();
  if (current === undefined) throw AppError.notFound();
  throw new AppError('VERSION_CONFLICT', { current });
}
