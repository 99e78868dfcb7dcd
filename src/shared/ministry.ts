/**
 * The vocabulary of the Ministry's tables (groupings, columns, program groups) and the counting
 * settings in words, kept free of zod so the browser can import it.
 */
/**
 * How table 1 (international students on the reference date) is laid out: table 4-2-3, the statistics
 * table, and the udb layouts of degree students from abroad (境外學位生數) per 學制班別 by 國家(地區)別
 * and by 國家(地區)區域別 (docs/decisions/0022).
 */
export const GROUPINGS = ['tvc_4_2_3', 'moe_stats', 'udb_country', 'udb_region'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const ATTRIBUTIONS = ['start', 'overlap'] as const;
export const INTERN_COLUMNS = ['short_term', 'exchange', 'excluded'] as const;
/**
 * 學制班別: the Ministry's program types (學士班 includes 四技 and 二技), day programs first, then the evening
 * / in-service ones (二專(進修), 學士班(進修), 碩士在職專班), never merged into the day rows.
 */
export const PROGRAM_GROUPS = [
  'two_year',
  'five_year',
  'bachelor',
  'master',
  'doctoral',
  'two_year_evening',
  'bachelor_evening',
  'master_evening',
  'unknown',
] as const;
/** Levels of inbound students who are in no degree program, shown as themselves (not 「未登錄」). */
export const NON_DEGREE_LEVELS = ['foundation', 'chinese_language'] as const;
/** The udb layouts' identity categories, each with 男 / 女 (外國學生 includes dual-degree foreign students). */
export const UDB_CATEGORIES = ['foreign', 'overseas_chinese', 'hk_macau', 'mainland'] as const;
/** Male, female, and neither recorded (counted in the totals only). */
export const SEXES = ['male', 'female', 'unrecorded'] as const;

/** A setting's value in words (screen and xlsx), with the caller's translate function. */
export function describeSetting(
  key: string,
  value: unknown,
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  const list = (prefix: string) => (Array.isArray(value) ? value.map((v) => t(`${prefix}.${v}`)).join('、') : '');
  switch (key) {
    case 'outbound_kinds':
      return list('mobilityKinds');
    case 'excluded_statuses':
      return list('mobilityStatuses') || '—';
    case 'outbound_non_credit':
    case 'include_evening':
    case 'outbound_domestic_only':
    case 'foundation_in_tvc_4_2_3':
      return t(value ? 'ministry.settings.yes' : 'ministry.settings.no');
    case 'semester_days':
      return t('ministry.settings.days', { count: value });
    case 'foundation_from_year':
      return t('ministry.settings.year', { year: value });
    case 'attribution':
      return t(`ministry.settings.attributions.${String(value)}`);
    case 'intern_column':
      return t(`ministry.settings.internColumns.${String(value)}`);
    default:
      return JSON.stringify(value);
  }
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The text of a row's dimension, written once for the screen and the xlsx. `names` gives a unit's and a
 * country's name in the reader's language (the xlsx: the Ministry's Chinese names). The total row is
 * labelled in the first column, a college's subtotal in the column after the college.
 */
export function dimensionText(
  row: {
    kind: 'row' | 'subtotal' | 'total';
    collegeId: number | null;
    unitId: number | null;
    level: string | null;
    sex: string | null;
    program: string | null;
    country: string | null;
    region: string | null;
    academicYear: number | null;
    semester: number | null;
  },
  dim: string,
  position: { first: boolean; afterCollege: boolean },
  t: Translate,
  names: { unit: (id: number | null) => string; country: (code: string) => string },
): string | number | null {
  if (row.kind === 'total') return position.first ? t('ministry.rowKinds.total') : null;
  if (row.kind === 'subtotal') {
    if (dim === 'college') return names.unit(row.collegeId);
    if (dim === 'academicYear') return row.academicYear;
    if (dim === 'semester') return row.semester;
    return position.afterCollege ? t('ministry.rowKinds.subtotal') : null;
  }
  switch (dim) {
    case 'academicYear':
      return row.academicYear;
    case 'semester':
      return row.semester;
    case 'college':
      // a unit outside the colleges (華語中心, 國際專修部) is a row of its own under no college
      return row.collegeId === null && row.unitId !== null ? null : names.unit(row.collegeId);
    case 'unit':
      return names.unit(row.unitId);
    case 'level':
      if (!row.level) return t('ministry.programGroups.unknown');
      return (NON_DEGREE_LEVELS as readonly string[]).includes(row.level)
        ? t(`ministry.levels.${row.level}`)
        : t(`degreeLevels.${row.level}`);
    case 'sex':
      return row.sex ? t(`ministry.sexes.${row.sex}`) : null;
    case 'program':
    case 'programType':
      return row.program ? t(`ministry.programGroups.${row.program}`) : null;
    case 'country':
    case 'udbCountry':
      return row.country ? names.country(row.country) : t('ministry.programGroups.unknown');
    case 'region':
    case 'udbRegion':
      return row.region ? t(`regions.${row.region}`) : t('ministry.programGroups.unknown');
    default:
      return null;
  }
}
