import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { authorizeAny, can, unitScope } from '#server/policies/policy.js';
import { privacyPolicy } from '#server/policies/privacy.policy.js';
import { businessDate } from '#shared/calendar.js';
import { localName } from '#shared/i18n/index.js';
import type {
  Consent,
  ConsentCreate,
  ConsentList,
  ConsentWithdraw,
  NoticeCreate,
  NoticeList,
  PrivacyNotice,
} from '#shared/schemas/privacy.js';
import * as repo from './consent.repository.js';
import { personFor } from './privacy-access.js';

type NoticeRow = NonNullable<Awaited<ReturnType<typeof repo.findNotice>>>;

export function toNotice(r: NoticeRow): PrivacyNotice {
  return {
    id: r.id,
    version: r.version,
    effectiveOn: r.effective_on,
    purposeZh: r.purpose_zh,
    purposeEn: r.purpose_en,
    textZh: r.text_zh,
    textEn: r.text_en,
    createdAt: r.created_at,
  };
}

export function toConsent(ctx: Ctx, r: repo.ConsentRow): Consent {
  return {
    id: r.id,
    personId: r.person_id,
    noticeId: r.notice_id,
    noticeVersion: r.notice_version,
    purpose: r.purpose,
    agreedOn: r.agreed_on,
    method: r.method,
    recordedByName: localName(ctx.locale, r.recorder_zh, r.recorder_en) || null,
    withdrawnOn: r.withdrawn_on,
    version: r.version,
  };
}

const today = (ctx: Ctx) => businessDate(new Date(ctx.now));

export async function listNotices(ctx: Ctx): Promise<NoticeList> {
  authorizeAny(privacyPolicy, ctx.actor, 'readNotice', ctx.units);
  const current = await repo.findCurrentNotice(ctx.db, today(ctx));
  return { items: (await repo.findNotices(ctx.db)).map(toNotice), current: current ? toNotice(current) : null };
}

/** A new version of the notice; earlier versions stay as they were, since consents point to them. */
export async function publishNotice(ctx: Ctx, body: NoticeCreate): Promise<PrivacyNotice> {
  authorizeAny(privacyPolicy, ctx.actor, 'publishNotice', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const version = await repo.nextNoticeVersion(trx);
    const id = await repo.insertNotice(trx, {
      version,
      effective_on: body.effectiveOn,
      purpose_zh: body.purposeZh,
      purpose_en: body.purposeEn,
      text_zh: body.textZh,
      text_en: body.textEn,
      created_by: ctx.actor.id,
      created_at: ctx.now,
    });
    const notice = toNotice((await repo.findNotice(trx, id)) as NoticeRow);
    await recordAudit(trx, {
      at: ctx.now,
      actorId: ctx.actor.id,
      action: 'create',
      entityType: 'privacy_notice',
      entityId: id,
      summary: auditSummary('auditSummaries.consentNotice', { version, date: body.effectiveOn }),
      after: notice,
      ip: ctx.ip,
    });
    return notice;
  });
}

export async function listConsents(ctx: Ctx, personId: number): Promise<ConsentList> {
  const person = await personFor(ctx, personId, 'readConsents');
  const current = await repo.findCurrentNotice(ctx.db, today(ctx));
  const items = (await repo.findConsents(ctx.db, personId)).map((r) => toConsent(ctx, r));
  return {
    items,
    current: current ? toNotice(current) : null,
    acknowledgedCurrent: !!current && items.some((c) => c.noticeId === current.id && !c.withdrawnOn),
    permissions: { record: can(privacyPolicy, ctx.actor, 'recordConsent', person, ctx.units) },
  };
}

/**
 * Records what the person was told and agreed to. OIA staff (scope 'all') may record any published
 * notice with the date and purpose of a signed form; the person themself acknowledges the notice in
 * force, today, for its stated purpose.
 */
export async function recordConsent(ctx: Ctx, personId: number, body: ConsentCreate): Promise<Consent> {
  await personFor(ctx, personId, 'recordConsent');
  const staff = unitScope(privacyPolicy, ctx.actor, 'recordConsent', ctx.units) === 'all';
  const notice = await repo.findNotice(ctx.db, body.noticeId);
  if (!notice) throw AppError.field('noticeId', 'notice_unknown');
  const current = await repo.findCurrentNotice(ctx.db, today(ctx));
  if (!staff && notice.id !== current?.id) throw AppError.field('noticeId', 'notice_not_current');
  const agreedOn = staff && body.agreedOn ? body.agreedOn : today(ctx);
  if (agreedOn > today(ctx)) throw AppError.field('agreedOn', 'consent_in_future');
  if (agreedOn < notice.effective_on) throw AppError.field('agreedOn', 'consent_before_notice');
  const purpose = (staff ? body.purpose : undefined) || (ctx.locale === 'en' ? notice.purpose_en : notice.purpose_zh);
  const existing = await repo.findConsents(ctx.db, personId);
  if (existing.some((c) => c.notice_id === notice.id && !c.withdrawn_on && c.purpose === purpose))
    throw new AppError('DUPLICATE', { fields: [{ path: 'noticeId', key: 'consent_exists' }] });
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertConsent(trx, {
      person_id: personId,
      notice_id: notice.id,
      purpose,
      agreed_on: agreedOn,
      method: staff ? 'staff' : 'self',
      recorded_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const consent = toConsent(ctx, (await repo.findConsent(trx, id)) as repo.ConsentRow);
    await recordAudit(trx, {
      at: ctx.now,
      actorId: ctx.actor.id,
      action: 'consent',
      entityType: 'consent',
      entityId: id,
      summary: auditSummary('auditSummaries.consentGiven', { version: notice.version, date: agreedOn }),
      after: consent,
      ip: ctx.ip,
      parent: { type: 'person', id: personId },
    });
    return consent;
  });
}

export async function withdrawConsent(
  ctx: Ctx,
  personId: number,
  consentId: number,
  body: ConsentWithdraw,
): Promise<Consent> {
  await personFor(ctx, personId, 'recordConsent');
  const before = await repo.findConsent(ctx.db, consentId);
  if (!before || before.person_id !== personId) throw AppError.notFound();
  if (before.withdrawn_on) throw new AppError('INVALID_TRANSITION', { messageKey: 'consent_withdrawn' });
  const withdrawnOn = body.withdrawnOn ?? today(ctx);
  if (withdrawnOn > today(ctx)) throw AppError.field('withdrawnOn', 'consent_in_future');
  if (withdrawnOn < before.agreed_on) throw AppError.field('withdrawnOn', 'withdrawn_before_agreed');
  return ctx.db.transaction().execute(async (trx) => {
    const values = { withdrawn_on: withdrawnOn, withdrawn_by: ctx.actor.id, updated_at: ctx.now };
    if (!(await repo.withdrawConsent(trx, consentId, body.version, values)))
      throw new AppError('VERSION_CONFLICT', { current: toConsent(ctx, before) });
    const after = toConsent(ctx, (await repo.findConsent(trx, consentId)) as repo.ConsentRow);
    await recordAudit(trx, {
      at: ctx.now,
      actorId: ctx.actor.id,
      action: 'withdraw',
      entityType: 'consent',
      entityId: consentId,
      summary: auditSummary('auditSummaries.consentWithdrawn', { date: withdrawnOn }),
      before: toConsent(ctx, before),
      after,
      ip: ctx.ip,
      parent: { type: 'person', id: personId },
    });
    return after;
  });
}
