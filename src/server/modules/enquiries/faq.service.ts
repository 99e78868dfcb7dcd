import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { enquiryPolicy } from '#server/policies/enquiries.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import { missingLanguages } from '#shared/enquiries.js';
import type { FaqEntry, FaqInput } from '#shared/schemas/enquiries.js';
import { findCategory } from './enquiry.repository.js';
import * as repo from './faq.repository.js';

const ENTITY = 'faq_entry';

function present(r: repo.FaqRow): FaqEntry {
  const texts = { questionZh: r.question_zh, questionEn: r.question_en, answerZh: r.answer_zh, answerEn: r.answer_en };
  return {
    id: r.id,
    category: { code: r.category_code, nameZh: r.category_zh, nameEn: r.category_en },
    ...texts,
    missing: missingLanguages(texts),
    updatedAt: r.updated_at,
    enquiryId: r.enquiry_id,
    published: r.published === 1,
    version: r.version,
  };
}

/** The public FAQ: published entries only, and only the fields the portal shows. */
export async function publicFaq(db: Db) {
  const rows = await repo.findFaq(db, true);
  return { items: rows.map(present).map(({ enquiryId, published, version, ...pub }) => pub) };
}

export async function listFaq(ctx: Ctx) {
  authorizeAny(enquiryPolicy, ctx.actor, 'settings', ctx.units);
  return { items: (await repo.findFaq(ctx.db, false)).map(present) };
}

/**
 * A question and answer in both languages. At least one language must be whole (question and answer);
 * the other may wait for its translation — the entry then says which language is missing, and the
 * portal shows the entry in the language it has.
 */
async function check(db: Db, input: FaqInput) {
  if (!(await findCategory(db, input.categoryCode))) throw AppError.field('categoryCode', 'enquiry_category');
  if (missingLanguages(input).length === 2) throw AppError.field('questionZh', 'faq_one_language');
}

const columns = (input: FaqInput) => ({
  category_code: input.categoryCode,
  question_zh: input.questionZh,
  question_en: input.questionEn,
  answer_zh: input.answerZh,
  answer_en: input.answerEn,
  published: input.published ? 1 : 0,
});

/** A new entry, from an answered enquiry (`enquiryId`) or written directly. */
export async function createFaq(ctx: Ctx, input: FaqInput, enquiryId: number | null, trx?: Db): Promise<FaqEntry> {
  authorizeAny(enquiryPolicy, ctx.actor, 'settings', ctx.units);
  await check(ctx.db, input);
  const write = async (db: Db) => {
    const id = await repo.insertFaq(db, {
      ...columns(input),
      enquiry_id: enquiryId,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const entry = present((await repo.findFaqEntry(db, id)) as repo.FaqRow);
    await recordAudit(
      db,
      changeEntry(ctx, 'create', ENTITY, id, recordName(entry.questionZh, entry.questionEn), null, entry),
    );
    return entry;
  };
  return trx ? write(trx) : ctx.db.transaction().execute(write);
}

export async function updateFaq(ctx: Ctx, id: number, input: FaqInput & { version: number }): Promise<FaqEntry> {
  authorizeAny(enquiryPolicy, ctx.actor, 'settings', ctx.units);
  const before = await repo.findFaqEntry(ctx.db, id);
  if (!before) throw AppError.notFound();
  await check(ctx.db, input);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'faq_entries',
      id,
      version: input.version,
      values: { ...columns(input), updated_at: ctx.now },
      current: async () => {
        const row = await repo.findFaqEntry(trx, id);
        return row && present(row);
      },
      after: async () => present((await repo.findFaqEntry(trx, id)) as repo.FaqRow),
      audit: (after) =>
        changeEntry(ctx, 'update', ENTITY, id, recordName(after.questionZh, after.questionEn), present(before), after),
    }),
  );
}
