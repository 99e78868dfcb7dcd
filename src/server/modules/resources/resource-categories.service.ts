import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { authorizeAny } from '#server/policies/policy.js';
import { resourcePolicy } from '#server/policies/resources.policy.js';
import type { ResourceCategory, ResourceCategoryInput, ResourceCategoryUpdate } from '#shared/schemas/resources.js';
import * as repo from './resource.repository.js';

const ENTITY = 'resource_category';

const toCategory = (r: repo.CategoryRow): ResourceCategory => ({
  id: r.id,
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  sortOrder: r.sort_order,
  archived: r.archived_at !== null,
  version: r.version,
});

export async function listCategories(ctx: Ctx) {
  authorizeAny(resourcePolicy, ctx.actor, 'read', ctx.units);
  return { items: (await repo.listCategories(ctx.db)).map(toCategory) };
}

async function getCategory(db: Db, id: number) {
  const row = await repo.findCategory(db, id);
  if (!row) throw AppError.notFound();
  return toCategory(row);
}

/** A new category's code is made from its id (the seeded eight keep their readable codes). */
export async function createCategory(ctx: Ctx, input: ResourceCategoryInput) {
  authorizeAny(resourcePolicy, ctx.actor, 'manageCategories', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const code = `custom_${Date.parse(ctx.now).toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
    const id = await repo.insertCategory(trx, {
      code,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      sort_order: input.sortOrder,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await getCategory(trx, id);
    await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, recordName(after.nameZh, after.nameEn), null, after));
    return after;
  });
}

export async function updateCategory(ctx: Ctx, id: number, input: ResourceCategoryUpdate) {
  authorizeAny(resourcePolicy, ctx.actor, 'manageCategories', ctx.units);
  const before = await getCategory(ctx.db, id);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'resource_categories',
      id,
      version: input.version,
      values: {
        name_zh: input.nameZh,
        name_en: input.nameEn,
        sort_order: input.sortOrder,
        archived_at: input.archived ? ctx.now : null,
        updated_at: ctx.now,
      },
      current: () => repo.findCategory(trx, id).then((r) => r && toCategory(r)),
      after: () => getCategory(trx, id),
      audit: (after) => changeEntry(ctx, 'update', ENTITY, id, recordName(after.nameZh, after.nameEn), before, after),
    }),
  );
}
