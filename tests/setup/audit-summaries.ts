import { expect } from 'vitest';
import type { Db } from '#server/db/client.js';

/**
 * ADR 0030: every audit row of these entity types has its summary as data (key + parameters), rendered in
 * the reader's language — no free English text. A suite calls it last, over the rows its own tests wrote.
 */
export async function expectSummariesAsData(db: Db, entityTypes: string[]) {
  const free = await db
    .selectFrom('audit_log')
    .select(['entity_type', 'action', 'summary'])
    .where('entity_type', 'in', entityTypes)
    .where('summary', 'is not', null)
    .where('summary_key', 'is', null)
    .execute();
  expect(free).toEqual([]);
  const written = await db.selectFrom('audit_log').select('id').where('entity_type', 'in', entityTypes).execute();
  expect(written.length).toBeGreaterThan(0); // the suite wrote some: the scan has something to check
}
