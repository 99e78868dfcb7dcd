import { createHash } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { isUniqueViolation } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { translate } from '#shared/i18n/index.js';
import type {
  ImportBatch,
  ImportCommitBody,
  ImportIssueQuery,
  ImportKind,
  ImportRowQuery,
  ImportValidated,
} from '#shared/schemas/imports.js';
import { accountsImport } from './accounts-import.js';
import { SHEET_LABELS } from './import.columns.js';
import type { ImportKindDef, KindPlan } from './import.kinds.js';
import { bilingual } from './import.labels.js';
import { partnersAgreementsImport } from './import.partners.js';
import { forgetProgress, progressOf } from './import.progress.js';
import { readWorkbook, type SheetData } from './import.reader.js';
import { countsOf, issuePage, parseReport, presentBatch, reportOf, rowPage } from './import.report.js';
import * as repo from './import.repository.js';
import { mobilitiesImport } from './mobility-import.js';
import { unitsImport } from './unit-import.js';

/**
 * Bulk import in two steps, the same for every kind (partners and agreements; mobility records; units).
 * Upload: read and check every row against the records, keep the file (in stored_files, by its hash)
 * and the report; write nothing else. Commit: read the kept file again, check it again against the
 * records as they are then, and write it in one transaction.
 */
export type Upload = { fileName: string; data: Buffer };
const FIRST_PAGE = { page: 1, pageSize: 50 };

const KINDS: Record<ImportKind, ImportKindDef> = {
  partners_agreements: partnersAgreementsImport,
  mobilities: mobilitiesImport,
  units: unitsImport,
  accounts: accountsImport,
};

/** The kind's definition if the actor may run it; 403 otherwise. */
export async function mayImport(ctx: Ctx, kind: ImportKind): Promise<ImportKindDef> {
  const def = KINDS[kind];
  if (!(await def.allows(ctx))) throw AppError.forbidden();
  return def;
}

/** For a batch: the actor must be able to run some import before the batch is even looked up. */
async function mayImportAny(ctx: Ctx) {
  for (const def of Object.values(KINDS)) if (await def.allows(ctx)) return;
  throw AppError.forbidden();
}

/** The batch, if the actor may run its kind of import. */
async function batchFor(ctx: Ctx, id: number) {
  await mayImportAny(ctx);
  const batch = await batchOrNotFound(ctx.db, id);
  const def = await mayImport(ctx, batch.kind);
  return { batch, def };
}

/** The template workbook, its drop-downs in the user's language. */
export async function importTemplate(ctx: Ctx, kind: ImportKind): Promise<Upload> {
  const def = await mayImport(ctx, kind);
  return { fileName: `${translate(ctx.locale, def.templateName)}.xlsx`, data: await def.template(ctx) };
}

export async function uploadImport(
  ctx: Ctx,
  kind: ImportKind,
  receive: () => Promise<Upload>,
): Promise<ImportValidated> {
  const def = await mayImport(ctx, kind); // before the upload is read
  const { fileName, data } = await receive();
  const sheets = await readUsableSheets(ctx, def, data);
  const plan = await (await def.check(ctx, sheets))(ctx.db);
  const report = reportOf(plan);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const sha256 = createHash('sha256').update(data).digest('hex');
    await repo.storeFile(trx, sha256, data, ctx.now);
    return repo.insertBatch(trx, {
      kind,
      file_name: fileName,
      sha256,
      status: 'validated',
      total_rows: plan.rows.length,
      processed_rows: 0,
      created_count: 0,
      updated_count: 0,
      skipped_count: 0,
      report_json: JSON.stringify(report),
      created_by: ctx.actor.id,
      created_at: ctx.now,
    });
  });
  const batch = await batchOrNotFound(ctx.db, id);
  return { ...presentBatch(batch, report), issues: issuePage(report, FIRST_PAGE, ctx.locale) };
}

/** The kind's data sheets of a real workbook, with their required columns, holding at least one row. */
async function sheetsOf(def: ImportKindDef, data: Buffer): Promise<SheetData[]> {
  return (await readWorkbook(data)).filter((s) => def.sheets.includes(s.sheet));
}

