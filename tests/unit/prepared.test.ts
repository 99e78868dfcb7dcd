import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared } from '#server/db/prepared.js';
import { createTestDb, DIALECTS, type TestDb } from '#tests/setup/db.js';

// Built once, run many times: the values must land in their own places whatever order the SQL
// holds them in, literal parameters the builder added must stay, and each handle compiles its own.
const unitsBetween = prepared({ low: 'string', high: 'string' }, (db, { low, high }) =>
  db
    .selectFrom('units')
    .select(['code'])
    .where('code', '<=', high)
    .where('code', '>=', low)
    .where('code', '!=', 'NO_SUCH_UNIT')
    .orderBy('code'),
);

describe.each(DIALECTS)('prepared queries (%s)', (dialect) => {
  let t: TestDb;
  let all: string[];
  beforeAll(async () => {
    t = await createTestDb(dialect);
    all = (await t.db.selectFrom('units').select('code').orderBy('code').execute()).map((r) => r.code);
  });
  afterAll(() => t.drop());

  it('runs with each call’s values, not the first call’s', async () => {
    expect(all.length).toBeGreaterThan(3);
    const [a, b, c] = all as [string, string, string];
    expect((await unitsBetween(t.db, { low: a, high: b })).map((r) => r.code)).toEqual(
      all.filter((x) => x >= a && x <= b),
    );
    expect((await unitsBetween(t.db, { low: c, high: all.at(-1) as string })).map((r) => r.code)).toEqual(
      all.filter((x) => x >= c),
    );
    expect(await unitsBetween(t.db, { low: 'zzz', high: 'zzzz' })).toEqual([]);
  });

  it('compiles per handle: a transaction runs it on its own connection', async () => {
    const [a] = all as [string];
    const rows = await t.db.transaction().execute((trx) => unitsBetween(trx, { low: a, high: a }));
    expect(rows).toEqual([{ code: a }]);
  });
});
