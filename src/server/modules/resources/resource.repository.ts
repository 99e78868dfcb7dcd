import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ResourceCategoriesTable, ResourceItemsTable } from '#server/db/schema.js';
import { containsText } from '#server/lib/sql.js';

export const listCategories = (db: Db) =>
  db.selectFrom('resource_categories').selectAll().orderBy('sort_order').orderBy('id').execute();
export const findCategory = (db: Db, id: number) =>
  db.selectFrom('resource_categories').selectAll().where('id', '=', id).executeTakeFirst();
export type CategoryRow = NonNullable<Awaited<ReturnType<typeof findCategory>>>;
export async function insertCategory(db: Db, values: Insertable<ResourceCategoriesTable>) {
  return (await db.insertInto('resource_categories').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** What one reader may list: every staff and public item, and unit items of the units they may read. */
export type ResourceFilter = {
  q?: string;
  categoryId?: number;
  tag?: string;
  agreementKind?: string;
  archived: boolean;
  unitItems: 'all' | number[];
};

export function findItems(db: Db, f: ResourceFilter) {
  let q = db
    .selectFrom('resource_items')
    .selectAll()
    .where('archived_at', f.archived ? 'is not' : 'is', null);
  if (f.categoryId) q = q.where('category_id', '=', f.categoryId);
  if (f.agreementKind) q = q.where('agreement_kind', '=', f.agreementKind as never);
  if (f.q) q = q.where(containsText('search_text', f.q, { lowered: true }));
  // tags are stored ',a,b,' so one tag matches whole, not as part of another.
  if (f.tag) q = q.where(containsText('tags', `,${f.tag},`, { lowered: true }));
  const units = f.unitItems;
  if (units !== 'all')
    q = q.where((eb) => eb.or([eb('audience', '!=', 'unit'), ...(units.length ? [eb('unit_id', 'in', units)] : [])]));
  return q.orderBy('category_id').orderBy('id').limit(500).execute();
}

export const findItem = (db: Db, id: number) =>
  db.selectFrom('resource_items').selectAll().where('id', '=', id).executeTakeFirst();
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

export async function insertItem(db: Db, values: Insertable<ResourceItemsTable>) {
  return (await db.insertInto('resource_items').values(values).returning('id').executeTakeFirstOrThrow()).id;
}
export const setCurrentVersion = (db: Db, id: number, versionId: number, values: Updateable<ResourceItemsTable>) =>
  db
    .updateTable('resource_items')
    .set({ ...values, current_version_id: versionId })
    .where('id', '=', id)
    .execute();

export const listVersions = (db: Db, itemId: number) =>
  db
    .selectFrom('resource_versions')
    .leftJoin('users', 'users.id', 'resource_versions.uploaded_by')
    .select(['resource_versions.id', 'number', 'file_name', 'size', 'note', 'uploaded_at', 'users.email as uploader'])
    .where('item_id', '=', itemId)
    .orderBy('number', 'desc')
    .execute();

export async function insertVersion(
  db: Db,
  v: { itemId: number; fileId: number; fileName: string; size: number; note: string | null; by: number; at: string },
) {
  const last = await db
    .selectFrom('resource_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('item_id', '=', v.itemId)
    .executeTakeFirst();
  const row = await db
    .insertInto('resource_versions')
    .values({
      item_id: v.itemId,
      number: Number(last?.n ?? 0) + 1,
      file_id: v.fileId,
      file_name: v.fileName,
      size: v.size,
      note: v.note,
      uploaded_by: v.by,
      uploaded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const versionFile = (db: Db, itemId: number, versionId: number) =>
  db
    .selectFrom('resource_versions')
    .innerJoin('stored_files', 'stored_files.id', 'resource_versions.file_id')
    .select(['stored_files.data', 'stored_files.content_type', 'resource_versions.file_name'])
    .where('resource_versions.item_id', '=', itemId)
    .where('resource_versions.id', '=', versionId)
    .executeTakeFirst();

/** Items due for review by `horizon` with an owner, for the reminder job. */
export const itemsToReview = (db: Db, horizon: string) =>
  db
    .selectFrom('resource_items')
    .innerJoin('users', 'users.id', 'resource_items.owner_id')
    .select(['resource_items.id', 'title_zh', 'title_en', 'review_on'])
    .select(['users.id as user_id', 'users.email', 'users.locale', 'users.name_zh', 'users.name_en'])
    .where('resource_items.archived_at', 'is', null)
    .where('users.active', '=', 1)
    .where('review_on', '<=', horizon)
    .execute();