async function readUsableSheets(ctx: Ctx, def: ImportKindDef, data: Buffer): Promise<SheetData[]> {
  const sheets = await sheetsOf(def, data);
  if (!sheets.length) throw new AppError('VALIDATION_FAILED', { messageKey: def.noSheetsKey });
  const missing = sheets.filter((s) => s.rows.length).flatMap((s) => s.missing.map((c) => ({ s, c })));
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', {
      messageKey: 'importMissingColumns',
      fields: missing.map(({ s, c }) => ({
        path: 'file',
        key: 'import_missing_column',
        params: { sheet: translate(ctx.locale, SHEET_LABELS[s.sheet]), column: bilingual(c.label) },
      })),
    });
  }
  if (sheets.every((s) => s.rows.length === 0)) throw new AppError('VALIDATION_FAILED', { messageKey: 'importEmpty' });
  return sheets;
}

async function batchOrNotFound(db: Db, id: number) {
  const batch = await repo.findBatch(db, id);
  if (!batch) throw AppError.notFound();
  return batch;
}

export async function getImport(ctx: Ctx, id: number): Promise<ImportBatch> {
  const { batch } = await batchFor(ctx, id);
  return presentBatch(batch, parseReport(batch.report_json), progressOf(id));
}

export async function importIssues(ctx: Ctx, id: number, query: ImportIssueQuery) {
  const { batch } = await batchFor(ctx, id);
  return issuePage(parseReport(batch.report_json), query, ctx.locale);
}

export async function importRows(ctx: Ctx, id: number, query: ImportRowQuery) {
  const { batch } = await batchFor(ctx, id);
  return rowPage(parseReport(batch.report_json), query);
}

/** Thrown inside the commit's transaction to roll it back when 'all' meets rows with errors. */
class RowsHaveErrors extends Error {
  constructor(readonly plan: KindPlan) {
    super('rows have errors');
  }
}

const hasErrors = (counts: { error: number }) => counts.error > 0;
const notPending = () => new AppError('INVALID_TRANSITION', { messageKey: 'importNotPending' });
const refusedWithErrors = () => new AppError('INVALID_TRANSITION', { messageKey: 'importHasErrors' });

export async function commitImport(
  ctx: Ctx,
  id: number,
  { mode, sendInvites }: ImportCommitBody,
): Promise<ImportBatch> {
  const { batch, def } = await batchFor(ctx, id);
  if (batch.status !== 'validated' && batch.status !== 'failed') throw notPending();
  if (mode === 'all' && hasErrors(countsOf(parseReport(batch.report_json)).counts)) throw refusedWithErrors();
  const data = await repo.fileData(ctx.db, batch.sha256);
  if (!data) throw AppError.notFound();
  const plan = await def.check(ctx, await sheetsOf(def, data)); // before the transaction: SQLite serves nobody else during it
  // Claim the batch: of two commits of it, one goes ahead and the other is told it is under way.
  if (!(await repo.moveBatch(ctx.db, id, ['validated', 'failed'], { status: 'importing', processed_rows: 0 }))) {
    throw notPending();
  }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.lockImports(trx, ctx.dialect);
      const planned = await plan(trx); // the records may have changed since the upload
      const report = reportOf(planned);
      const { counts } = countsOf(report);
      if (mode === 'all' && hasErrors(counts)) throw new RowsHaveErrors(planned);
      await planned.write(trx, ctx, id, { sendInvites });
      const done = reportOf(planned); // now with the new records' ids
      await repo.moveBatch(trx, id, ['importing'], {
        status: 'imported',
        processed_rows: planned.rows.filter((r) => r.op).length,
        created_count: counts.create,
        updated_count: counts.update,
        skipped_count: counts.error,
        report_json: JSON.stringify(done),
        finished_at: ctx.now,
      });
      await recordAudit(trx, {
        at: ctx.now,
        actorId: ctx.actor.id,
        action: 'import',
        entityType: 'import',
        entityId: id,
        summary: auditSummary('auditSummaries.importFile', {
          kind: { t: `auditSummaries.importKinds.${batch.kind}` },
          file: batch.file_name,
        }),
        after: { kind: batch.kind, fileName: batch.file_name, mode, ...counts },
        ip: ctx.ip,
      });
    });
    def.afterCommit?.();
  } catch (err) {
    if (err instanceof RowsHaveErrors) {
      // Back to validated, with the problems as they are now, so the page shows them.
      await repo.moveBatch(ctx.db, id, ['importing'], {
        status: 'validated',
        report_json: JSON.stringify(reportOf(err.plan)),
      });
      throw refusedWithErrors();
    }
    await repo.moveBatch(ctx.db, id, ['importing'], { status: 'failed', processed_rows: 0 });
    // A code taken by someone else's save after the check: the same answer a form would get.
    if (isUniqueViolation(err)) throw new AppError('DUPLICATE');
    throw err;
  } finally {
    forgetProgress(id);
  }
  return getImport(ctx, id);
}
