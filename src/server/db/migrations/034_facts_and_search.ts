import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { searchText } from '#shared/search-key.js';
import { createMobilityFacts } from '../mobility-facts.js';
import { createKeySearch } from './034_key_search.js';

/**
 * Issue 24 (docs/decisions/0036): search keys indexed (FTS5 trigram + bigram on SQLite, pg_trgm + key_grams
 * on PostgreSQL) for partners and people; people's search_text becomes search keys like partners';
 * mobility records' kept figures (`mobility_facts`, maintained by triggers, see db/mobility-facts.ts).
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const people = await db.selectFrom('people').select(['id', 'name_zh', 'name_en', 'student_no', 'staff_no']).execute();
  for (const p of people)
    await db
      .updateTable('people')
      .set({ search_text: searchText([p.name_zh, p.name_en, p.student_no, p.staff_no]).slice(0, 1000) })
      .where('id', '=', p.id)
      .execute();
  await createKeySearch(db, dialect);
  await createMobilityFacts(db, dialect);
}
