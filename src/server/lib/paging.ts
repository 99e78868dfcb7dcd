import type { SelectQueryBuilder } from 'kysely';
import { AppError } from './errors.js';
import { decodeCursor, type PageWindow, type SortKey } from './keyset.js';

/** COUNT(*) of a filtered query (its selections and ordering are dropped). */
export async function countOf(query: SelectQueryBuilder<any, any, any>): Promise<number> {
  const row = await query
    .clearSelect()
    .clearOrderBy()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number((row as { n: number | string }).n);
}

/**
 * COUNT(*) that stops reading after `cap` + 1 rows: the exact figure up to `cap`, otherwise `cap` + 1
 * ("more than cap"). Its cost is bounded by the cap, not by the size of the match (ADR 0035).
 */
export async function countUpTo(query: SelectQueryBuilder<any, any, any>, cap: number): Promise<number> {
  const rows = await query
    .clearSelect()
    .clearOrderBy()
    .select((eb) => eb.lit(1).as('one'))
    .limit(cap + 1)
    .execute();
  return rows.length;
}

/** One page of a list: the rows (mapped to their API shape) and the total, fetched together. */
export async function pageOf<R, T>(
  page: number,
  pageSize: number,
  find: (limit: number, offset: number) => Promise<R[]>,
  count: () => Promise<number>,
  present: (rows: R[]) => T[] | Promise<T[]>,
) {
  const [rows, total] = await Promise.all([find(pageSize, (page - 1) * pageSize), count()]);
  return { items: await present(rows), total, page, pageSize };
}

/** A list's totals are probed up to this many rows unless the exact figure is asked for (count=exact). */
export const COUNT_PROBE = 1_000;
/** OFFSET is kept for jumping to a page number, up to this many rows deep; further on, the cursor walks. */
export const MAX_OFFSET = 10_000;

export type KeysetQuery = { page: number; pageSize: number; cursor?: string; count?: 'probe' | 'exact' };

/**
 * One page of a keyset-paged list (ADR 0035): after the cursor when one is given, else at the page's
 * offset (bounded by MAX_OFFSET); the total exact when asked for or when the probe finds at most
 * COUNT_PROBE rows, else COUNT_PROBE with `totalExact: false` — "more than 1,000".
 */
export async function keysetListPage<R, T>(
  query: KeysetQuery,
  keys: SortKey[],
  find: (window: PageWindow) => Promise<{ rows: R[]; nextCursor: string | null }>,
  count: (cap?: number) => Promise<number>,
  present: (rows: R[]) => T[] | Promise<T[]>,
) {
  const { page, pageSize } = query;
  const offset = (page - 1) * pageSize;
  const after = query.cursor ? decodeCursor(query.cursor, keys) : undefined;
  if (!after && offset > MAX_OFFSET) throw AppError.field('page', 'page_too_deep', { max: MAX_OFFSET });
  const window: PageWindow = after ? { limit: pageSize, after } : { limit: pageSize, offset };
  const exact = query.count === 'exact';
  const [found, counted] = await Promise.all([find(window), exact ? count() : count(COUNT_PROBE)]);
  const totalExact = exact || counted <= COUNT_PROBE;
  return {
    items: await present(found.rows),
    total: totalExact ? counted : COUNT_PROBE,
    totalExact,
    page,
    pageSize,
    nextCursor: found.nextCursor,
  };
}
