/**
 * The signed-in user of a session id, kept in this process for a moment (ADR 0035): every API request
 * read the session, its user and roles from the database, a fixed cost the bare route does not pay.
 *
 * Safety: an entry lives SESSION_CACHE_MS at most, and every write in this process that could change
 * what it holds (sign-out, password change, a user's fields, roles or locale) empties the cache first.
 * A write on another instance (or a concurrent read that raced a write's commit) is seen within
 * SESSION_CACHE_MS — the same window as a request already in flight. Expiry is still checked on every
 * request against the cached expiry time. Entries are per database handle, so test databases never mix.
 */
export const SESSION_CACHE_MS = 2_000;
/** Past this many live sessions the cache starts again empty rather than growing. */
const MAX_ENTRIES = 20_000;

type Entry<T> = { at: number; value: T };
let caches = new WeakMap<object, Map<string, Entry<unknown>>>();
/** Bumped by every invalidation: a read that began before one does not store what it read. */
let generation = 0;

export async function cachedSession<T>(
  db: object,
  id: string,
  nowMs: number,
  load: () => Promise<T | undefined>,
): Promise<T | undefined> {
  let cache = caches.get(db);
  const hit = cache?.get(id);
  if (hit && nowMs - hit.at < SESSION_CACHE_MS) return hit.value as T;
  const started = generation;
  const value = await load();
  if (value === undefined || started !== generation) return value;
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(id, { at: nowMs, value });
  return value;
}

/** A write changed a session, a user or their roles: forget every cached session of this process. */
export function forgetSessions() {
  generation++;
  caches = new WeakMap();
}
