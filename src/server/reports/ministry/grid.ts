import { PROGRAM_GROUPS, SEXES } from '#shared/ministry.js';
import { DEGREE_LEVELS } from '#shared/mobility.js';
import type { MinistryRow } from '#shared/schemas/ministry.js';
import { encodeCell, type Filter, type Group, matcher } from './cells.js';

/**
 * Lays a table's groups out as rows × columns. Rows are the distinct values of the row dimensions
 * (`college` is derived from `unit`); with `unit` rows, each college gets a subtotal row, and the
 * table a total row. Each cell carries the filter of its records (row values + column filter).
 */
export type Column = { key: string; group: string | null; filter: Filter; sum?: string };
export type UnitInfo = { id: number; code: string; kind: string; parentId: number | null };
type Dim = 'college' | 'unit' | 'level' | 'sex' | 'program' | 'country';

export type GridSpec = {
  rowDims: Dim[];
  columns: Column[];
  /** colleges listed even without records (the college exchange table lists every college) */
  alwaysColleges?: number[];
};

const ORDER: Partial<Record<Dim, readonly string[]>> = {
  level: DEGREE_LEVELS,
  sex: SEXES,
  program: PROGRAM_GROUPS,
};

type Acc = { filter: Filter; kind: MinistryRow['kind']; dims: Record<string, string | number | null>; sums: number[] };

export function buildGrid(
  groups: Group[],
  spec: GridSpec,
  ctx: {
    collegeOf: (unit: number | null) => number | null;
    unitOrder: (unit: number | null) => number;
    regionOf: (c: string | null) => string | null;
  },
): MinistryRow[] {
  const rows = new Map<string, Acc>();
  const byUnit = spec.rowDims.includes('unit');
  const acc = (key: string, make: () => Omit<Acc, 'sums'>) => {
    let a = rows.get(key);
    if (!a) {
      a = { ...make(), sums: spec.columns.map(() => 0) };
      rows.set(key, a);
    }
    return a;
  };
  const collegeRow = (c: number | null) =>
    acc(`c:${c}`, () => ({ filter: { college: c }, kind: byUnit ? 'subtotal' : 'row', dims: { college: c } }));
  const total = acc('total', () => ({ filter: {}, kind: 'total', dims: {} }));
  for (const c of spec.alwaysColleges ?? []) collegeRow(c);

  const columnTests = spec.columns.map((col) => matcher(col.filter));
  for (const g of groups) {
    const college = ctx.collegeOf(g.unit as number | null);
    const targets = [collegeRow(college), total];
    if (byUnit) {
      const dims: Record<string, string | number | null> = { college };
      for (const d of spec.rowDims) if (d !== 'college') dims[d] = g[d] ?? null;
      const filter = Object.fromEntries(spec.rowDims.filter((d) => d !== 'college').map((d) => [d, dims[d] ?? null]));
      targets.push(acc(`r:${JSON.stringify(filter)}`, () => ({ filter, kind: 'row', dims })));
    }
    spec.columns.forEach((col, i) => {
      if (!columnTests[i]?.(g, college)) return;
      const v = col.sum ? Number(g[`sum_${col.sum}`] ?? 0) : g.n;
      for (const t of targets) t.sums[i] = (t.sums[i] ?? 0) + v;
    });
  }

  const rank = (a: Acc) => [
    a.kind === 'total' ? 1 : 0,
    ctx.unitOrder((a.dims.college as number | null) ?? null),
    a.kind === 'subtotal' ? 1 : 0,
    ctx.unitOrder((a.dims.unit as number | null) ?? null),
  ];
  // Ranked once per row, not on each of the sort's comparisons (thousands of rows at L).
  const ranks = new Map([...rows.values()].map((a) => [a, rank(a)]));
  const compare = (a: Acc, b: Acc) => {
    const ra = ranks.get(a) as number[];
    const rb = ranks.get(b) as number[];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
    for (const d of spec.rowDims) {
      const order = ORDER[d];
      const x = a.dims[d] ?? null;
      const y = b.dims[d] ?? null;
      if (x === y) continue;
      if (order) return order.indexOf(String(x)) - order.indexOf(String(y));
      return String(x ?? '').localeCompare(String(y ?? ''));
    }
    return 0;
  };

  const cellOf = cellEncoder(spec.columns);
  return [...rows.values()].sort(compare).map((a) => ({
    kind: a.kind,
    collegeId: (a.dims.college as number | null | undefined) ?? null,
    unitId: (a.dims.unit as number | null | undefined) ?? null,
    level: (a.dims.level as string | null | undefined) ?? null,
    sex: (a.dims.sex as string | null | undefined) ?? null,
    program: (a.dims.program as string | null | undefined) ?? null,
    country: (a.dims.country as string | null | undefined) ?? null,
    region: 'country' in a.dims ? ctx.regionOf((a.dims.country as string | null) ?? null) : null,
    cells: cellOf(a.filter).map((cell, i) => ({
      column: spec.columns[i]?.key as string,
      value: a.sums[i] ?? 0,
      cell,
    })),
  }));
}

/**
 * Each column's cell for a row: `encodeCell({ ...row filter, ...column filter })`, with each column's
 * part encoded once and joined to the row's part when their keys differ (always, for the tables we
 * have); a shared key falls back to encoding the merged filter.
 */
function cellEncoder(columns: Column[]): (rowFilter: Filter) => string[] {
  const parts = columns.map((c) => ({ keys: Object.keys(c.filter), encoded: encodeCell(c.filter) }));
  return (rowFilter) => {
    const rowKeys = Object.keys(rowFilter);
    const rowPart = encodeCell(rowFilter);
    return columns.map((col, i) => {
      const part = parts[i] as { keys: string[]; encoded: string };
      if (part.keys.some((k) => k in rowFilter)) return encodeCell({ ...rowFilter, ...col.filter });
      if (!part.keys.length) return rowPart;
      return rowKeys.length ? `${rowPart};${part.encoded}` : part.encoded;
    });
  };
}
