import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { authorizeAny } from '#server/policies/policy.js';
import { unitPolicy } from '#server/policies/units.policy.js';
import { translate } from '#shared/i18n/index.js';
import type { Unit } from '#shared/schemas/units.js';
import { findUnits } from './unit.repository.js';
import { toUnit } from './unit.service.js';

/**
 * Every unit as xlsx, in the user's language. The sheet and its columns are the Units import's (the
 * reader takes either language), so an exported file can be edited and imported back; the Active
 * column is for reading only (activity is changed on the unit's page).
 */
export async function exportUnits(ctx: Ctx, reply: FastifyReply) {
  authorizeAny(unitPolicy, ctx.actor, 'export', ctx.units);
  const t = (key: string) => translate(ctx.locale, key);
  const units = (await findUnits(ctx.db)).map(toUnit);
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const sep = ctx.locale === 'en' ? ', ' : '、';
  const col = (key: string, value: XlsxColumn<Unit>['value'], width: number) => ({
    header: t(`unitFields.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<Unit>[] = [
    col('code', (u) => u.code, 14),
    col('nameZh', (u) => u.nameZh, 28),
    col('nameEn', (u) => u.nameEn, 40),
    col('kind', (u) => t(`unitKinds.${u.kind}`), 14),
    col('parentCode', (u) => (u.parentId === null ? null : (codeOf.get(u.parentId) ?? null)), 14),
    col('moeCode', (u) => u.moeCode, 14),
    col('programTypes', (u) => u.programTypes.map((p) => t(`programTypes.${p}`)).join(sep) || null, 30),
    col('active', (u) => t(u.active ? 'imports.yes' : 'imports.no'), 10),
  ];
  return streamXlsx(reply, {
    fileName: `${t('export.unitsFile')}-${ctx.now.slice(0, 10)}.xlsx`,
    sheetName: t('imports.sheets.units'),
    columns,
    pages: (async function* () {
      yield units;
    })(),
  });
}
