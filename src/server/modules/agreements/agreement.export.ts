import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { pagesById, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { countryNamer } from '#shared/country-names.js';
import { localName, translate } from '#shared/i18n/index.js';
import type { AgreementListQuery, AgreementSummary } from '#shared/schemas/agreements.js';
import { findAgreementIds, findAgreementsByIds, findUnitNames } from './agreement.repository.js';
import { resolveFilter, summaries } from './agreement.service.js';

type ExportRow = AgreementSummary & { autoRenew: boolean; noticeMonths: number | null };

/** The filtered list (all pages) as xlsx, headers and labels in the user's language. */
export async function exportAgreements(ctx: Ctx, reply: FastifyReply, query: AgreementListQuery) {
  const { page: _page, pageSize: _size, cursor: _cursor, count: _count, ...rest } = query;
  const filter = await resolveFilter(ctx, rest, 'export');
  const t = (key: string) => translate(ctx.locale, key);
  const name = (zh: string | null, en: string | null) => localName(ctx.locale, zh, en);
  const units = new Map((await findUnitNames(ctx.db)).map((u) => [u.id, name(u.name_zh, u.name_en)]));
  const countries = { of: countryNamer(ctx.locale) };
  const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');
  const col = (key: string, value: XlsxColumn<ExportRow>['value'], width?: number) => ({
    header: t(`agreementFields.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<ExportRow>[] = [
    col('id', (a) => a.id, 8),
    col('code', (a) => a.code, 16),
    col('partnerCode', (a) => a.partnerCode, 16),
    col('kind', (a) => t(`agreementKinds.${a.kind}`), 18),
    col('titleZh', (a) => a.titleZh, 40),
    col('titleEn', (a) => a.titleEn, 50),
    col('status', (a) => t(`agreementStatuses.${a.status}`), 14),
    col('partners', (a) => a.partners.map((p) => name(p.nameZh, p.nameEn)).join('; '), 40),
    col('country', (a) => [...new Set(a.partners.map((p) => countries.of(p.country) ?? p.country))].join('; '), 16),
    col('owningUnit', (a) => (a.owningUnitId ? (units.get(a.owningUnitId) ?? null) : null), 24),
    col('startDate', (a) => a.startDate, 12),
    col('endDate', (a) => a.endDate, 12),
    col('openEnded', (a) => yesNo(a.openEnded), 10),
    col('autoRenew', (a) => yesNo(a.autoRenew), 10),
    col('noticeMonths', (a) => a.noticeMonths, 10),
    col('noticeDate', (a) => a.noticeDate, 12),
    col('hasSignedFile', (a) => yesNo(a.hasSignedFile), 12),
    col('updatedAt', (a) => a.updatedAt.slice(0, 10), 12),
  ];
  return streamXlsx(reply, {
    fileName: `${t('agreementExport.file')}-${filter.today}.xlsx`,
    sheetName: t('agreementExport.sheet'),
    columns,
    pages: pagesById(
      () => findAgreementIds(ctx.db, filter, ctx.locale),
      async (ids): Promise<ExportRow[]> => {
        const rows = await findAgreementsByIds(ctx.db, ids);
        const items = await summaries(ctx.db, rows, filter.today);
        return items.map((a, i) => ({
          ...a,
          autoRenew: rows[i]?.auto_renew === 1,
          noticeMonths: rows[i]?.notice_months ?? null,
        }));
      },
    ),
  });
}
