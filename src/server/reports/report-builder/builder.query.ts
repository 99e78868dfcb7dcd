import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import { containsText } from '#server/lib/sql.js';
import type { UnitTree } from '#server/modules/units/unit-tree.js';
import { BUILDER_FIELDS, type BuilderField, fieldOf } from '#shared/report-builder.js';
import type { Locale } from '#shared/roles.js';
import type { BuilderFilter, ReportDefinition } from '#shared/schemas/report-builder.js';
import { ENTITY_SQL } from './builder.fields.js';

/**
 * Turns a validated definition into SQL. The registered fields the definition needs are selected by
 * name from the entity's rows (a derived table `r`), so filters, grouping and paging work on plain
 * columns whatever joins or subqueries a field takes. Values are always bound parameters.
 */
export type Scope = { db: Db; today: string; locale: Locale; tree: UnitTree };
type Query = SelectQueryBuilder<any, any, any>;

/** How many groups an answer holds at most (the rest is reported as truncated). */
export const MAX_GROUPS = 500;

const col = (key: string) => sql.ref(`r.${key}`);
/** Dates are grouped by year: a day-by-day count is no report. */
const groupExpr = (field: BuilderField) =>
  field.type === 'date' ? sql`substr(${col(field.key)}, 1, 4)` : col(field.key);

export const sumFields = (d: Pick<ReportDefinition, 'entity'>) => BUILDER_FIELDS[d.entity].filter((x) => x.sum);

/** The default columns when none are chosen: the entity's first four fields. */
export const columnsOf = (d: Pick<ReportDefinition, 'entity' | 'columns'>) =>
  d.columns.length ? d.columns : BUILDER_FIELDS[d.entity].slice(0, 4).map((x) => x.key);

function filterSql(field: BuilderField, flt: BuilderFilter, tree: UnitTree): RawBuilder<boolean> {
  const c = col(field.key);
  const units = (ids: unknown[]) => [...new Set(ids.flatMap((id) => tree.subtree(Number(id))))];
  const bool = (v: unknown) => (v ? 1 : 0);
  switch (flt.op) {
    case 'eq':
      if (field.type === 'unit') return sql<boolean>`${c} in (${sql.join(units([flt.value]))})`;
      if (field.type === 'boolean') return sql<boolean>`coalesce(${c}, 0) = ${bool(flt.value)}`;
      return sql<boolean>`${c} = ${flt.value}`;
    case 'in': {
      const values = field.type === 'unit' ? units(flt.values ?? []) : (flt.values ?? []);
      return values.length ? sql<boolean>`${c} in (${sql.join(values)})` : sql<boolean>`1 = 0`;
    }
    case 'between': {
      const parts = [
        ...(flt.from !== undefined ? [sql`${c} >= ${flt.from}`] : []),
        ...(flt.to !== undefined ? [sql`${c} <= ${flt.to}`] : []),
      ];
      return sql<boolean>`(${sql.join(parts, sql` and `)})`;
    }
    case 'contains':
      return containsText(`r.${field.key}`, String(flt.value));
    case 'empty':
      return flt.not ? sql<boolean>`${c} is not null` : sql<boolean>`${c} is null`;
  }
}

/** The entity's rows with the named fields (and the id), filtered. */
function filtered(s: Scope, d: ReportDefinition, needed: string[]): Query {
  const entity = ENTITY_SQL[d.entity];
  const exprs = entity.fields({ today: s.today, locale: s.locale });
  const keys = [...new Set([...needed, ...d.filters.map((x) => x.field)])];
  const inner = entity
    .base(s.db)
    .select(sql.ref(entity.id).as('id'))
    .select(keys.map((k) => (exprs[k] as RawBuilder<unknown>).as(k)));
  let q: Query = s.db.selectFrom(inner.as('r'));
  for (const flt of d.filters) q = q.where(filterSql(fieldOf(d.entity, flt.field) as BuilderField, flt, s.tree));
  return q;
}

export async function countAll(s: Scope, d: ReportDefinition): Promise<number> {
  const row = await filtered(s, d, []).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export type GroupRow = { keys: unknown[]; count: number; sums: Record<string, number> };

/** Counts (and sums of the summed number fields) per group, largest first; no grouping gives one group. */
export async function groupCounts(s: Scope, d: ReportDefinition): Promise<GroupRow[]> {
  const groups = d.groupBy.map((k) => fieldOf(d.entity, k) as BuilderField);
  const sums = sumFields(d);
  let q = filtered(s, d, [...d.groupBy, ...sums.map((x) => x.key)])
    .select(groups.map((g, i) => groupExpr(g).as(`g${i}`)))
    .select(sql<number>`count(*)`.as('n'))
    .select(sums.map((x) => sql<number>`coalesce(sum(${col(x.key)}), 0)`.as(`s_${x.key}`)));
  if (groups.length) {
    q = q.groupBy(groups.map(groupExpr)).orderBy(sql`count(*)`, 'desc');
    // Missing values last on both dialects (SQLite sorts NULL first, PostgreSQL last).
    for (const g of groups)
      q = q.orderBy(sql`case when ${groupExpr(g)} is null then 1 else 0 end`).orderBy(groupExpr(g));
  }
  const rows = (await q.limit(MAX_GROUPS + 1).execute()) as Record<string, unknown>[];
  return rows.map((r) => ({
    keys: groups.map((_, i) => r[`g${i}`] ?? null),
    count: Number(r.n),
    sums: Object.fromEntries(sums.map((x) => [x.key, Number(r[`s_${x.key}`] ?? 0)])),
  }));
}

/** One page of rows: the id and the chosen columns, in id order. */
export function rowsPage(s: Scope, d: ReportDefinition, limit: number, offset: number) {
  const columns = columnsOf(d);
  return filtered(s, d, columns)
    .select(['r.id', ...columns.map((k) => `r.${k}`)])
    .orderBy('r.id')
    .limit(limit)
    .offset(offset)
    .execute() as Promise<Record<string, unknown>[]>;
}
