import { DEGREE_LEVELS } from '../../../shared/mobility.js';
import { type MinistryRow, PROGRAM_GROUPS, SEXES } from '../../../shared/schemas/ministry.js';
import { encodeCell, type Filter, type Group, matches } from './cells.js';

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
      if (!matches(g, col.filter, ctx.collegeOf)) return;
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
  const compare = (a: Acc, b: Acc) => {
    const ra = rank(a);
    const rb = rank(b);
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

  return [...rows.values()].sort(compare).map((a) => ({
    kind: a.kind,
    collegeId: (a.dims.college as number | null | undefined) ?? null,
    unitId: (a.dims.unit as number | null | undefined) ?? null,
    level: (a.dims.level as string | null | undefined) ?? null,
    sex: (a.dims.sex as string | null | undefined) ?? null,
    program: (a.dims.program as string | null | undefined) ?? null,
    country: (a.dims.country as string | null | undefined) ?? null,
    region: 'country' in a.dims ? ctx.regionOf((a.dims.country as string | null) ?? null) : null,
    cells: spec.columns.map((col, i) => ({
      column: col.key,
      value: a.sums[i] ?? 0,
      cell: encodeCell({ ...a.filter, ...col.filter }),
    })),
  }));
}
