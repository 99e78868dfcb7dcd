import type { Db } from '../../db/client.js';
import { changeMarker, SUMMARY_TTL_MS } from '../../modules/dashboard/dashboard.cache.js';

/**
 * The executive dashboard's figures, kept in memory per database handle and per key (the year asked
 * and the day) under the home dashboard's rule (ADR 0014): used while the newest audit id is unchanged
 * and for at most SUMMARY_TTL_MS. Keyed, unlike the home cache (one entry), because readers may look at
 * several years; the handful of keys of one day is bounded by pruning the others on every miss.
 */
type Entry = { marker: string; computedAtMs: number; value: Promise<unknown> };
const byDb = new WeakMap<Db, Map<string, Entry>>();
const MAX_KEYS = 8;

export async function cachedByKey<T>(
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
