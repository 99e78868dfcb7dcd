import type { Kysely } from 'kysely';
import type { Db } from '#server/db/client.js';

/**
 * Bulk SQL for the generator: multi-row INSERTs of `batchSize` rows, committed every `perTransaction`
 * batches (one fsync per commit on SQLite's synchronous=FULL, so not one per row). Counts what it wrote.
 */
export class BulkWriter {
  private readonly written = new Map<string, number>();

  constructor(
    readonly db: Db,
    private readonly batchSize = 500,
    private readonly perTransaction = 20,
  ) {}

  async insert(table: string, rows: Record<string, unknown>[]): Promise<void> {
    await this.chunked(rows, async (trx, chunk) => {
      await (trx as Kysely<any>).insertInto(table).values(chunk).execute();
    });
    this.count(table, rows.length);
  }

  /** Inserts and returns the generated ids, keyed by `key(row)` of each returned row. */
  async insertReturning(
    table: string,
    rows: Record<string, unknown>[],
    columns: string[],
    key: (row: Record<string, unknown>) => string,
  ): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    await this.chunked(rows, async (trx, chunk) => {
      const back = await (trx as Kysely<any>)
        .insertInto(table)
        .values(chunk)
        .returning(['id', ...columns])
        .execute();
      for (const r of back) ids.set(key(r), Number(r.id));
    });
    this.count(table, rows.length);
    return ids;
  }

  /** Runs `write` once per item, inside transactions of batchSize × perTransaction items (for app helpers that write one row). */
  async each<T>(table: string, items: T[], write: (trx: Db, item: T) => Promise<void>): Promise<void> {
    const size = this.batchSize * this.perTransaction;
    for (let i = 0; i < items.length; i += size) {
      await this.db.transaction().execute(async (trx) => {
        for (const item of items.slice(i, i + size)) await write(trx, item);
      });
    }
    this.count(table, items.length);
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.written);
  }

  total(): number {
    let n = 0;
    for (const v of this.written.values()) n += v;
    return n;
  }

  private async chunked<R>(rows: R[], work: (trx: Db, chunk: R[]) => Promise<void>) {
    const perCommit = this.batchSize * this.perTransaction;
    for (let i = 0; i < rows.length; i += perCommit) {
      const slice = rows.slice(i, i + perCommit);
      await this.db.transaction().execute(async (trx) => {
        for (let j = 0; j < slice.length; j += this.batchSize) await work(trx, slice.slice(j, j + this.batchSize));
      });
    }
  }

  private count(table: string, n: number) {
    this.written.set(table, (this.written.get(table) ?? 0) + n);
  }
}
