import type { Db } from '#server/db/client.js';

/** The dated enrolment events of enrolled records (migration 018). */
export function findEvents(db: Db, mobilityId: number) {
  return db
    .selectFrom('enrolment_events')
    .select(['id', 'event', 'status', 'effective_on', 'note', 'created_by', 'created_at'])
    .where('mobility_id', '=', mobilityId)
    .orderBy('effective_on')
    .orderBy('id')
    .execute();
}

export type EventRow = {
  mobility_id: number;
  event: string;
  status: string;
  effective_on: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
};

export async function insertEvents(db: Db, rows: EventRow[]): Promise<void> {
  if (rows.length) await db.insertInto('enrolment_events').values(rows).execute();
}

export async function setStatusFromHistory(db: Db, id: number, status: string, on: string) {
  await db.updateTable('mobilities').set({ status, status_changed_on: on }).where('id', '=', id).execute();
}
