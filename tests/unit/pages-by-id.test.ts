import { describe, expect, it } from 'vitest';
import { pagesById } from '#server/lib/xlsx.js';

async function collect<R>(pages: AsyncIterable<R[]>): Promise<R[][]> {
  const out: R[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('pagesById (export paging)', () => {
  it('keeps the order of the ids, whatever order the rows come back in, a page at a time', async () => {
    const asked: number[][] = [];
    const pages = await collect(
      pagesById(
        async () => [5, 3, 9, 1, 7],
        async (ids) => {
          asked.push(ids);
          return ids.map((id) => ({ id, name: `n${id}` })).reverse();
        },
        2,
      ),
    );
    expect(asked).toEqual([[5, 3], [9, 1], [7]]);
    expect(pages.map((p) => p.map((r) => r.id))).toEqual([[5, 3], [9, 1], [7]]);
  });

  it('leaves out a record gone between reading the ids and reading its row', async () => {
    const pages = await collect(
      pagesById(
        async () => [4, 2, 8],
        async (ids) => ids.filter((id) => id !== 2).map((id) => ({ id })),
        2,
      ),
    );
    expect(pages).toEqual([[{ id: 4 }], [{ id: 8 }]]);
  });

  it('yields nothing for an empty list', async () => {
    expect(
      await collect(
        pagesById(
          async () => [],
          async () => [],
        ),
      ),
    ).toEqual([]);
  });
});
