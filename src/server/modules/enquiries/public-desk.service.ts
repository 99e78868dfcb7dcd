import { createHash, randomBytes } from 'node:crypto';
import type { AppDeps } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { businessDate } from '#shared/calendar.js';
import type { EnquirySource } from '#shared/enquiries.js';
import type { EnquiryReceipt, EnquirySubmit, RatingSubmit } from '#shared/schemas/enquiries.js';
import { acknowledgementMail } from './enquiry.mail.js';
import * as repo from './enquiry.repository.js';
import { dueDates } from './sla.js';

/**
 * What the public (no sign-in) may do at the desk, and nothing more: read the form's categories, send a
 * question, rate an answer with the token its mail carried. These functions take the app's dependencies,
 * not a signed-in context, and touch only the desk's tables, the outbox and the audit log
 * (tests/api/enquiries-public.test.ts records the tables each public request reads or writes).
 */
export const ENTITY = 'enquiry';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(24).toString('base64url');

/** 'Q261207-0042': the date received (Taipei) and the number; what the enquirer quotes when writing back. */
export const referenceOf = (id: number, day: string) =>
  `Q${day.slice(2).replaceAll('-', '')}-${String(id).padStart(4, '0')}`;

export async function publicCategories(deps: AppDeps) {
  const rows = await repo.findCategories(deps.db, true);
  return { items: rows.map((c) => ({ code: c.code, nameZh: c.name_zh, nameEn: c.name_en })) };
}

/** A decoy receipt for a robot that filled the honeypot: it looks like the real one, and nothing is kept. */
const decoy = (day: string): EnquiryReceipt => ({ reference: referenceOf(1000 + randomBytes(2).readUInt16BE(), day) });

export async function submitEnquiry(deps: AppDeps, input: EnquirySubmit): Promise<EnquiryReceipt> {
  if (input.website?.trim()) return decoy(businessDate(deps.clock.now()));
  return receiveEnquiry(deps, input, { source: 'web' });
}

/** A question from the web form or the desk's mailbox (IMAP): stored, routed, acknowledged, audited. */
export async function receiveEnquiry(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  input: Omit<EnquirySubmit, 'website'>,
  from: { source: EnquirySource; messageId?: string },
): Promise<EnquiryReceipt> {
  const now = deps.clock.now().toISOString();
  const day = businessDate(new Date(now));
  const category = await repo.findCategory(deps.db, input.categoryCode);
  if (category?.active !== 1) throw AppError.field('categoryCode', 'enquiry_category');
  // Routed by its category to a division; a category not yet mapped goes to the office as a whole.
  const unitId = category.unit_id ?? (await repo.unitIdOf(deps.db, 'OIA'));
  const due = dueDates(now, category);
  const university = await loadUniversityDetails(deps.db);
  return deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertEnquiry(trx, {
      category_code: category.code,
      unit_id: unitId,
      status: 'new',
      source: from.source,
      message_id: from.messageId ?? null,
      locale: input.locale,
      name: input.name,
      email: input.email.toLowerCase(),
      subject: input.subject,
      body: input.body,
      received_at: now,
      ...due,
      created_at: now,
      updated_at: now,
    });
    const reference = referenceOf(id, day);
    await repo.setEnquiry(trx, id, { reference });
    // The audit entry names the record, not the enquirer: their name and address stay in the enquiry.
    await recordAudit(trx, {
      at: now,
      actorId: null,
      action: 'create',
      entityType: ENTITY,
      entityId: id,
      summary: auditSummary('auditSummaries.enquiry.received', {
        reference,
        category: bilingual(category.name_zh, category.name_en),
      }),
    });
    const mail = acknowledgementMail(input.locale, university, {
      name: input.name,
      reference,
      subject: input.subject,
      due: due.first_response_due,
    });
    await enqueueMail(trx, { to: input.email, locale: input.locale, ...mail, dedupeKey: `enquiry:${id}:ack` }, now);
    return { reference };
  });
}

/** The enquirer's rating of the answer (1–5, once), by the token in the reply mail. */
export async function rateEnquiry(deps: AppDeps, input: RatingSubmit): Promise<void> {
  const target = await repo.findByRatingToken(deps.db, hashToken(input.token));
  if (!target) throw AppError.notFound();
  if (target.rated_at) throw new AppError('DUPLICATE', { messageKey: 'already_rated' });
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await repo.setEnquiry(trx, target.id, {
      rating: input.rating,
      rating_comment: input.comment || null,
      rated_at: now,
    });
    await recordAudit(trx, {
      at: now,
      actorId: null,
      action: 'update',
      entityType: ENTITY,
      entityId: target.id,
      summary: auditSummary('auditSummaries.enquiry.rated', { rating: input.rating }),
    });
  });
}
