import type { Db } from '#server/db/client.js';

/**
 * Records that a reminder was decided. The UNIQUE (entity_type, entity_id, kind, reference) decides who
 * won: true only for the one insert that added the row — across days, restarts and racing instances.
 */
export async function logReminder(
  trx: Db,
  row: { entityType: string; entityId: number; kind: string; reference: string; at: string },
): Promise<boolean> {
  const result = await trx
    .insertInto('reminder_log')
    .values({
      entity_type: row.entityType,
      entity_id: row.entityId,
      kind: row.kind,
      reference: row.reference,
      created_at: row.at,
    })
    .onConflict((oc) => oc.columns(['entity_type', 'entity_id', 'kind', 'reference']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
