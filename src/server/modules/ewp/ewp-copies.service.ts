import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { getAgreement } from '#server/modules/agreements/agreement.service.js';
import { listPlaces } from '#server/modules/agreements/agreement-places.service.js';
import type { Agreement } from '#shared/schemas/agreements.js';
import type { EwpApproveBody, EwpImportResult, EwpStatus } from '#shared/schemas/ewp.js';
import * as exportRepo from './ewp.repository.js';
import { conditionsOf, exportIia } from './ewp.service.js';
import * as repo from './ewp-copies.repository.js';
import { type CopyView, diffCopies, unitsOf } from './iia-diff.js';
import { iiaHashes } from './iia-hash.js';
import { type ReadIia, readIias } from './iia-read.js';
import { schacOfWebsite } from './schac.js';
import { validateXsd } from './xsd-check.js';

/**
 * A partner's copy of an agreement (issue 22 item 2, ADR 0033): imported from their IIA v7 file, compared
 * with ours field by field, and approved "as of hash H". Taking their values lives in ewp-take.ts.
 */
const ENTITY = 'ewp_copy';
const fileProblem = (key: string, params?: Record<string, unknown>) => AppError.field('file', key, params);

export async function ownHeiId(ctx: Ctx): Promise<string> {
  const ours = schacOfWebsite(await exportRepo.findOwnWebsite(ctx.db));
  if (!ours)
    throw new AppError('VALIDATION_FAILED', {
      messageKey: 'ewp_own_schac',
      fields: [{ path: 'university', key: 'ewp_own_schac' }],
    });
  return ours;
}

/** Our copy as it is now: its hash (null with the reason when it cannot be written) and its units. */
export async function ourCopy(ctx: Ctx, agreement: Agreement) {
  try {
    const file = await exportIia(ctx, agreement.id);
    const heiId = await ownHeiId(ctx);
    const [partner] = await exportRepo.findPartnerSchacs(
      ctx.db,
      agreement.partners.map((p) => p.id),
    );
    const { items } = await listPlaces(ctx, agreement.id);
    const view: CopyView = {
      ourCode: agreement.code,
      partnerCode: agreement.partnerCode,
      units: unitsOf(conditionsOf(items, heiId, partner?.schac ?? ''), heiId),
    };
    return { hash: file.hash, heiId, view, places: items, problem: null };
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED')
      return { hash: null, heiId: null, view: null, places: [], problem: err.extra.messageKey ?? 'ewp_cannot_export' };
    throw err;
  }
}

/** Their copy seen from our side: their code for us, their own code, their conditions. */
export function theirView(doc: ReadIia, ourHei: string): CopyView {
  const ours = doc.partners.find((p) => p.heiId === ourHei);
  const theirs = doc.partners.find((p) => p.heiId !== ourHei);
  return {
    ourCode: ours?.iiaCode ?? null,
    partnerCode: theirs?.iiaCode ?? null,
    units: unitsOf(doc.conditions, ourHei),
  };
}

const byName = (r: { by_en: string | null; by_zh: string | null; by_email: string | null }, ctx: Ctx) =>
  (ctx.locale === 'en' ? (r.by_en ?? r.by_zh) : (r.by_zh ?? r.by_en)) ?? r.by_email;

/** The EWP section of the agreement page: both hashes, the differences, the approval and whether it holds. */
export async function ewpStatus(ctx: Ctx, agreementId: number): Promise<EwpStatus> {
  const agreement = await getAgreement(ctx, agreementId);
  const ours = await ourCopy(ctx, agreement);
  const copy = await repo.latestCopy(ctx.db, agreementId);
  let differences: EwpStatus['differences'] = [];
  if (copy && ours.view && ours.heiId) {
    const kept = await repo.keptIds(ctx.db, copy.id);
    differences = diffCopies(ours.view, theirView(JSON.parse(copy.document_json), ours.heiId)).map((d) => ({
      ...d,
      kept: kept.has(d.id),
    }));
  }
  const approval = await repo.latestApproval(ctx.db, agreementId);
  const ourChanged = !!approval && approval.our_hash !== ours.hash;
  const theirChanged = !!approval && approval.their_hash !== copy?.hash;
  return {
    agreementId,
    ourHash: ours.hash,
    ourProblem: ours.problem,
    copy: copy
      ? {
          id: copy.id,
          agreementId,
          fileName: copy.file_name,
          partnerHeiId: copy.partner_hei_id,
          partnerIiaId: copy.partner_iia_id,
          statedHash: copy.stated_hash,
          hash: copy.hash,
          hashMatches: copy.stated_hash === copy.hash,
          validForApproval: copy.valid_for_approval === 1,
          importedAt: copy.imported_at,
          importedBy: byName(copy, ctx),
        }
      : null,
    differences,
    approval: approval
      ? {
          theirHash: approval.their_hash,
          ourHash: approval.our_hash,
          approvedAt: approval.approved_at,
          approvedBy: byName(approval, ctx),
          holds: !ourChanged && !theirChanged,
          ourChanged,
          theirChanged,
        }
      : null,
    permissions: { manage: agreement.permissions.update },
  };
}

/** An agreement the actor may read, or null (a candidate they cannot see is not offered). */
async function readable(ctx: Ctx, id: number): Promise<Agreement | null> {
  try {
    return await getAgreement(ctx, id);
  } catch (err) {
    if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) return null;
    throw err;
  }
}

async function partnerSchacOf(ctx: Ctx, a: Agreement): Promise<string | null> {
  const rows = await exportRepo.findPartnerSchacs(
    ctx.db,
    a.partners.map((p) => p.id),
  );
  return rows.length === 1 ? (rows[0]?.schac ?? null) : null;
}

