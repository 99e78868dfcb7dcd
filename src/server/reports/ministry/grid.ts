import { NON_DEGREE_LEVELS, PROGRAM_GROUPS, SEXES } from '#shared/ministry.js';
import { DEGREE_LEVELS } from '#shared/mobility.js';
import { MOE_REGIONS } from '#shared/regions.data.js';
import type { MinistryRow } from '#shared/schemas/ministry.js';
import { encodeCell, type Filter, type Group, matcher } from './cells.js';

/**
 * Lays a table's groups out as rows × columns. Rows are the distinct values of the row dimensions
 * (`college` is derived from `unit`); with `unit` rows, each college gets a subtotal row (per `term`
 * when the rows are by semester), and the table a total row. A unit under no college (華語中心,
 * 國際專修部) is a row of its own, not a "college" with a subtotal. Rows without `college` (the udb
 * layouts, by the whole university) have only the total. Each cell carries the filter of its records
 * (row values + column filter).
 */
export type Column = { key: string; group: string | null; filter: Filter; sum?: string };
export type UnitInfo = { id: number; code: string; kind: string; parentId: number | null };
type Dim = 'term' | 'college' | 'unit' | 'level' | 'sex' | 'program' | 'region' | 'country';

export type GridSpec = {
  rowDims: Dim[];
  columns: Column[];
  /** colleges listed even without records (the college exchange table lists every college) */
  alwaysColleges?: number[];
};

const ORDER: Partial<Record<Dim, readonly string[]>> = {
  level: [...DEGREE_LEVELS, ...NON_DEGREE_LEVELS],
  sex: SEXES,
  program: PROGRAM_GROUPS,
  region: MOE_REGIONS,
};

type Acc = { filter: Filter; kind: MinistryRow['kind']; dims: Record<string, string | number | null>; sums: number[] };

export function buildGrid(
  groups: Group[],
  spec: GridSpec,
  ctx: {
    collegeOf: (unit: number | null) => number | null;
    /** whether a unit is a college (a unit under none is its own "college" in collegeOf) */
    isCollege?: (unit: number) => boolean;
    unitOrder: (unit: number | null) => number;
    regionOf: (c: string | null) => string | null;
  },
): MinistryRow[] {
  const rows = new Map<string, Acc>();
  const byUnit = spec.rowDims.includes('unit');
  const byCollege = spec.rowDims.includes('college');
  const byTerm = spec.rowDims.includes('term');
  const detailed = spec.rowDims.some((d) => d !== 'college' && d !== 'term');
  const acc = (key: string, make: () => Omit<Acc, 'sums'>) => {
    let a = rows.get(key);
    if (!a) {
      a = { ...make(), sums: spec.columns.map(() => 0) };
      rows.set(key, a);
    }
    return a;
  };
  const collegeRow = (c: number | null, term?: string | null) => {
    const at: Record<string, string | null> = byTerm ? { term: term ?? null } : {};
    return acc(`c:${byTerm ? term : ''}:${c}`, () => ({
      filter: { ...at, college: c },
      kind: byUnit ? 'subtotal' : 'row',
      dims: { ...at, college: c },
    }));
  };
  const total = acc('total', () => ({ filter: {}, kind: 'total', dims: {} }));
  for (const c of spec.alwaysColleges ?? []) collegeRow(c);

  const columnTests = spec.columns.map((col) => matcher(col.filter));
  for (const g of groups) {
    const unit = (g.unit ?? null) as number | null;
    let college = byCollege ? ctx.collegeOf(unit) : null;
    const outside =
      byUnit && unit !== null && college !== null && ctx.isCollege !== undefined && !ctx.isCollege(college);
    if (outside) college = null;
    const targets = [total];
    if (byCollege && !outside) targets.push(collegeRow(college, (g.term ?? null) as string | null));
    if (detailed) {
      const dims: Record<string, string | number | null> = byCollege ? { college } : {};
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

  const terms = [...new Set(groups.map((g) => String(g.term ?? '')))].sort();
  const rank = (a: Acc) => {
    const unit = (a.dims.unit as number | null | undefined) ?? null;
    const college = (a.dims.college as number | null | undefined) ?? null;
    return [
      a.kind === 'total' ? 1 : 0,
      byTerm ? terms.indexOf(String(a.dims.term ?? '')) : 0,
      // a unit outside the colleges sorts where it stands in the unit tree
      byCollege ? ctx.unitOrder(college === null && unit !== null ? unit : college) : 0,
      a.kind === 'subtotal' ? 1 : 0,
      byUnit ? ctx.unitOrder(unit) : 0,
    ];
  };
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
      // values outside the known order (not recorded) come last
      const at = (v: unknown) => (order ? order.indexOf(String(v)) : -1);
      if (order) return (at(x) < 0 ? order.length : at(x)) - (at(y) < 0 ? order.length : at(y));
      return String(x ?? '').localeCompare(String(y ?? ''));
    }
    return 0;
  };

  const cellOf = cellEncoder(spec.columns);
  return [...rows.values()].sort(compare).map((a) => ({
    kind: a.kind,
    ...termOf(a.dims.term),
    collegeId: (a.dims.college as number | null | undefined) ?? null,
    unitId: (a.dims.unit as number | null | undefined) ?? null,
    level: (a.dims.level as string | null | undefined) ?? null,
    sex: (a.dims.sex as string | null | undefined) ?? null,
    program: (a.dims.program as string | null | undefined) ?? null,
    country: (a.dims.country as string | null | undefined) ?? null,
    region:
      'region' in a.dims
        ? ((a.dims.region as string | null) ?? null)
        : 'country' in a.dims
          ? ctx.regionOf((a.dims.country as string | null) ?? null)
          : null,
    cells: cellOf(a.filter).map((cell, i) => ({
      column: spec.columns[i]?.key as string,
      value: a.sums[i] ?? 0,
      cell,
    })),
  }));
}

/** A row's semester (`120-1`) as its 學年度 and 學期 columns. */
function termOf(term: unknown): { academicYear: number | null; semester: number | null } {
  const m = typeof term === 'string' ? /^(\d+)-([12])$/.exec(term) : null;
  return m ? { academicYear: Number(m[1]), semester: Number(m[2]) } : { academicYear: null, semester: null };
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
