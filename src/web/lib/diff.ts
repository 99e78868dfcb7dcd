/** One field that differs between two versions of a record. */
export type Change = { key: string; before: unknown; after: unknown };

/** Bookkeeping fields that change on every save and say nothing to a reader. */
const META = new Set(['id', 'version', 'updatedAt', 'createdAt', 'permissions', 'lastLoginAt']);

/** Row ids of child lists (contacts) are re-issued on save; they are not a change. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'id') out[k] = normalize(v);
    return out;
  }
  return value ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The fields that differ, in the order they appear in `after` (then `before`). */
export function changedFields(before: unknown, after: unknown): Change[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !META.has(k));
  return keys.filter((k) => !same(b[k], a[k])).map((key) => ({ key, before: b[key] ?? null, after: a[key] ?? null }));
}

/** A short, readable rendering of any JSON value. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(normalize(value));
}
