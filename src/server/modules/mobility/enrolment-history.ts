import type { Db } from '#server/db/client.js';
import { AppError } from '#server/lib/errors.js';
import { contradiction, type DatedEvent, type EnrolmentEvent, inDateOrder, STATUS_AFTER } from '#shared/enrolment.js';
import { type EventRow, findEvents, insertEvents, setStatusFromHistory } from './enrolment-history.repository.js';

/**
 * An enrolled student's history as dated events (docs/decisions/0021). The record's `status` and
 * `status_changed_on` always follow the last event in date order — a change dated before the latest
 * one is placed in order, never taken as the current state — and a change that contradicts the
 * history (a return dated after a withdrawal) is refused on its date.
 */
type Row = {
  id: number;
  status: string;
  start_date: string | null;
  end_date: string | null;
  status_changed_on: string | null;
  created_at: string;
};
type Stored = DatedEvent & { status: string; note: string | null; createdBy: number | null; createdAt: string };

const dayOf = (iso: string) => iso.slice(0, 10);

/**
 * The first events of a record: enrolled on its start date (deferred when it starts deferred), then the
 * status it was recorded in, dated by its status change, else its end date, else the day it was written —
 * so a record made as graduated without a date stops counting from the day it was recorded.
 */
export function initialEvents(row: Row): Stored[] {
  const start = row.start_date ?? dayOf(row.created_at);
  const base = { note: null, createdBy: null, createdAt: row.created_at };
  if (row.status === 'deferred') return [{ ...base, event: 'deferred', status: 'deferred', effectiveOn: start }];
  const events: Stored[] = [{ ...base, event: 'enrolled', status: 'enrolled', effectiveOn: start }];
  if (row.status !== 'enrolled' && row.status in STATUS_AFTER) {
    const on = row.status_changed_on ?? row.end_date ?? dayOf(row.created_at);
    const event = row.status as EnrolmentEvent;
    events.push({ ...base, event, status: STATUS_AFTER[event], effectiveOn: on < start ? start : on });
  }
  return events;
}

const toRow = (mobilityId: number, e: Stored): EventRow => ({
  mobility_id: mobilityId,
  event: e.event,
  status: e.status,
  effective_on: e.effectiveOn,
  note: e.note,
  created_by: e.createdBy,
  created_at: e.createdAt,
});

/** The stored history, or (for a record written before the history existed) the one its row implies. */
export async function historyOf(db: Db, row: Row): Promise<{ events: Stored[]; stored: boolean }> {
  const rows = await findEvents(db, row.id);
  if (!rows.length) return { events: initialEvents(row), stored: false };
  return {
    stored: true,
    events: rows.map((r) => ({
      id: r.id,
      event: r.event as EnrolmentEvent,
      status: r.status,
      effectiveOn: r.effective_on,
      note: r.note,
      createdBy: r.created_by,
      createdAt: r.created_at,
    })),
  };
}

/** Writes the first events of a new enrolled record (inside the caller's transaction). */
export async function startHistory(db: Db, row: Row): Promise<void> {
  await insertEvents(
    db,
    initialEvents(row).map((e) => toRow(row.id, e)),
  );
}

/**
 * Adds one dated change, in order: refused (400 on `date`) when the history read in date order no longer
 * holds; otherwise the status and its date become the last event's. Returns whether the change is now
 * the latest (the caller sets the end date of a withdrawal or graduation only then).
 */
export async function addEvent(
  db: Db,
  row: Row,
  change: { event: EnrolmentEvent; on: string; note: string | null; by: number | null; now: string },
): Promise<{ latest: boolean }> {
  const { events, stored } = await historyOf(db, row);
  const added: Stored = {
    event: change.event,
    status: STATUS_AFTER[change.event],
    effectiveOn: change.on,
    note: change.note,
    createdBy: change.by,
    createdAt: change.now,
  };
  const next = [...events, added];
  const problem = contradiction(next);
  if (problem)
    throw AppError.field('date', 'enrolment_history_contradiction', {
      date: problem.at.effectiveOn,
      event: problem.at.event,
      after: problem.after,
    });
  await insertEvents(
    db,
    (stored ? [added] : next).map((e) => toRow(row.id, e)),
  );
  const last = inDateOrder(next).at(-1) as Stored;
  await setStatusFromHistory(db, row.id, last.status, last.effectiveOn);
  return { latest: last === added };
}
