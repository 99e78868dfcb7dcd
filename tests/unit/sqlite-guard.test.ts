import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '#server/db/client.js';
import { OUTSIDE_QUERY_MESSAGE } from '#server/db/sqlite-guard.js';

describe('SQLite transaction guard', () => {
  it('fails a query on the database object inside a transaction instead of waiting forever, and keeps serving', async () => {
    const { db } = openSqlite(':memory:');
    await sql`create table t (n integer)`.execute(db);
    const attempt = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('t' as never)
        .values({ n: 1 } as never)
        .execute();
      await sql`select count(*) from t`.execute(db); // the mistake: db, not trx
    });
    await expect(attempt).rejects.toThrow(OUTSIDE_QUERY_MESSAGE);
    // The transaction rolled back and released the connection: the next query runs.
    const { rows } = await sql<{ c: number }>`select count(*) as c from t`.execute(db);
    expect(rows[0]?.c).toBe(0);
    await db.transaction().execute((trx) =>
      trx
        .insertInto('t' as never)
        .values({ n: 2 } as never)
        .execute(),
    );
    const after = await sql<{ c: number }>`select count(*) as c from t`.execute(db);
    expect(after.rows[0]?.c).toBe(1);
    await db.destroy();
  });
});
