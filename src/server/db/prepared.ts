import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './client.js';

/**
 * A query run on every request, whose SQL never changes — only its values: it is built and compiled
 * once per database handle and then run with the new values. Building and compiling a Kysely query
 * costs more than SQLite takes to answer a lookup by key (issue 6, ADR 0016).
 *
 * `build` receives one placeholder string per value; wherever a placeholder reached the compiled
 * parameters, the value is put in its place, so the values' order in the SQL does not matter.
 */
export function prepared<const Names extends readonly string[], Row>(
  names: Names,
  build: (db: Db, values: Record<Names[number], string>) => Compilable<Row>,
): (db: Db, values: Record<Names[number], unknown>) => Promise<Row[]> {
  const placeholders = Object.fromEntries(names.map((n) => [n, `\u0000${n}\u0000`])) as Record<Names[number], string>;
  const byPlaceholder = new Map(names.map((n) => [placeholders[n as Names[number]], n as Names[number]]));
  const cache = new WeakMap<Db, CompiledQuery<Row>>();
  return async (db, values) => {
    let compiled = cache.get(db);
    if (!compiled) {
      compiled = build(db, placeholders).compile();
      cache.set(db, compiled);
    }
    const parameters = compiled.parameters.map((p) => {
      const name = typeof p === 'string' ? byPlaceholder.get(p) : undefined;
      return name === undefined ? p : values[name];
    });
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}
