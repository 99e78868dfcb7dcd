import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { enquiryPolicy } from '#server/policies/enquiries.policy.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import type { CategoryUpdate, EnquiryCategory, SavedReply, SavedReplyCreate } from '#shared/schemas/enquiries.js';
import * as repo from './enquiry.repository.js';

/**
 * The desk's settings, kept as data: each category's division (the routing) and service levels in
 * working days, and the bilingual saved replies staff start an answer from.
 */
type CategoryRow = Awaited<ReturnType<typeof repo.findCategories>>[number];
const categoryOf = (c: CategoryRow): EnquiryCategory => ({
  code: c.code,
  nameZh: c.name_zh,
  nameEn: c.name_en,
  unitId: c.unit_id,
  firstResponseDays: c.first_response_days,
  resolutionDays: c.resolution_days,
  active: c.active === 1,
});

/** The categories with their routing: every desk user reads them (to re-route and to read the queue). */
export async function listCategories(ctx: Ctx) {
  const actions = ['handle', 'settings', 'figures'] as const;
  if (!actions.some((a) => allows(enquiryPolicy, ctx.actor, a, ctx.units))) throw AppError.forbidden();
  return { items: (await repo.findCategories(ctx.db)).map(categoryOf) };
}

export async function updateCategory(ctx: Ctx, code: string, input: CategoryUpdate): Promise<EnquiryCategory> {
  authorizeAny(enquiryPolicy, ctx.actor, 'settings', ctx.units);
  const before = await repo.findCategory(ctx.db, code);
  if (!before) throw AppError.notFound();
  if (input.unitId !== null && !(await repo.unitExists(ctx.db, input.unitId))) throw AppError.field('unitId', 'unit');
  if (input.resolutionDays < input.firstResponseDays) throw AppError.field('resolutionDays', 'enquiry_sla_order');
  return ctx.db.transaction().execute(async (trx) => {
    await repo.updateCategory(trx, code, {
      name_zh: input.nameZh,
      name_en: input.nameEn,
      unit_id: input.unitId,
      first_response_days: input.firstResponseDays,
      resolution_days: input.resolutionDays,
      active: input.active ? 1 : 0,
      updated_at: ctx.now,
    });
    const after = categoryOf((await repo.findCategory(trx, code)) as CategoryRow);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'update',
        'enquiry_category',
        0,
        recordName(after.nameZh, after.nameEn),
        categoryOf(before),
        after,
      ),
      entityId: null,
    });
    return after;
  });
}

type SavedRow = {
  id: number;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  category_code: string | null;
};
const savedOf = (r: SavedRow): SavedReply => ({
  id: r.id,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  bodyZh: r.body_zh,
  bodyEn: r.body_en,
  categoryCode: r.category_code,
});

export async function listSavedReplies(ctx: Ctx) {
  authorizeAny(enquiryPolicy, ctx.actor, 'handle', ctx.units);
  return { items: (await repo.findSavedReplies(ctx.db)).map(savedOf) };
}

export async function createSavedReply(ctx: Ctx, input: SavedReplyCreate): Promise<SavedReply> {
  authorizeAny(enquiryPolicy, ctx.actor, 'settings', ctx.units);
  if (input.categoryCode && !(await repo.findCategory(ctx.db, input.categoryCode)))
    throw AppError.field('categoryCode', 'enquiry_category');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertSavedReply(trx, {
      title_zh: input.titleZh,
      title_en: input.titleEn,
      body_zh: input.bodyZh,
      body_en: input.bodyEn,
      category_code: input.categoryCode,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const saved = savedOf(row);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        'enquiry_saved_reply',
        saved.id,
        recordName(saved.titleZh, saved.titleEn),
        null,
        saved,
      ),
    );
    return saved;
  });
}
