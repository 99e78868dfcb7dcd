import type { SelectQueryBuilder } from 'kysely';

/** COUNT(*) of a filtered query (its selections and ordering are dropped). */
export async function countOf(query: SelectQueryBuilder<any, any, any>): Promise<number> {
  const row = await query
    .clearSelect()
    .clearOrderBy()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number((row as { n: number | string }).n);
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
