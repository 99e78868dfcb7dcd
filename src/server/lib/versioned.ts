import { sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database } from '#server/db/schema.js';
import { type AuditInput, recordAudit } from './audit.js';
import { AppError } from './errors.js';

type VersionedTable = {
  [T in keyof Database]: Database[T] extends { version: unknown; id: unknown } ? T : never;
}[keyof Database];

/**
 * Optimistic concurrency for every editable record: the update applies only if the row still has the
 * version the client read, and bumps it. Otherwise 409 with the record as it is now (or 404 if gone).
 */
async function updateVersioned<T extends VersionedTable>(
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

/** One versioned, audited change of a record, inside the caller's transaction. */
export type AuditedUpdate<T extends VersionedTable, R> = {
  table: T;
  id: number;
  /** The version the client read. */
  version: number;
  values: Updateable<Database[T]>;
  /** The record as it is now, for the 409 body; undefined → 404. */
  current: () => Promise<unknown | undefined>;
  /** Writes that belong to the same change, after the row itself (contacts, links, offers, notes). */
  alsoWrite?: () => Promise<void>;
  /** The record after the change, as the caller returns it. */
  after: () => Promise<R>;
  /** The audit entry, written in the same transaction. */
  audit: (after: R) => AuditInput;
};

/**
 * The sequence every edit of a versioned record follows: the version-checked update (409 on a stale
 * version, 404 when the record is gone), the change's other writes, the record read back, one audit entry.
 */
export async function updateAudited<T extends VersionedTable, R>(trx: Db, u: AuditedUpdate<T, R>): Promise<R> {
  await updateVersioned(trx, u.table, u.id, u.version, u.values, u.current);
  await u.alsoWrite?.();
  const after = await u.after();
  await recordAudit(trx, u.audit(after));
  return after;
}
