import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './client.js';

type Kinds = { string: string; number: number };
type ValuesOf<Spec extends Record<string, keyof Kinds>> = { [K in keyof Spec]: Kinds[Spec[K]] };

/**
 * A query run on (nearly) every request whose SQL never changes, only its values: it is built and
 * compiled once per database handle, then run with each call's values. Building and compiling a Kysely
 * query costs more CPU than SQLite takes to answer a lookup by key (issue 6, ADR 0016).
 *
 * `spec` names each value and its type. `build` is called once, with a placeholder standing in for
 * each value; wherever a placeholder reached the compiled parameters, the call's value takes its place
 * (so their order in the SQL does not matter). `build` may only pass the values into the query — a
 * placeholder is not the value (no `if (id > 0)`, no `in` lists whose length depends on the values).
 */
export function prepared<const Spec extends Record<string, keyof Kinds>, Row>(
  spec: Spec,
  build: (db: Db, values: ValuesOf<Spec>) => Compilable<Row>,
): (db: Db, values: ValuesOf<Spec>) => Promise<Row[]> {
  const names = Object.keys(spec) as (keyof Spec & string)[];
  const placeholders = Object.fromEntries(names.map((n) => [n, `\u0000${n}\u0000`]));
  const byPlaceholder = new Map(names.map((n) => [placeholders[n], n]));
  const cache = new WeakMap<Db, CompiledQuery<Row>>();
  return async (db, values) => {
    let compiled = cache.get(db);
    if (!compiled) {
      compiled = build(db, placeholders as unknown as ValuesOf<Spec>).compile();
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
