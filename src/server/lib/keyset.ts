import { type Expression, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { AppError } from './errors.js';

/**
 * Keyset ("cursor") paging: a page starts after the last row of the one before, found through the
 * sort's index, instead of OFFSET reading and discarding every row before it (ADR 0035). The sort must
 * end in a unique key (the id) so that every row has exactly one place.
 */
export type SortKey = {
  expr: Expression<unknown> | RawBuilder<unknown>;
  dir: 'asc' | 'desc';
  /** The key may be NULL: its nulls sort last in either direction, the same on SQLite and PostgreSQL. */
  nullable?: boolean;
  /**
   * The key ranks rows 0 … `last` and most rows are in the last rank (a search's relevance); `before` holds exactly
   * for the rows ranked before it. The page is read as two queries: those few rows sorted, then the last rank in
   * the order of the other keys, which an index can serve. A first key only, ascending (see `keysetPage`).
   */
  tiers?: { last: number; before: RawBuilder<SqlBool> };
};

/** Where a page starts: after a cursor, or (to jump to a page number) at a row offset. */
export type PageWindow = { limit: number; offset?: number; after?: unknown[] };

type Key = { expr: RawBuilder<unknown>; dir: 'asc' | 'desc'; nullable: boolean };

/** A nullable key becomes two: "is it null" (0 before 1), then the value itself. */
function expand(keys: SortKey[]): Key[] {
  return keys.flatMap((k): Key[] => {
    const expr = sql`${k.expr}`;
    if (!k.nullable) return [{ expr, dir: k.dir, nullable: false }];
    return [
      { expr: sql`case when ${expr} is null then 1 else 0 end`, dir: 'asc', nullable: false },
      { expr, dir: k.dir, nullable: true },
    ];
  });
}

/** The ORDER BY terms of a sort, nullable keys expanded (for queries that order without paging: exports). */
export const expandedOrder = (keys: SortKey[]): { expr: RawBuilder<unknown>; dir: 'asc' | 'desc' }[] => expand(keys);

const CURSOR_PREFIX = 'k1.';

export function encodeCursor(values: unknown[]): string {
  return CURSOR_PREFIX + Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The key values a cursor holds; a cursor that is not one of ours (or not for this sort) is a 400. */
export function decodeCursor(cursor: string, keys: SortKey[]): unknown[] {
  const width = expand(keys).length;
  try {
    if (!cursor.startsWith(CURSOR_PREFIX)) throw new Error('prefix');
    const values = JSON.parse(Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8'));
    const scalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';
    if (Array.isArray(values) && values.length === width && values.every(scalar)) return values;
  } catch {
    // falls through to the field error
  }
  throw AppError.field('cursor', 'cursor');
}

/**
 * Rows strictly after `values` in the order of `keys`: (k1 > v1) or (k1 = v1 and k2 > v2) or …, with a
 * leading `k1 >= v1` that the planner can use as an index range on both databases.
 */
function afterCondition(keys: Key[], values: unknown[]): RawBuilder<SqlBool> {
  const ors: RawBuilder<SqlBool>[] = [];
  const equal: RawBuilder<SqlBool>[] = [];
  keys.forEach((k, i) => {
    const v = values[i];
    const beyond = k.dir === 'asc' ? sql`>` : sql`<`;
    // Within the nulls of a nullable key every row ties: no "beyond" there, and "equal" is "is null".
    if (v !== null) ors.push(and([...equal, sql<SqlBool>`${k.expr} ${beyond} ${v}`]));
    equal.push(v === null ? sql<SqlBool>`${k.expr} is null` : sql<SqlBool>`${k.expr} = ${v}`);
  });
  const any = ors.length ? sql<SqlBool>`(${sql.join(ors, sql` or `)})` : sql<SqlBool>`1 = 0`;
  const [first] = keys;
  const v0 = values[0];
  if (!first || v0 === null || first.nullable) return any;
  const from = first.dir === 'asc' ? sql`>=` : sql`<=`;
  return sql<SqlBool>`${first.expr} ${from} ${v0} and ${any}`;
}

const and = (parts: RawBuilder<SqlBool>[]) => sql<SqlBool>`(${sql.join(parts, sql` and `)})`;

const keyAlias = (i: number) => `_k${i}`;

// biome-ignore lint/suspicious/noExplicitAny: the key columns are added to whatever the caller selected
type AnyQuery = SelectQueryBuilder<any, any, any>;
type Found = Record<string, unknown>[];

/** The query ordered by `keys` (selected as `_k<from + i>`), after `after`, one row more than `limit`. */
function pageQuery(q: AnyQuery, keys: Key[], after: unknown[] | undefined, limit: number, from = 0): AnyQuery {
  let p = after ? q.where(afterCondition(keys, after)) : q;
  for (const [i, k] of keys.entries()) p = p.select(sql`${k.expr}`.as(keyAlias(from + i))).orderBy(k.expr, k.dir);
  return p.limit(limit + 1);
}

/**
 * One page of `query` in the order of `keys`: ordered, started at the window (cursor or offset) and
 * with one row more read to tell whether another page follows. `nextCursor` is null on the last page.
 */
export async function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  keys: SortKey[],
  window: PageWindow,
): Promise<{ rows: O[]; nextCursor: string | null }> {
  const all = expand(keys);
  const q = query as AnyQuery;
  const tiered = keys[0]?.tiers && keys[0].dir === 'asc' && !keys[0].nullable && !window.offset;
  const found = tiered
    ? await tieredRows(q, all, keys[0]?.tiers as NonNullable<SortKey['tiers']>, window)
    : ((await (window.offset && !window.after
        ? pageQuery(q, all, undefined, window.limit).offset(window.offset)
        : pageQuery(q, all, window.after, window.limit)
      ).execute()) as Found);
  const rows = found.slice(0, window.limit);
  const last = rows.at(-1);
  const nextCursor =
    found.length > window.limit && last ? encodeCursor(all.map((_, i) => last[keyAlias(i)] ?? null)) : null;
  return { rows: rows as O[], nextCursor };
}

/**
 * A tiered first key (a search's relevance): the rows of the earlier tiers, all keys sorted (few rows, found by
 * `before`, which an index may serve), then those of the last tier ordered by the other keys alone, so the
 * planner walks their index and stops at the page's end instead of sorting every match. A cursor in the last
 * tier skips the first query (ADR 0036).
 */
async function tieredRows(q: AnyQuery, keys: Key[], tiers: NonNullable<SortKey['tiers']>, window: PageWindow) {
  const [, ...rest] = keys;
  const { last, before } = tiers;
  const inLastTier = window.after !== undefined && Number(window.after[0]) >= last;
  const head = inLastTier
    ? []
    : ((await pageQuery(q.where(sql<SqlBool>`(${before})`), keys, window.after, window.limit).execute()) as Found);
  if (head.length > window.limit) return head;
  const tail = pageQuery(
    q.where(sql<SqlBool>`not (${before})`).select(sql.lit(last).as(keyAlias(0))),
    rest,
    inLastTier ? window.after?.slice(1) : undefined,
    window.limit - head.length,
    1,
  );
  return [...head, ...((await tail.execute()) as Found)];
}
