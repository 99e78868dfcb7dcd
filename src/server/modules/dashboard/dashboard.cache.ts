import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';

/**
 * The dashboard summary (and the executive dashboard's, per year) is the same for everyone and takes ~0.5 s of aggregates at scale L,
 * so it is computed once and served from memory (per database handle) until one of these happens:
 * - the Asia/Taipei business day changes (effective statuses move with the calendar);
 * - a write is committed: every write of the app records an audit entry in its own transaction
 *   (lib/audit.ts; a login too), so the newest audit id is a change marker for every instance sharing the
 *   database — one indexed `max(id)` per request instead of the aggregates;
 * - SUMMARY_TTL_MS have passed on the app's clock (or the clock went back).
 * The TTL is the honest bound on staleness for changes the marker cannot see: rows written behind the
 * app's back (SQL by hand, test fixtures) and, on PostgreSQL, a transaction that commits after a later
 * one has already committed a higher audit id. The response carries `computedAt`. See ADR 0014.
 */
export const SUMMARY_TTL_MS = 60_000;

type Entry = { marker: string; computedAtMs: number; value: Promise<unknown> };
/** Per database handle, a few keys (the home summary's day; the executive dashboard's year and day). */
const byDb = new WeakMap<Db, Map<string, Entry>>();
const MAX_KEYS = 8;

/** The newest audit entry's id: changes with every committed write through the app. */
export async function changeMarker(db: Db): Promise<string> {
  const row = await db.selectFrom('audit_log').select(sql<number | string | null>`max(id)`.as('id')).executeTakeFirst();
  return String(row?.id ?? 0);
}

/**
 * The cached value for `key` if still valid at `nowMs`, else `compute()`'s — started once and shared
 * by the requests that arrive while it runs (50 concurrent first requests compute it once). A miss
 * drops the entries of an older marker, and all but the newest when there are MAX_KEYS.
 */
export async function cached<T>(
  db: Db,
  key: string,
  nowMs: number,
  compute: () => Promise<T>,
): Promise<{ value: T; computedAtMs: number }> {
  const marker = await changeMarker(db);
  const entries = byDb.get(db) ?? new Map<string, Entry>();
  byDb.set(db, entries);
  const hit = entries.get(key);
  const age = hit ? nowMs - hit.computedAtMs : -1;
  if (hit && hit.marker === marker && age >= 0 && age < SUMMARY_TTL_MS) {
    return { value: (await hit.value) as T, computedAtMs: hit.computedAtMs };
  }
  for (const [k, e] of entries) if (e.marker !== marker || entries.size >= MAX_KEYS) entries.delete(k);
  const entry: Entry = { marker, computedAtMs: nowMs, value: compute() };
  entries.set(key, entry);
  try {
    return { value: (await entry.value) as T, computedAtMs: nowMs };
  } catch (err) {
    if (entries.get(key) === entry) entries.delete(key);
    throw err;
  }
}
