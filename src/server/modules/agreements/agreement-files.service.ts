import { createHash } from 'node:crypto';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import type { AgreementFile } from '#shared/schemas/agreements.js';
import { getAgreement, toFile } from './agreement.service.js';
import * as repo from './agreement-files.repository.js';

const ENTITY = 'agreement_file';
export const FILE_KINDS = ['signed', 'draft', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The agreement's title in both languages, the kind as its label, the file name as uploaded (ADR 0030). */
const fileSummary = (a: { titleZh: string | null; titleEn: string | null }, kind: FileKind, fileName: string) =>
  auditSummary('auditSummaries.agreementFile', {
    record: bilingual(a.titleZh || a.titleEn || '', a.titleEn || a.titleZh || ''),
    kind: { t: `auditSummaries.agreementFileKinds.${kind}` },
    file: fileName,
  });

/** A PDF by its content, whatever the name or the browser's declared type says. */
export const isPdf = (data: Buffer) => data.subarray(0, 5).toString('latin1') === '%PDF-';

async function uploadable(ctx: Ctx, agreementId: number) {
  const agreement = await getAgreement(ctx, agreementId);
  if (!agreement.permissions.upload) throw AppError.forbidden();
  return agreement;
}

/**
 * Stores an uploaded PDF (`read` takes it from the request once the upload is allowed): the bytes (with their SHA-256) and the agreement's file row with the
 * ORIGINAL file name, in one transaction with the audit entry.
 */
export type Upload = { kind: FileKind; fileName: string; data: Buffer };

export async function uploadFile(ctx: Ctx, agreementId: number, read: () => Promise<Upload>): Promise<AgreementFile> {
  const agreement = await uploadable(ctx, agreementId); // before reading up to 20 MB from someone who may not
  const file = await read();
  if (!isPdf(file.data)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { fields: [{ path: 'file', key: 'not_pdf' }] });
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  return ctx.db.transaction().execute(async (trx) => {
    const storedId = await repo.storeContent(
      trx,
      { sha256, size: file.data.length, contentType: 'application/pdf', data: file.data },
      ctx.now,
    );
    const id = await repo.insertFile(trx, {
      agreementId,
      fileId: storedId,
      kind: file.kind,
      fileName: file.fileName,
      by: ctx.actor.id,
      at: ctx.now,
    });
    const stored = toFile((await repo.findFile(trx, agreementId, id)) as repo.FileRow);
    const summary = fileSummary(agreement, file.kind, file.fileName);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'upload', ENTITY, id, summary, null, { agreementId, ...stored }),
      parent: { type: 'agreement', id: agreementId },
    });
    return stored;
  });
}

/** The file's name and bytes, for anyone who may read the agreement (removed files are gone for readers). */
export async function downloadFile(ctx: Ctx, agreementId: number, fileId: number) {
  await getAgreement(ctx, agreementId);
  const meta = await repo.findFile(ctx.db, agreementId, fileId);
  const content = meta && !meta.removed_at ? await repo.findContent(ctx.db, fileId) : undefined;
  if (!meta || !content) throw AppError.notFound();
  return { fileName: meta.file_name, contentType: content.content_type, data: Buffer.from(content.data) };
}

export async function removeFile(ctx: Ctx, agreementId: number, fileId: number) {
  const agreement = await uploadable(ctx, agreementId);
  const meta = await repo.findFile(ctx.db, agreementId, fileId);
  if (!meta || meta.removed_at) throw AppError.notFound();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.markRemoved(trx, fileId, ctx.now))) throw AppError.notFound();
    const before = { agreementId, ...toFile(meta) };
    const summary = fileSummary(agreement, meta.kind as FileKind, meta.file_name);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'delete', ENTITY, fileId, summary, before, null),
      parent: { type: 'agreement', id: agreementId },
    });
    return { ok: true as const };
  });
}
