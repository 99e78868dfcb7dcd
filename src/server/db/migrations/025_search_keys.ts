import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { searchText } from '#shared/search-key.js';

/**
 * Search that finds what people type (issue 23, docs/decisions/0028):
 * - `partners.aliases`: other names a partner goes by, former names included (JSON array of strings);
 * - partners' and agreements' `search_text` rewritten as search keys (variants folded, no spaces or
 *   punctuation, names joined by "|"): src/shared/search-key.ts is the rule, for stored keys and queries alike.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('partners').addColumn('aliases', 'text').execute();

  const partners = await db
    .selectFrom('partners')
    .select(['id', 'name_en', 'name_zh', 'code', 'city', 'city_zh'])
    .execute();
  for (const p of partners)
    await db
      .updateTable('partners')
      .set({ search_text: searchText([p.name_en, p.name_zh, p.code, p.city, p.city_zh]) })
      .where('id', '=', p.id)
      .execute();

  // An agreement is found by its own titles and codes and its partners' names, as agreementColumns writes it.
  const agreements = await db
    .selectFrom('agreements')
    .select(['id', 'title_en', 'title_zh', 'code', 'partner_code'])
    .execute();
  const names = await db
    .selectFrom('agreement_partners as ap')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .select(['ap.agreement_id', 'p.name_en', 'p.name_zh'])
    .execute();
  const byAgreement = new Map<number, string[]>();
  for (const n of names)
    byAgreement.set(n.agreement_id, [...(byAgreement.get(n.agreement_id) ?? []), n.name_en, n.name_zh]);
  for (const a of agreements)
    await db
      .updateTable('agreements')
      .set({
        search_text: searchText([a.title_en, a.title_zh, a.code, a.partner_code, ...(byAgreement.get(a.id) ?? [])]),
      })
      .where('id', '=', a.id)
      .execute();
}
