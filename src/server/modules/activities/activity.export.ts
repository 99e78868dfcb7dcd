import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { pagesOf, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { countryNamer } from '#shared/country-names.js';
import { localName, translate } from '#shared/i18n/index.js';
import type { ActivityListQuery, ActivitySummary } from '#shared/schemas/activities.js';
import { findActivities, findUnitNames } from './activity.repository.js';
import { resolveFilter, toSummary } from './activity.service.js';

/** The filtered list (every page, streamed) as xlsx, with headers, kinds, units and countries in the user's language. */
export async function exportActivities(ctx: Ctx, reply: FastifyReply, query: ActivityListQuery) {
  const { page: _page, pageSize: _size, cursor: _cursor, count: _count, ...rest } = query;
  const filter = await resolveFilter(ctx, rest);
  const t = (key: string) => translate(ctx.locale, key);
  const name = (zh: string | null, en: string | null) => localName(ctx.locale, zh, en) || null;
  const units = new Map((await findUnitNames(ctx.db)).map((u) => [u.id, name(u.name_zh, u.name_en)]));
  const countries = { of: countryNamer(ctx.locale) };
  const col = (key: string, value: XlsxColumn<ActivitySummary>['value'], width?: number) => ({
    header: t(`activityFields.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<ActivitySummary>[] = [
    col('id', (a) => a.id, 8),
    col('kind', (a) => t(`activityKinds.${a.kind}`), 18),
    col('unit', (a) => units.get(a.unitId) ?? null, 26),
    col('titleZh', (a) => a.titleZh, 30),
    col('titleEn', (a) => a.titleEn, 36),
    col('counterpart', (a) => name(a.partnerNameZh, a.partnerNameEn) ?? name(a.counterpartZh, a.counterpartEn), 30),
    col('personName', (a) => a.personName, 18),
    col('country', (a) => (a.country ? (countries.of(a.country) ?? a.country) : null), 14),
    col('city', (a) => a.city, 14),
    col('startDate', (a) => a.startDate, 12),
    col('endDate', (a) => a.endDate, 12),
    col('participants', (a) => a.participants, 10),
    col('foreignParticipants', (a) => a.foreignParticipants, 10),
    col('credits', (a) => a.credits, 8),
    col('amountGovernment', (a) => a.amountGovernment, 12),
    col('amountIndustry', (a) => a.amountIndustry, 12),
    col('amountOther', (a) => a.amountOther, 12),
    col('amountUniversity', (a) => a.amountUniversity, 12),
    col('commissioning', (a) => (a.commissioning ? t(`commissioning.${a.commissioning}`) : null), 10),
  ];
  return streamXlsx(reply, {
    fileName: `${t('activityExport.file')}.xlsx`,
    sheetName: t('activityExport.sheet'),
    columns,
    pages: pagesOf(async (limit, offset) =>
      (await findActivities(ctx.db, filter, { limit, offset }, ctx.locale)).rows.map(toSummary),
    ),
  });
}
