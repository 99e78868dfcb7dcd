import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { pagesById, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { countryNamer } from '#shared/country-names.js';
import { localName, translate } from '#shared/i18n/index.js';
import type { MobilityListQuery, MobilitySummary } from '#shared/schemas/mobility.js';
import { findMobilitiesByIds, findMobilityIds, findUnitNames } from './mobility.repository.js';
import { resolveFilter, toSummary } from './mobility.service.js';

/**
 * The filtered list (every page, streamed) as xlsx: headers and labels in the user's language, country
 * names, the MoE region and the "at least one semester" flag. Only the list's columns are read: no
 * personal-data number (passport, residence permit) is ever in the file.
 */
export async function exportMobilities(ctx: Ctx, reply: FastifyReply, query: MobilityListQuery) {
  const { page: _page, pageSize: _size, ...rest } = query;
  const filter = await resolveFilter(ctx, rest, 'export');
  const t = (key: string) => translate(ctx.locale, key);
  const name = (zh: string | null, en: string | null) => localName(ctx.locale, zh, en) || null;
  const units = new Map((await findUnitNames(ctx.db)).map((u) => [u.id, name(u.name_zh, u.name_en)]));
  const countries = { of: countryNamer(ctx.locale) };
  const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');
  const col = (key: string, value: XlsxColumn<MobilitySummary>['value'], width?: number) => ({
    header: t(`mobilityFields.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<MobilitySummary>[] = [
    col('id', (m) => m.id, 8),
    col('personNameZh', (m) => m.personNameZh, 16),
    col('personNameEn', (m) => m.personNameEn, 24),
    col('personNo', (m) => m.personNo, 14),
    col('unit', (m) => (m.unitId ? (units.get(m.unitId) ?? null) : null), 24),
    col('direction', (m) => t(`mobilityDirections.${m.direction}`), 10),
    col('personCategory', (m) => t(`mobilityPersonCategories.${m.personCategory}`), 10),
    col('kind', (m) => t(`mobilityKinds.${m.kind}`), 16),
    col('moeCategory', (m) => (m.moeCategory ? t(`inboundCategories.${m.moeCategory}`) : null), 14),
    col('dualDegree', (m) => yesNo(m.dualDegree), 10),
    col('status', (m) => t(`mobilityStatuses.${m.status}`), 12),
    col('institution', (m) => name(m.partnerNameZh, m.partnerNameEn) ?? name(m.hostNameZh, m.hostNameEn), 36),
    col('country', (m) => (m.country ? (countries.of(m.country) ?? m.country) : null), 16),
    col('region', (m) => (m.region ? t(`regions.${m.region}`) : null), 14),
    col('city', (m) => m.city, 14),
    col('startDate', (m) => m.startDate, 12),
    col('endDate', (m) => m.endDate, 12),
    col('creditBearing', (m) => yesNo(m.creditBearing), 10),
    col('credits', (m) => m.credits, 8),
    col('atLeastSemester', (m) => yesNo(m.atLeastSemester), 14),
  ];
  return streamXlsx(reply, {
    fileName: `${t('mobilityExport.file')}-${filter.today}.xlsx`,
    sheetName: t('mobilityExport.sheet'),
    columns,
    pages: pagesById(
      () => findMobilityIds(ctx.db, filter, ctx.locale),
      async (ids) => (await findMobilitiesByIds(ctx.db, ids)).map((r) => toSummary(r, filter.today)),
    ),
  });
}
