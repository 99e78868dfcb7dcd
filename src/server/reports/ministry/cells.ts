import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database } from '#server/db/schema.js';
import { AppError } from '#server/lib/errors.js';

/**
 * The grid engine of the Ministry's tables. A table is a source (the counted records: a table and the
 * counting rule's WHERE) classified by facets (SQL expressions such as unit, level, column); its figures
 * come from ONE grouped statement, and a cell is the filter (facet = value, …) that selects its records
 * under the same WHERE — so a cell's drill-down lists exactly what the cell counts.
 * The pseudo-facet `college` selects the units below a college (rows and subtotals by college).
 */
type AnyEb = ExpressionBuilder<Database, 'mobilities' | 'activities'>;
export type Facet = (eb: AnyEb) => Expression<unknown>;
export type Source = {
  /** the records, or kept facts named as the records (`outbound_student_facts as mobilities`) */
  table: 'mobilities' | 'activities' | 'outbound_student_facts as mobilities';
  /** on kept facts: the column that says how many records each row stands for (counted as their sum) */
  weight?: 'n';
  where: (eb: AnyEb) => Expression<SqlBool>;
  facets: Record<string, Facet>;
  /** numeric columns summed per group (activities' amounts) */
  sums?: string[];
};

export type FilterValue = string | number | null | (string | number | null)[];
export type Filter = Record<string, FilterValue>;
export type Group = Record<string, string | number | null> & { n: number };

const NULL = '~';
/** The cell of every counted record (the table's grand total). */
const ALL = '*';

/** The source's table is chosen at run time, which Kysely cannot type; the facets are typed instead. */
const untyped = (db: Db) => db as unknown as Kysely<any>;

/** `unit=12;col=foreign,foreign_dual;sex=~` — readable, and parsed back without ambiguity. */
export function encodeCell(filter: Filter): string {
  if (!Object.keys(filter).length) return ALL;
  const one = (v: string | number | null) => (v === null ? NULL : encodeURIComponent(String(v)));
  return Object.entries(filter)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.map(one).join(',') : one(v)}`)
    .join(';');
}

export function decodeCell(cell: string, src: Source): Filter {
  const out: Filter = {};
  if (cell === ALL) return out;
  for (const part of cell.split(';')) {
    const [k, raw] = part.split('=');
    if (!k || raw === undefined || (k !== 'college' && !(k in src.facets)))
      throw AppError.field('cell', 'ministry_cell');
    const numeric = k === 'unit' || k === 'college';
    const values = raw.split(',').map((v) => {
      if (v === NULL) return null;
      const s = decodeURIComponent(v);
      if (!numeric) return s;
      const n = Number(s);
      if (!Number.isInteger(n)) throw AppError.field('cell', 'ministry_cell');
      return n;
    });
    out[k] = values.length === 1 ? (values[0] as string | number | null) : values;
  }
  return out;
}

/** One grouped statement: every facet's value and the count (and sums) of records per combination. */
export async function groupsOf(db: Db, src: Source): Promise<Group[]> {
  const names = Object.keys(src.facets);
  const sums = src.sums ?? [];
  // The facets are computed in a subquery and grouped by name: PostgreSQL does not see two copies of
  // a parameterised CASE as the same expression.
  const inner = untyped(db)
    .selectFrom(src.table)
    .select((eb) => [
      ...names.map((n) => sql`${(src.facets[n] as Facet)(eb)}`.as(n)),
      ...sums.map((c) => sql.ref(`${src.table}.${c}`).as(c)),
      ...(src.weight ? [sql.ref(`mobilities.${src.weight}`).as('weight_n')] : []),
    ])
    .where((eb) => src.where(eb));
  const rows = await untyped(db)
    .selectFrom(inner.as('f'))
    .select((eb) => [
      ...names.map((n) => sql.ref(`f.${n}`).as(n)),
      src.weight ? sql<number>`sum(f.weight_n)`.as('n') : eb.fn.countAll<number>().as('n'),
      ...sums.map((c) => sql<number>`coalesce(sum(${sql.ref(`f.${c}`)}), 0)`.as(`sum_${c}`)),
    ])
    .groupBy(names.map((n) => sql.ref(`f.${n}`)))
    .execute();
  const out = rows.map((r) => {
    const g = r as Record<string, unknown>;
    const out: Group = { n: Number(g.n) } as Group;
    for (const n of names) out[n] = (g[n] ?? null) as string | number | null;
    for (const c of sums) out[`sum_${c}`] = Number(g[`sum_${c}`] ?? 0);
    return out;
  });
  // kept facts keep combinations whose records are gone (n = 0): no group, as on the records
  return src.weight ? out.filter((g) => g.n !== 0) : out;
}

/**
 * Does a group (with its college) fall in a cell's filter? A filter turned into a test of one group, its college already looked up: a table lays out thousands
 * of groups against each column, so the filter's entries are read once, not once per group (bench:
 * the outbound table at L spent a third of its time matching and encoding cells).
 */
export function matcher(filter: Filter): (g: Group, college: number | null) => boolean {
  const tests = Object.entries(filter).map(([k, v]) => {
    const allowed = Array.isArray(v) ? new Set<string | number | null>(v) : undefined;
    return { k, v, allowed };
  });
  return (g, college) => {
    for (const { k, v, allowed } of tests) {
      const actual = k === 'college' ? college : (g[k] ?? null);
      if (allowed ? !allowed.has(actual) : v !== actual) return false;
    }
    return true;
  };
}

/** The ids a cell counts: the source's WHERE and the cell's facet values, in id order. */
export async function cellIds(db: Db, src: Source, filter: Filter, unitsOfCollege: (c: number) => number[]) {
  const cond = (eb: AnyEb) => {
    const parts: Expression<SqlBool>[] = [src.where(eb)];
    for (const [k, v] of Object.entries(filter)) {
      const facet = k === 'college' ? src.facets.unit : src.facets[k];
      if (!facet) throw AppError.field('cell', 'ministry_cell');
      const values =
        k === 'college'
          ? (Array.isArray(v) ? v : [v]).flatMap((c) => (c === null ? [null] : unitsOfCollege(Number(c))))
          : v;
      const list = Array.isArray(values) ? values : [values];
      const nonNull = list.filter((x) => x !== null);
      const alts: Expression<SqlBool>[] = [];
      if (nonNull.length) alts.push(eb(facet(eb), 'in', nonNull as never));
      if (nonNull.length < list.length) alts.push(eb(facet(eb), 'is', null));
      parts.push(alts.length ? eb.or(alts) : sql<SqlBool>`1 = 0`);
    }
    return eb.and(parts);
  };
  const idCol = sql.ref(`${src.table}.id`);
  const rows = await untyped(db)
    .selectFrom(src.table)
    .select(idCol.as('id'))
    .where((eb) => cond(eb))
    .orderBy(idCol)
    .execute();
  return rows.map((r) => Number((r as { id: number }).id));
}
