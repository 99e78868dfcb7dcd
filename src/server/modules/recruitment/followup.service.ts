import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { simpleLetter } from '#server/mail/simple-letter.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { authorizeAny } from '#server/policies/policy.js';
import { recruitmentPolicy } from '#server/policies/recruitment.policy.js';
import { translate } from '#shared/i18n/index.js';
import type {
  FollowupResult,
  FollowupSend,
  Template,
  TemplateInput,
  TemplateUpdate,
} from '#shared/schemas/recruitment.js';
import * as repo from './followup.repository.js';
import { findLeadsByIds } from './lead.repository.js';
import { mailable } from './lead.service.js';

const ENTITY = 'recruitment_template';

const present = (r: repo.TemplateRow): Template => ({
  id: r.id,
  name: r.name,
  subjectZh: r.subject_zh,
  subjectEn: r.subject_en,
  bodyZh: r.body_zh,
  bodyEn: r.body_en,
  version: r.version,
  updatedAt: r.updated_at,
});

export async function listTemplates(ctx: Ctx): Promise<{ items: Template[] }> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  return { items: (await repo.findTemplates(ctx.db)).map(present) };
}

/** One template (its edit page). */
export async function getTemplate(ctx: Ctx, id: number): Promise<Template> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  return readTemplate(ctx.db, id);
}

async function readTemplate(db: Db, id: number) {
  const row = await repo.findTemplate(db, id);
  if (!row) throw AppError.notFound();
  return present(row);
}

const columnsOf = (t: TemplateInput) => ({
  name: t.name,
  subject_zh: t.subjectZh,
  subject_en: t.subjectEn,
  body_zh: t.bodyZh,
  body_en: t.bodyEn,
});

export async function createTemplate(ctx: Ctx, input: TemplateInput): Promise<Template> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTemplate(trx, { ...columnsOf(input), created_at: ctx.now, updated_at: ctx.now });
    const after = await readTemplate(trx, id);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        ENTITY,
        id,
        auditSummary('auditSummaries.followupTemplate', { name: after.name }),
        null,
        after,
      ),
    );
    return after;
  });
}

export async function updateTemplate(ctx: Ctx, id: number, input: TemplateUpdate): Promise<Template> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  const before = await readTemplate(ctx.db, id);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'recruitment_templates',
      id,
      version: input.version,
      values: { ...columnsOf(input), updated_at: ctx.now },
      current: () => readTemplate(trx, id).catch(() => undefined),
      after: () => readTemplate(trx, id),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          id,
          auditSummary('auditSummaries.followupTemplate', { name: after.name }),
          before,
          after,
        ),
    }),
  );
}

/** `{{name}}` in a template is the lead's name; nothing else is filled in. */
const fill = (text: string, name: string) => text.replaceAll('{{name}}', name);

/**
 * Queues the template to each lead, in the lead's language, through the mail outbox (sent after commit).
 * Leads without consent, or who withdrew it, get nothing and are listed as skipped: consent is checked
 * here, at sending, not when the list was drawn up.
 */
export async function sendFollowups(ctx: Ctx, input: FollowupSend): Promise<FollowupResult> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  const template = await readTemplate(ctx.db, input.templateId);
  const university = await loadUniversityDetails(ctx.db);
  const leads = new Map((await findLeadsByIds(ctx.db, input.leadIds)).map((l) => [l.id, l]));
  const skipped: FollowupResult['skipped'] = [];
  const sending: NonNullable<ReturnType<typeof leads.get>>[] = [];
  for (const leadId of new Set(input.leadIds)) {
    const lead = leads.get(leadId);
    if (!lead) skipped.push({ leadId, reason: 'unknown' });
    else if (lead.consent_withdrawn_at) skipped.push({ leadId, reason: 'withdrawn' });
    else if (!mailable(lead)) skipped.push({ leadId, reason: 'no_consent' });
    else sending.push(lead);
  }
  await ctx.db.transaction().execute(async (trx) => {
    for (const lead of sending) {
      const zh = lead.locale === 'zh-TW';
      const mail = simpleLetter(lead.locale, university, {
        subject: fill(zh ? template.subjectZh : template.subjectEn, lead.name),
        paragraphs: [fill(zh ? template.bodyZh : template.bodyEn, lead.name)],
        footer: translate(lead.locale, 'recruitmentMail.footer'),
      });
      const dedupeKey = `recruitment:${template.id}:${lead.id}:${ctx.now}`;
      await enqueueMail(trx, { to: lead.email, locale: lead.locale, ...mail, dedupeKey }, ctx.now);
    }
    await repo.insertFollowups(
      trx,
      sending.map((l) => ({ lead_id: l.id, template_id: template.id, sent_by: ctx.actor.id, queued_at: ctx.now })),
    );
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        ENTITY,
        template.id,
        auditSummary('auditSummaries.followupSent', { name: template.name, count: sending.length }),
        null,
        {
          leadIds: sending.map((l) => l.id),
          skipped,
        },
      ),
    );
  });
  return { queued: sending.length, skipped };
}
