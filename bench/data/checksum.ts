import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '#server/db/client.js';

export type TableSpec = { name: string; key: string[]; omit?: string[] };
const PAGE = 5_000;

/**
 * sha256 over a table's rows read back from the database in key order (one JSON line per row), so the
 * checksum covers what was written, not what the generator meant to write, and compares across dialects.
 */
export async function tableChecksum(db: Db, spec: TableSpec): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  const omit = new Set(spec.omit ?? []);
  let rows = 0;
  const q = db as unknown as Kysely<any>;
  const add = (row: Record<string, unknown>) => {
    hash.update(`${JSON.stringify(Object.entries(row).filter(([k]) => !omit.has(k)))}\n`);
    rows++;
  };
  if (spec.key.length === 1 && spec.key[0] === 'id') {
    // Keyset pages: flat memory however large the table.
    for (let after = 0; ; ) {
      const page = await q
        .selectFrom(spec.name)
        .selectAll()
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      for (const row of page) add(row);
      if (page.length < PAGE) break;
      after = Number(page.at(-1)?.id);
    }
  } else {
    let query = q.selectFrom(spec.name).selectAll();
    for (const k of spec.key) query = query.orderBy(k);
    for (const row of await query.execute()) add(row);
  }
  return { rows, sha256: hash.digest('hex') };
}

/** One checksum for the dataset: the sha256 of the tables' checksums in a fixed order. */
export function combine(tables: Record<string, { sha256: string }>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(tables).sort()) hash.update(`${name}:${tables[name]?.sha256}\n`);
  return hash.digest('hex');
}
