import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor, keysetPage, type SortKey } from '#server/lib/keyset.js';
import { countUpTo } from '#server/lib/paging.js';
import { createTestDb, DIALECTS, type TestDb } from '#tests/setup/db.js';

// Walking a list by cursor must give every row exactly once, in the sort's order, whatever the sort
// (directions mixed, a nullable key, many ties broken by the id) and the page size, on both databases.

type Row = { id: number; a: string; b: number | null; c: number };
type Spec = { col: 'a' | 'b' | 'c'; dir: 'asc' | 'desc' };

const rowArb = fc.record({
  a: fc.constantFrom('x', 'y', 'z'),
  b: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  c: fc.integer({ min: -2, max: 2 }),
});
const specArb = fc.uniqueArray(
  fc.record({ col: fc.constantFrom('a' as const, 'b' as const, 'c' as const), dir: fc.constantFrom('asc', 'desc') }),
  { selector: (s) => s.col, maxLength: 3 },
) as fc.Arbitrary<Spec[]>;

function keysOf(spec: Spec[], idDir: 'asc' | 'desc'): SortKey[] {
  return [
    ...spec.map((s) => ({ expr: sql.ref(`t.${s.col}`), dir: s.dir, nullable: s.col === 'b' })),
    { expr: sql.ref('t.id'), dir: idDir },
  ];
}

/** The order the keys mean, in plain JavaScript: nulls last in either direction, then the id. */
function expected(rows: Row[], spec: Spec[], idDir: 'asc' | 'desc'): number[] {
  const cmp = (x: number | string | null, y: number | string | null, dir: 'asc' | 'desc') => {
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * (dir === 'asc' ? 1 : -1);
  };
  return [...rows]
    .sort((p, q) => {
      for (const s of spec) {
        const d = cmp(p[s.col], q[s.col], s.dir);
        if (d) return d;
      }
      return cmp(p.id, q.id, idDir);
    })
    .map((r) => r.id);
}

describe.each(DIALECTS)('keyset paging (%s)', (dialect) => {
  let t: TestDb;
  // biome-ignore lint/suspicious/noExplicitAny: a scratch table outside the app's schema
  let db: Kysely<any>;
  beforeAll(async () => {
    t = await createTestDb(dialect, { demo: false });
    db = t.db as Kysely<any>;
    await db.schema
      .createTable('keyset_probe')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('a', 'varchar(5)', (c) => c.notNull())
      .addColumn('b', 'integer')
      .addColumn('c', 'integer', (c) => c.notNull())
      .execute();
  });
  afterAll(() => t.drop());

  const fill = async (rows: Omit<Row, 'id'>[]) => {
    await db.deleteFrom('keyset_probe').execute();
    const withIds = rows.map((r, i) => ({ id: i + 1, ...r }));
    if (withIds.length) await db.insertInto('keyset_probe').values(withIds).execute();
    return withIds;
  };

  it('walks every row exactly once, in the sort order, ties included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 40 }),
        specArb,
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 7 }),
        async (rows, spec, idDir, limit) => {
          const stored = await fill(rows);
          const keys = keysOf(spec, idDir);
          const walked: number[] = [];
          let after: unknown[] | undefined;
          for (let guard = 0; guard <= stored.length + 1; guard++) {
            const page = await keysetPage(db.selectFrom('keyset_probe as t').select('t.id'), keys, { limit, after });
            walked.push(...page.rows.map((r) => r.id as number));
            expect(page.rows.length).toBeLessThanOrEqual(limit);
            if (!page.nextCursor) break;
            after = decodeCursor(page.nextCursor, keys);
          }
          expect(walked).toEqual(expected(stored, spec, idDir));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('an offset page is the same slice as the cursor walk', async () => {
    const stored = await fill(
      Array.from({ length: 23 }, (_, i) => ({ a: 'xyz'[i % 3] as string, b: i % 4 || null, c: i % 2 })),
    );
    const spec: Spec[] = [
      { col: 'b', dir: 'desc' },
      { col: 'a', dir: 'asc' },
    ];
    const keys = keysOf(spec, 'asc');
    const page = await keysetPage(db.selectFrom('keyset_probe as t').select('t.id'), keys, { limit: 5, offset: 10 });
    expect(page.rows.map((r) => r.id)).toEqual(expected(stored, spec, 'asc').slice(10, 15));
    expect(page.nextCursor).not.toBeNull();
  });

  it('refuses a cursor it did not make, or one for another sort', async () => {
    const keys = keysOf([{ col: 'a', dir: 'asc' }], 'asc');
    expect(() => decodeCursor('garbage', keys)).toThrow();
    const page = await keysetPage(db.selectFrom('keyset_probe as t').select('t.id'), keysOf([], 'asc'), { limit: 1 });
    expect(() => decodeCursor(page.nextCursor as string, keys)).toThrow();
  });

  it('counts exactly up to the cap, then says "more"', async () => {
    await fill(Array.from({ length: 12 }, () => ({ a: 'x', b: null, c: 0 })));
    const q = db.selectFrom('keyset_probe as t').select('t.id');
    expect(await countUpTo(q, 20)).toBe(12);
    expect(await countUpTo(q, 12)).toBe(12);
    expect(await countUpTo(q, 5)).toBe(6);
  });
});