/**
 * Which agreement the file is about. Our iia-id in their file is our agreement id (we wrote it); otherwise
 * their SCHAC code names the partner, and our code in their file narrows several agreements with them.
 * Several left → staff pick (the page then posts again with the agreement).
 */
async function matchAgreement(
  ctx: Ctx,
  iias: ReadIia[],
  ourHei: string,
  wanted: number | undefined,
): Promise<{ agreement: Agreement; iia: ReadIia } | { candidates: Agreement[] }> {
  const ourIias = iias.filter((i) => i.partners.some((p) => p.heiId === ourHei));
  if (ourIias.length === 0) throw fileProblem('ewp_copy_not_ours', { hei: ourHei });
  if (wanted !== undefined) {
    const agreement = await readable(ctx, wanted);
    if (!agreement) throw AppError.notFound();
    const schac = await partnerSchacOf(ctx, agreement);
    const iia =
      ourIias.find((i) => i.partners.some((p) => p.heiId === ourHei && p.iiaId === String(wanted))) ??
      ourIias.find((i) => i.partners.some((p) => p.heiId !== ourHei && p.heiId === schac));
    if (!iia) throw fileProblem('ewp_copy_not_this_agreement');
    return { agreement, iia };
  }
  for (const iia of ourIias) {
    const ourSide = iia.partners.find((p) => p.heiId === ourHei);
    const theirHei = iia.partners.find((p) => p.heiId !== ourHei)?.heiId ?? '';
    const byId = /^\d{1,9}$/.test(ourSide?.iiaId ?? '') ? await readable(ctx, Number(ourSide?.iiaId)) : null;
    if (byId && (await partnerSchacOf(ctx, byId)) === theirHei) return { agreement: byId, iia };
    const rows = await repo.agreementsWithPartnerSchac(ctx.db, theirHei);
    const seen = (await Promise.all(rows.map((r) => readable(ctx, r.id)))).filter((a): a is Agreement => !!a);
    const sameCode = seen.filter((a) => a.code && a.code === ourSide?.iiaCode);
    const candidates = sameCode.length === 1 ? sameCode : seen;
    if (candidates.length === 1 && candidates[0]) return { agreement: candidates[0], iia };
    if (candidates.length > 1) return { candidates };
  }
  throw fileProblem('ewp_copy_no_agreement');
}

export async function importCopy(
  ctx: Ctx,
  file: { fileName: string; data: Buffer },
  wanted: number | undefined,
): Promise<EwpImportResult> {
  const checked = await validateXsd(file.data, 'iias');
  if (!checked.ok) {
    if ('missing' in checked) throw fileProblem('ewp_validator_missing');
    throw new AppError('VALIDATION_FAILED', { messageKey: 'ewp_xsd_invalid_file', fields: checked.problems });
  }
  const xml = file.data.toString('utf8');
  const ourHei = await ownHeiId(ctx);
  const iias = readIias(xml);
  const match = await matchAgreement(ctx, iias, ourHei, wanted);
  if ('candidates' in match)
    return {
      status: 'ambiguous',
      candidates: match.candidates.map((a) => ({ id: a.id, code: a.code, titleEn: a.titleEn, titleZh: a.titleZh })),
    };
  const { agreement, iia } = match;
  if (!agreement.permissions.update) throw AppError.forbidden();
  const hashed = iiaHashes(xml)[iias.indexOf(iia)];
  const theirSide = iia.partners.find((p) => p.heiId !== ourHei);
  const copyId = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertCopy(trx, {
      agreement_id: agreement.id,
      file_name: file.fileName,
      partner_hei_id: theirSide?.heiId ?? '',
      partner_iia_id: theirSide?.iiaId ?? null,
      stated_hash: iia.statedHash,
      hash: hashed?.hash ?? '',
      valid_for_approval: hashed?.validForApproval ? 1 : 0,
      document_json: JSON.stringify(iia),
      xml,
      imported_by: ctx.actor.id,
      imported_at: ctx.now,
    });
    await recordAudit(trx, {
      ...changeEntry(ctx, 'upload', ENTITY, id, auditSummary('auditSummaries.file', { file: file.fileName }), null, {
        hash: hashed?.hash,
        fileName: file.fileName,
      }),
      parent: { type: 'agreement', id: agreement.id },
    });
    return id;
  });
  return { status: 'imported', agreementId: agreement.id, copyId };
}

/**
 * "We approve your copy as of hash H". Only the latest copy, only while both copies are those the page
 * showed (else 409), only when they agree field by field and theirs is valid for approval.
 */
export async function approveCopy(ctx: Ctx, agreementId: number, body: EwpApproveBody): Promise<EwpStatus> {
  const status = await ewpStatus(ctx, agreementId);
  if (!status.permissions.manage) throw AppError.forbidden();
  if (
    !status.copy ||
    status.copy.id !== body.copyId ||
    status.copy.hash !== body.theirHash ||
    status.ourHash !== body.ourHash
  )
    throw new AppError('VERSION_CONFLICT', { current: status });
  if (!status.copy.validForApproval) throw AppError.field('copyId', 'ewp_copy_not_valid_for_approval');
  if (status.differences.length > 0)
    throw AppError.field('copyId', 'ewp_copies_differ', { count: status.differences.length });
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertApproval(trx, {
      agreement_id: agreementId,
      copy_id: body.copyId,
      their_hash: body.theirHash,
      our_hash: body.ourHash,
      approved_by: ctx.actor.id,
      approved_at: ctx.now,
    });
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'update',
        ENTITY,
        body.copyId,
        auditSummary('auditSummaries.ewpApproved', { hash: body.theirHash }),
        null,
        {
          approvalId: id,
          ...body,
        },
      ),
      parent: { type: 'agreement', id: agreementId },
    });
  });
  return ewpStatus(ctx, agreementId);
}
