import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { FaqEntriesTable } from '#server/db/schema.js';

const COLUMNS = [
  'f.id',
  'f.category_code',
  'f.enquiry_id',
  'f.question_zh',
  'f.question_en',
  'f.answer_zh',
  'f.answer_en',
  'f.published',
  'f.version',
  'f.updated_at',
  'c.name_zh as category_zh',
  'c.name_en as category_en',
] as const;

const joined = (db: Db) =>
  db.selectFrom('faq_entries as f').innerJoin('enquiry_categories as c', 'c.code', 'f.category_code');

/** The entries, the published ones only for the public; by category, then oldest first. */
export const findFaq = (db: Db, publishedOnly: boolean) => {
  let q = joined(db).select(COLUMNS);
  if (publishedOnly) q = q.where('f.published', '=', 1);
  return q.orderBy('c.sort_order').orderBy('f.id').execute();
};
export type FaqRow = Awaited<ReturnType<typeof findFaq>>[number];

export const findFaqEntry = (db: Db, id: number) =>
  joined(db).select(COLUMNS).where('f.id', '=', id).executeTakeFirst();

export async function insertFaq(trx: Db, values: Insertable<FaqEntriesTable>): Promise<number> {
  const { id } = await trx.insertInto('faq_entries').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export type FaqValues = Updateable<FaqEntriesTable>;
