/** Whose value a field keeps after an edit conflict. */
export type Pick = 'mine' | 'theirs';

/** One field where what the user typed differs from what is saved now. */
export type MergeRow = { key: string; base: unknown; mine: unknown; theirs: unknown; pick: Pick };

/** Row keys of list editors (contacts) are made up per load; ids are re-issued on save: neither is a change. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'id' && k !== 'key') out[k] = normalize(v);
    return out;
  }
  return value ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

/**
 * The fields to decide after a 409, in form order: those where the user's value differs from the current one.
 * A field the user did not touch takes the current value by default; one they changed keeps theirs ("mine").
 */
export function conflictRows<S extends object>(base: S, mine: S, theirs: S): MergeRow[] {
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  return Object.keys(m)
    .filter((key) => !same(m[key], t[key]))
    .map((key) => ({
      key,
      base: b[key],
      mine: m[key],
      theirs: t[key],
      pick: same(m[key], b[key]) ? 'theirs' : 'mine',
    }));
}

/** The form's values after the user's choices: the current record, with the fields they keep as typed. */
export function mergeValues<S extends object>(mine: S, theirs: S, picks: Record<string, Pick>): S {
  const out = { ...theirs } as Record<string, unknown>;
  for (const [key, pick] of Object.entries(picks))
    if (pick === 'mine') out[key] = (mine as Record<string, unknown>)[key];
  return out as S;
}
