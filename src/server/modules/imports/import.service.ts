import { createHash } from 'node:crypto';
import { translate } from '../../../shared/i18n/index.js';
import type {
  ImportBatch,
  ImportCommitBody,
  ImportIssueQuery,
  ImportRowQuery,
  ImportValidated,
} from '../../../shared/schemas/imports.js';
import type { Db } from '../../db/client.js';
import type { Ctx } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { AGREEMENTS_DIVISION, agreementPolicy } from '../../policies/agreements.policy.js';
import { authorizeAny } from '../../policies/policy.js';
import { checkRows } from './import.check.js';
import { SHEET_LABELS } from './import.columns.js';
import { bilingual } from './import.labels.js';
import { type Plan, planImport } from './import.plan.js';
import { readWorkbook, type SheetData } from './import.reader.js';
import { countsOf, issuePage, parseReport, presentBatch, reportOf, rowPage } from './import.report.js';
import * as repo from './import.repository.js';
import { templateWorkbook } from './import.template.js';
import { applyPlan, forgetProgress, progressOf } from './import.write.js';

/**
 * Bulk import in two steps. Upload: read and check every row against the registry, keep the file
 * (in stored_files, by its hash) and the report; write nothing else. Commit: read the kept file again,
 * check it again against the registry as it is then, and write it in one transaction.
 */
export type Upload = { fileName: string; data: Buffer };
const KIND = 'partners_agreements';
const FIRST_PAGE = { page: 1, pageSize: 50 };

export async function mayImport(ctx: Ctx) {
  authorizeAny(agreementPolicy, ctx.actor, 'import', await ctx.units());
}

/** The template workbook, its drop-downs in the user's language. */
export async function importTemplate(ctx: Ctx): Promise<Upload> {
  await mayImport(ctx);
  const data = await templateWorkbook(ctx.locale, await repo.loadUnits(ctx.db));
  return { fileName: `${translate(ctx.locale, 'imports.template.fileName')}.xlsx`, data };
}

export async function uploadImport(ctx: Ctx, receive: () => Promise<Upload>): Promise<ImportValidated> {
  await mayImport(ctx); // before the upload is read
  const { fileName, data } = await receive();
  const sheets = await readUsableSheets(ctx, data);
  const plan = await matchRegistry(ctx.db, sheets, await checkFile(ctx.db, sheets));
  const report = reportOf(plan);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const sha256 = createHash('sha256').update(data).digest('hex');
    await repo.storeFile(trx, sha256, data, ctx.now);
    return repo.insertBatch(trx, {
      kind: KIND,
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

/** The data sheets of a real workbook, with their required columns, holding at least one row. */
async function readUsableSheets(ctx: Ctx, data: Buffer): Promise<SheetData[]> {
  const sheets = await readWorkbook(data);
  if (!sheets.length) throw new AppError('VALIDATION_FAILED', { messageKey: 'importNoSheets' });
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

/** Checks every row on its own (no database but the unit codes). */
async function checkFile(db: Db, sheets: SheetData[]) {
  const units = new Map((await repo.loadUnits(db)).map((u) => [u.code.toUpperCase(), u.id]));
  return { checked: checkRows(sheets, units), defaultUnitId: units.get(AGREEMENTS_DIVISION) ?? null };
}

/** Matches checked rows against the registry as `db` sees it, read once (no query per row). */
async function matchRegistry(db: Db, sheets: SheetData[], file: Awaited<ReturnType<typeof checkFile>>) {
  const registry = {
    partners: await repo.loadPartners(db),
    agreements: await repo.loadAgreements(db),
    links: await repo.loadAgreementPartners(db),
  };
  return planImport(file.checked, registry, sheets, file.defaultUnitId);
}

async function batchOrNotFound(db: Db, id: number) {
  const batch = await repo.findBatch(db, id);
  if (!batch) throw AppError.notFound();
  return batch;
}

export async function getImport(ctx: Ctx, id: number): Promise<ImportBatch> {
  await mayImport(ctx);
  const batch = await batchOrNotFound(ctx.db, id);
  return presentBatch(batch, parseReport(batch.report_json), progressOf(id));
}

export async function importIssues(ctx: Ctx, id: number, query: ImportIssueQuery) {
  await mayImport(ctx);
  const batch = await batchOrNotFound(ctx.db, id);
  return issuePage(parseReport(batch.report_json), query, ctx.locale);
}

export async function importRows(ctx: Ctx, id: number, query: ImportRowQuery) {
  await mayImport(ctx);
  const batch = await batchOrNotFound(ctx.db, id);
  return rowPage(parseReport(batch.report_json), query);
}

/** Thrown inside the commit's transaction to roll it back when 'all' meets rows with errors. */
class RowsHaveErrors extends Error {
  constructor(readonly plan: Plan) {
    super('rows have errors');
  }
}

const hasErrors = (counts: { error: number }) => counts.error > 0;
const notPending = () => new AppError('INVALID_TRANSITION', { messageKey: 'importNotPending' });
const refusedWithErrors = () => new AppError('INVALID_TRANSITION', { messageKey: 'importHasErrors' });

export async function commitImport(ctx: Ctx, id: number, { mode }: ImportCommitBody): Promise<ImportBatch> {
  await mayImport(ctx);
  const batch = await batchOrNotFound(ctx.db, id);
  if (batch.status !== 'validated' && batch.status !== 'failed') throw notPending();
  if (mode === 'all' && hasErrors(countsOf(parseReport(batch.report_json)).counts)) throw refusedWithErrors();
  const data = await repo.fileData(ctx.db, batch.sha256);
  if (!data) throw AppError.notFound();
  const sheets = await readWorkbook(data);
  const file = await checkFile(ctx.db, sheets); // before the transaction: SQLite serves nobody else during it
  // Claim the batch: of two commits of it, one goes ahead and the other is told it is under way.
  if (!(await repo.moveBatch(ctx.db, id, ['validated', 'failed'], { status: 'importing', processed_rows: 0 }))) {
    throw notPending();
  }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.lockImports(trx, ctx.dialect);
      const plan = await matchRegistry(trx, sheets, file); // the registry may have changed since the upload
      const report = reportOf(plan);
      const { counts } = countsOf(report);
      if (mode === 'all' && hasErrors(counts)) throw new RowsHaveErrors(plan);
      await applyPlan(trx, ctx, id, plan);
      const done = reportOf(plan); // now with the new records' ids
      await repo.moveBatch(trx, id, ['importing'], {
        status: 'imported',
        processed_rows: plan.partners.length + plan.agreements.length,
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
        summary: batch.file_name,
        after: { fileName: batch.file_name, mode, ...counts },
        ip: ctx.ip,
      });
    });
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
