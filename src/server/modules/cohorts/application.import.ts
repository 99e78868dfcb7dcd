import ExcelJS from 'exceljs';
import type { Ctx } from '#server/http/context.js';
import { recordAudits } from '#server/lib/audit.js';
import { AppError } from '#server/lib/errors.js';
import { looksLikeXlsx, MAX_CELLS, MAX_INFLATED_BYTES } from '#server/modules/imports/import.reader.js';
import { inflatedWithin } from '#server/modules/imports/import.zip.js';
import { translate } from '#shared/i18n/index.js';
import { CohortApplicationCreate } from '#shared/schemas/cohorts.js';
import * as repo from './application.repository.js';
import { ENTITY, emailKey } from './application.service.js';
import { programFor } from './program-access.js';

/** The header names the sheet may use for each field, in either language (case and spaces ignored). */
const HEADERS: Record<string, string[]> = {
  name: ['name', '姓名'],
  email: ['email', 'e-mail', '電子郵件'],
  nationality: ['nationality', '國籍'],
  institution: ['institution', 'university', '學校'],
  fieldOfStudy: ['field of study', 'field', '科系'],
  motivation: ['motivation', '動機'],
};
const MAX_APPLICATION_ROWS = 10_000;
const norm = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toLowerCase();

function cellText(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return v.result == null ? null : String(v.result);
  return String(v);
}

/**
 * Applications from a spreadsheet (the first sheet; the first row names the columns). All or nothing:
 * any bad row — an invalid field, an e-mail twice in the file or already applied — is reported by row
 * and nothing is written.
 */
export async function importApplications(ctx: Ctx, programId: number, data: Buffer) {
  await programFor(ctx, programId, 'write');
  if (!looksLikeXlsx(data)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { messageKey: 'importNotXlsx' });
  const verdict = await inflatedWithin(data, { maxBytes: MAX_INFLATED_BYTES, maxCells: MAX_CELLS });
  if (verdict !== 'ok') throw new AppError('PAYLOAD_TOO_LARGE', { messageKey: 'importInflatedTooLarge' });
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { messageKey: 'importNotXlsx' });
  }
  const sheet = book.worksheets[0];
  if (!sheet || sheet.rowCount < 2) throw AppError.field('file', 'cohort_import_empty');
  if (sheet.rowCount > MAX_APPLICATION_ROWS + 1)
    throw new AppError('PAYLOAD_TOO_LARGE', { messageKey: 'importTooManyRows' });
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const field = Object.entries(HEADERS).find(([, names]) => names.includes(norm(cellText(cell.value))))?.[0];
    if (field) columns.set(field, col);
  });
  if (!columns.has('name') || !columns.has('email')) throw AppError.field('file', 'cohort_import_headers');

  const problems: { row: number; field: string; message: string }[] = [];
  const rows: { row: number; value: CohortApplicationCreate }[] = [];
  const seen = new Map<string, number>();
  for (let n = 2; n <= sheet.rowCount; n++) {
    const r = sheet.getRow(n);
    const raw = Object.fromEntries([...columns].map(([f, col]) => [f, cellText(r.getCell(col).value)]));
    if (Object.values(raw).every((v) => v === null || v.trim() === '')) continue;
    const parsed = CohortApplicationCreate.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          row: n,
          field: String(issue.path[0] ?? ''),
          message: translate(ctx.locale, 'validation.invalid_value'),
        });
      continue;
    }
    const key = emailKey(parsed.data.email);
    if (seen.has(key))
      problems.push({
        row: n,
        field: 'email',
        message: translate(ctx.locale, 'validation.cohort_duplicate_in_file', { row: seen.get(key) }),
      });
    seen.set(key, n);
    rows.push({ row: n, value: parsed.data });
  }
  const already = await repo.existingEmails(ctx.db, programId, [...seen.keys()]);
  for (const { row, value } of rows)
    if (already.has(emailKey(value.email)))
      problems.push({ row, field: 'email', message: translate(ctx.locale, 'validation.cohort_duplicate_application') });
  if (problems.length) return { created: 0, problems: problems.sort((a, b) => a.row - b.row).slice(0, 200) };

  await ctx.db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const { value } of rows)
      ids.push(
        await repo.insertApplication(trx, {
          program_id: programId,
          name: value.name,
          email: value.email.trim(),
          email_key: emailKey(value.email),
          nationality: value.nationality,
          institution: value.institution,
          field_of_study: value.fieldOfStudy,
          motivation: value.motivation,
          source: 'import',
          stage: 'submitted',
          created_at: ctx.now,
          updated_at: ctx.now,
        }),
      );
    await recordAudits(
      trx,
      ids.map((id) => ({
        at: ctx.now,
        actorId: ctx.actor.id,
        action: 'import' as const,
        entityType: ENTITY,
        entityId: id,
        ip: ctx.ip,
      })),
    );
  });
  return { created: rows.length, problems: [] };
}
