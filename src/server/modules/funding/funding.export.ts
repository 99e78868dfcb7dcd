import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { pagesOf, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { countryNamer } from '#shared/country-names.js';
import { localName, translate } from '#shared/i18n/index.js';
import type { ProgramAward } from '#shared/schemas/funding.js';
import * as repo from './funding.repository.js';
import { programYearScope, toProgramAward } from './funding-awards.service.js';

/**
 * A program-year's awards as xlsx, in the user's language: who (names, student number, department),
 * which mobility (kind, country, dates) and how much was awarded and spent. No passport or residence-
 * permit numbers: the people table's personal-data columns are never read here.
 */
export async function exportProgramAwards(ctx: Ctx, reply: FastifyReply, programId: number, yearId: number) {
  const { program, year, units } = await programYearScope(ctx, programId, yearId);
  const t = (key: string) => translate(ctx.locale, key);
  const countries = { of: countryNamer(ctx.locale) };
  const col = (key: string, value: XlsxColumn<ProgramAward>['value'], width?: number) => ({
    header: t(`fundingExport.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<ProgramAward>[] = [
    col('nameZh', (a) => a.nameZh, 14),
    col('nameEn', (a) => a.nameEn, 22),
    col('studentNo', (a) => a.studentNo, 14),
    col('department', (a) => localName(ctx.locale, a.unitNameZh, a.unitNameEn) || null, 28),
    col('mobilityKind', (a) => t(`mobilityKinds.${a.mobilityKind}`), 16),
    col('country', (a) => (a.country ? (countries.of(a.country) ?? a.country) : null), 16),
    col('startDate', (a) => a.startDate, 12),
    col('endDate', (a) => a.endDate, 12),
    col('amount', (a) => a.amount, 12),
    col('spentAmount', (a) => a.spentAmount, 12),
    col('notes', (a) => a.notes, 30),
  ];
  return streamXlsx(reply, {
    fileName: `${program.code}-${year.year}-${t('fundingExport.file')}.xlsx`,
    sheetName: t('fundingExport.sheet'),
    columns,
    pages: pagesOf(async (limit, offset) =>
      (await repo.findProgramAwards(ctx.db, yearId, units, limit, offset)).map(toProgramAward),
    ),
  });
}
