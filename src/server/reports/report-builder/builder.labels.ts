import type { Db } from '#server/db/client.js';
import { localName, translate } from '#shared/i18n/index.js';
import type { BuilderField } from '#shared/report-builder.js';
import type { Locale } from '#shared/roles.js';

/**
 * How a value of a registered field reads in the user's language: enum and region labels, unit names,
 * country names (Intl), yes / no; a date group is its year. Missing values read as "(none)".
 */
export async function labeller(db: Db, locale: Locale) {
  const units = new Map(
    (await db.selectFrom('units').select(['id', 'name_zh', 'name_en']).execute()).map((u) => [
      u.id,
      localName(locale, u.name_zh, u.name_en),
    ]),
  );
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  const t = (key: string) => translate(locale, key);
  const label = (field: BuilderField, value: unknown): string | number | null => {
    if (value === null || value === undefined || value === '') return null;
    switch (field.type) {
      case 'enum':
        return t(`${field.labels}.${value}`);
      case 'region':
        return t(`regions.${value}`);
      case 'unit':
        return units.get(Number(value)) ?? `#${value}`;
      case 'country':
        return countries.of(String(value)) ?? String(value);
      case 'boolean':
        return t(Number(value) ? 'common.yes' : 'common.no');
      case 'number':
        return Number(value);
      default:
        return String(value);
    }
  };
  return {
    /** A cell of the rows preview or export. */
    cell: label,
    /** A group's key as text (missing values included). */
    group: (field: BuilderField, value: unknown) => String(label(field, value) ?? t('reportBuilder.none')),
    header: (field: BuilderField) => t(field.label),
    t,
  };
}
export type Labeller = Awaited<ReturnType<typeof labeller>>;
