import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { toRocYear } from '#shared/calendar.js';
import { countryNamer } from '#shared/country-names.js';
import { localName, translate } from '#shared/i18n/index.js';
import type { ApplicationExportQuery } from '#shared/schemas/admissions.js';
import * as apps from './application.repository.js';
import { listFilter, logApplicantReads } from './review.service.js';
import * as rounds from './round.repository.js';

const PAGE = 500;

/**
 * A round's applications as xlsx, with the list's filters and the reader's scope (a reviewer gets only their
 * programs), streamed page by page through the shared writer (frozen header, autofilter); headers, programs,
 * countries and statuses in the reader's language. Each exported row is logged as an export of the
 * applicant's personal data before its page is written.
 */
export async function exportApplications(
  ctx: Ctx,
  reply: FastifyReply,
  roundId: number,
  query: ApplicationExportQuery,
) {
  const { round, filter } = await listFilter(ctx, roundId, query);
  const t = (key: string) => translate(ctx.locale, key);
  const name = (zh: string | null, en: string | null) => localName(ctx.locale, zh, en) || null;
  const programs = new Map(
    (await rounds.findPrograms(ctx.db, [roundId])).map((p) => [p.id, name(p.name_zh, p.name_en)]),
  );
  const country = countryNamer(ctx.locale);
  const col = (key: string, value: XlsxColumn<apps.ListRow>['value'], width?: number) => ({
    header: t(key),
    value,
    width,
  });
  const columns: XlsxColumn<apps.ListRow>[] = [
    col('admissions.export.id', (a) => a.id, 8),
    col('admissions.fields.familyName', (a) => a.family_name, 18),
    col('admissions.fields.givenName', (a) => a.given_name, 20),
    col('admissions.export.email', (a) => a.email, 30),
    col('admissions.fields.nationality', (a) => (a.country_code ? (country(a.country_code) ?? a.country_code) : null)),
    col('admissions.fields.programId', (a) => (a.program_id ? (programs.get(a.program_id) ?? null) : null), 30),
    col('admissions.export.status', (a) => t(`admissions.statuses.${a.status}`), 14),
    col('admissions.export.fee', (a) => t(`admissions.fees.${a.fee_status}`), 10),
    col('admissions.export.score', (a) => a.score, 8),
    col('admissions.fields.channel', (a) => (a.channel ? t(`admissions.channels.${a.channel}`) : null), 16),
    col('admissions.export.submittedAt', (a) => a.submitted_at, 18),
  ];
  async function* pages() {
    let after: number | undefined;
    for (;;) {
      const rows = await apps.findApplications(ctx.db, roundId, { ...filter, after, pageSize: PAGE });
      const page = rows.slice(0, PAGE);
      await logApplicantReads(
        ctx,
        page.map((r) => r.id),
        'admissionApplicantList',
        'export',
      );
      if (page.length) yield page;
      if (rows.length <= PAGE) return;
      after = page.at(-1)?.id;
    }
  }
  return streamXlsx(reply, {
    fileName: `${t('admissions.export.file')}-${toRocYear(round.academic_year)}-${round.semester}.xlsx`,
    sheetName: t('admissions.export.sheet'),
    columns,
    pages: pages(),
  });
}
