import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { pagesById, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { partnerPolicy } from '#server/policies/partners.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import { countryNamer } from '#shared/country-names.js';
import { translate } from '#shared/i18n/index.js';
import type { PartnerListQuery } from '#shared/schemas/partners.js';
import { findPartnerIds, findPartnersByIds, type PartnerListRow, partnerFilterOf } from './partner.repository.js';

/** The current filtered list (all pages) as xlsx, headers and labels in the user's language. */
export async function exportPartners(ctx: Ctx, reply: FastifyReply, query: PartnerListQuery) {
  authorizeAny(partnerPolicy, ctx.actor, 'export', ctx.units);
  const { page: _page, pageSize: _size, ...rest } = query;
  const filter = await partnerFilterOf(ctx.db, rest);
  const t = (key: string) => translate(ctx.locale, key);
  const countries = { of: countryNamer(ctx.locale) };
  const col = (key: string, value: XlsxColumn<PartnerListRow>['value'], width?: number) => ({
    header: t(`partnerFields.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<PartnerListRow>[] = [
    col('id', (r) => r.id, 8),
    col('code', (r) => r.code, 12),
    col('nameZh', (r) => r.name_zh, 36),
    col('nameEn', (r) => r.name_en, 48),
    col('country', (r) => countries.of(r.country) ?? r.country, 16),
    col('region', (r) => (r.region ? t(`regions.${r.region}`) : null), 16),
    col('city', (r) => (ctx.locale === 'zh-TW' ? r.city_zh || r.city : r.city || r.city_zh), 16),
    col('type', (r) => t(`partnerTypes.${r.type}`), 20),
    col('status', (r) => t(`partnerStatuses.${r.status}`), 12),
    col('website', (r) => r.website, 36),
    col('updatedAt', (r) => r.updated_at.slice(0, 10), 12),
  ];
  const date = ctx.now.slice(0, 10);
  return streamXlsx(reply, {
    fileName: `${t('export.partnersFile')}-${date}.xlsx`,
    sheetName: t('export.partnersSheet'),
    columns,
    pages: pagesById(
      () => findPartnerIds(ctx.db, filter, ctx.locale),
      (ids) => findPartnersByIds(ctx.db, ids),
    ),
  });
}
