import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import type { StoredAgreementStatus } from '#shared/enums.js';
import { translate } from '#shared/i18n/index.js';
import type { Agreement, TransitionBody } from '#shared/schemas/agreements.js';
import { agreementColumns } from './agreement.columns.js';
import * as repo from './agreement.repository.js';
import { ENTITY, getAgreement, snapshot, writeLinks } from './agreement.service.js';
import { accessTo } from './agreement-access.js';
import {
  effectiveStatus,
  mayTransition,
  renewalDates,
  renewalSummary,
  startsFrom,
  TRANSITION_RULES,
  transitionSummary,
  universityToday,
} from './agreement-lifecycle.js';

/**
 * One lifecycle action. Checks in this order: the agreement exists and may be read (404/403), the
 * actor's role may take this action on it (403), the action starts from the current effective status
 * (409 INVALID_TRANSITION), the action's own requirements (400), then the version (409 VERSION_CONFLICT).
 * Returns the agreement — for `renew` the NEW draft, with `created` set.
 */
export async function transition(
  ctx: Ctx,
  id: number,
  body: TransitionBody,
): Promise<{ agreement: Agreement; created: boolean }> {
  const before = await getAgreement(ctx, id);
  const access = accessTo(ctx.actor, { owning_unit_id: before.owningUnitId, status: before.status }, ctx.units);
  if (!mayTransition(body.action, access.transitions)) throw AppError.forbidden();
  const state = {
    status: before.status,
    archived: before.archivedAt !== null,
    hasSuccessor: before.renewedById !== null,
  };
  if (!startsFrom(body.action, state)) throw new AppError('INVALID_TRANSITION');
  if (TRANSITION_RULES[body.action].commentRequired && !body.comment)
    throw AppError.field('comment', 'comment_required');
  if (body.action === 'activate') checkReadyToActivate(ctx, before, body);
  if (body.action === 'renew') return { agreement: await renew(ctx, before, body), created: true };
  return { agreement: await changeStatus(ctx, before, body), created: false };
}

/**
 * A start date, and an end date unless open-ended: reminders and the effective status need them. And the
 * signed copy: uploaded, or said to follow (then the signed-file reminder asks for it), never silently missing.
 */
function checkReadyToActivate(ctx: Ctx, a: Agreement, body: TransitionBody) {
  const missing = [...(a.startDate ? [] : ['startDate']), ...(a.endDate || a.openEnded ? [] : ['endDate'])];
  if (!missing.length && !a.hasSignedFile && !body.signedCopyToFollow)
    throw AppError.field('signedCopyToFollow', 'signed_copy_required');
  if (!missing.length) return;
  const fields = missing
    .map((f) => translate(ctx.locale, `agreementFields.${f}`))
    .join(ctx.locale === 'en' ? ', ' : '、');
  throw new AppError('VALIDATION_FAILED', {
    fields: missing.map((path) => ({ path, key: 'missing_for_activation', params: { fields } })),
  });
}

function statusColumns(ctx: Ctx, status: StoredAgreementStatus) {
  return { status, status_changed_at: ctx.now, status_changed_by: ctx.actor.id, updated_at: ctx.now };
}

async function changeStatus(ctx: Ctx, before: Agreement, body: TransitionBody): Promise<Agreement> {
  const to = TRANSITION_RULES[body.action].to as StoredAgreementStatus;
  const today = universityToday(ctx.now);
  const termination =
    body.action === 'terminate' ? { terminated_on: body.date ?? today, termination_reason: body.comment } : {};
  return ctx.db.transaction().execute(async (trx) => {
    // The note that the signed copy will follow is the system's words: kept in both languages.
    const follows = body.action === 'activate' && !before.hasSignedFile;
    const note = (locale: 'zh-TW' | 'en') =>
      [follows ? translate(locale, 'agreements.signedCopyFollows') : '', body.comment]
        .filter(Boolean)
        .join(locale === 'en' ? ' ' : '');
    const comment = follows ? bilingual(note('zh-TW'), note('en')) : body.comment || undefined;
    const summary = transitionSummary(before.status, to, comment);
    return updateAudited(trx, {
      table: 'agreements',
      id: before.id,
      version: body.version,
      values: { ...statusColumns(ctx, to), ...termination },
      current: () => getAgreement(ctx, before.id, trx),
      alsoWrite: async () => {
        if (body.action === 'activate' && before.renewalOfId !== null)
          await markRenewed(ctx, trx, before.renewalOfId, today);
      },
      after: () => getAgreement(ctx, before.id, trx),
      audit: (after) => changeEntry(ctx, 'transition', ENTITY, before.id, summary, snapshot(before), snapshot(after)),
    });
  });
}

/** The renewal has taken effect: the agreement it renews (if still in force) becomes "renewed". */
async function markRenewed(ctx: Ctx, trx: Db, predecessorId: number, today: string) {
  const old = await repo.findAgreementById(trx, predecessorId);
  if (old?.status !== 'active') return; // terminated meanwhile: leave it as it is
  await repo.setStatus(trx, old.id, statusColumns(ctx, 'renewed'));
  const summary = transitionSummary(effectiveStatus(old, today), 'renewed');
  await recordAudit(trx, changeEntry(ctx, 'transition', ENTITY, old.id, summary, null, null));
}

/**
 * Renewal drafts a new version: the same kind, titles, partners, people (signing dates cleared — it is
 * not signed yet) and terms, dates shifted by one term, linked by renewal_of_id, one generation up.
 * The old record is touched (version bump) so two renewals racing on the same version cannot both win.
 */
async function renew(ctx: Ctx, before: Agreement, body: TransitionBody): Promise<Agreement> {
  const dates = renewalDates(before.startDate, before.endDate, before.openEnded);
  const input = {
    kind: before.kind,
    titleEn: before.titleEn,
    titleZh: before.titleZh,
    code: null, // codes are unique; the office numbers the new version
    partnerCode: before.partnerCode,
    ...dates,
    autoRenew: before.autoRenew,
    renewalTerms: before.renewalTerms,
    noticeMonths: before.noticeMonths,
    notes: before.notes,
  };
  const names = before.partners.flatMap((p) => [p.nameEn, p.nameZh]);
  return ctx.db.transaction().execute(async (trx) => {
    let newId = 0;
    // The touched old record carries the transition entry; the new version gets its own creation entry.
    const created = await updateAudited(trx, {
      table: 'agreements',
      id: before.id,
      version: body.version,
      values: { updated_at: ctx.now },
      current: () => getAgreement(ctx, before.id, trx),
      alsoWrite: async () => {
        newId = await repo.insertAgreement(trx, {
          ...agreementColumns(input, before.owningUnitId, names),
          ...statusColumns(ctx, 'draft'),
          renewal_of_id: before.id,
          generation: before.generation + 1,
          created_by: ctx.actor.id,
          created_at: ctx.now,
        });
        await writeLinks(trx, newId, {
          partners: before.partners.map((p) => ({ partnerId: p.id, facultyEn: p.facultyEn, facultyZh: p.facultyZh })),
          people: before.people.map(({ id: _id, ...p }) => ({ ...p, signedOn: null })),
        });
      },
      after: () => getAgreement(ctx, newId, trx),
      audit: () => {
        const summary = renewalSummary(before.status, newId, body.comment);
        return changeEntry(ctx, 'transition', ENTITY, before.id, summary, null, null);
      },
    });
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        ENTITY,
        newId,
        auditSummary('auditSummaries.renewalOf', {
          id: before.id,
          name: bilingual(input.titleZh || input.titleEn, input.titleEn),
        }),
        null,
        snapshot(created),
      ),
    );
    return created;
  });
}
