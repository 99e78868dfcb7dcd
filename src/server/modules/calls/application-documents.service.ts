import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { readContent, storeUpload, type Upload } from '#server/lib/stored-files.js';
import { APPLICATION_DOCUMENT_MAX_BYTES, APPLICATION_DOCUMENT_TYPES } from '#shared/calls.js';
import type { ApplicationDocument } from '#shared/schemas/calls.js';
import { ownDraft } from './application.service.js';
import { loadApplication } from './application-access.js';
import * as docs from './application-documents.repository.js';
import { parseDocuments } from './call.present.js';

const ENTITY = 'application_document';
export const DOCUMENT_LIMIT = APPLICATION_DOCUMENT_MAX_BYTES;

/**
 * Uploads one document of the call's list to the owner's draft: PDF/JPG/PNG by content (415), at most
 * 5 MB (413, read with that limit), never empty (400); kept with its SHA-256. A new upload of the same
 * code replaces the previous one.
 */
export async function uploadDocument(ctx: Ctx, id: number, read: () => Promise<Upload>): Promise<ApplicationDocument> {
  // Check ownership and the deadline before reading the body.
  await ctx.db.transaction().execute((trx) => ownDraft(ctx, trx, id));
  const upload = await read();
  return ctx.db.transaction().execute(async (trx) => {
    const { call } = await ownDraft(ctx, trx, id);
    const code = upload.fields.code;
    if (!code) throw AppError.field('code', 'required');
    if (!parseDocuments(call).some((d) => d.code === code)) throw AppError.field('code', 'invalid_value');
    const stored = await storeUpload(trx, upload.data, APPLICATION_DOCUMENT_TYPES, ctx.now);
    const replaced = await docs.removeDocumentsOfCode(trx, id, code, ctx.now);
    const docId = await docs.insertDocument(trx, {
      application_id: id,
      doc_code: code,
      file_id: stored.fileId,
      file_name: upload.fileName,
      uploaded_by: ctx.actor.id,
      uploaded_at: ctx.now,
    });
    const doc: ApplicationDocument = {
      id: docId,
      code,
      fileName: upload.fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      uploadedAt: ctx.now,
    };
    const summary = documentSummary(call, code, upload.fileName, Boolean(replaced));
    await recordAudit(trx, {
      ...changeEntry(ctx, 'upload', ENTITY, docId, summary, null, doc),
      parent: { type: 'application', id },
    });
    return doc;
  });
}

/** `db` is the open transaction when there is one: SQLite has one connection, busy with it. */
async function findDoc(ctx: Ctx, id: number, docId: number, db = ctx.db) {
  const doc = await docs.findCurrentDocument(db, id, docId);
  if (!doc) throw AppError.notFound();
  return doc;
}

/** The file, for the applicant and for staff/reviewers who may read the application. */
export async function downloadDocument(ctx: Ctx, id: number, docId: number) {
  await loadApplication(ctx, id);
  const doc = await findDoc(ctx, id, docId);
  const content = await readContent(ctx.db, doc.file_id);
  if (!content) throw AppError.notFound();
  return { fileName: doc.file_name, contentType: content.contentType, data: content.data };
}

/** The document's name as the call gives it in both languages (its code if the call no longer lists it). */
function documentSummary(call: Parameters<typeof parseDocuments>[0], code: string, file: string, replaced: boolean) {
  const spec = parseDocuments(call).find((d) => d.code === code);
  const document = bilingual(spec?.labelZh ?? code, spec?.labelEn ?? code);
  const key = replaced ? 'auditSummaries.applicationDocumentReplaced' : 'auditSummaries.applicationDocument';
  return auditSummary(key, { document, file });
}

export async function removeDocument(ctx: Ctx, id: number, docId: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const { call } = await ownDraft(ctx, trx, id);
    const doc = await findDoc(ctx, id, docId, trx);
    await docs.removeDocument(trx, docId, ctx.now);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'delete',
        ENTITY,
        docId,
        documentSummary(call, doc.doc_code, doc.file_name, false),
        { code: doc.doc_code },
        null,
      ),
      parent: { type: 'application', id },
    });
    return { ok: true as const };
  });
}
