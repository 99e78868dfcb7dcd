/**
 * The vocabulary of the Ministry's tables (groupings, columns, program groups) and the counting
 * settings in words, kept free of zod so the browser can import it.
 */
export const GROUPINGS = ['tvc_4_2_3', 'moe_stats'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const ATTRIBUTIONS = ['start', 'overlap'] as const;
export const INTERN_COLUMNS = ['short_term', 'exchange', 'excluded'] as const;
/** 學制班別: the Ministry's program types (學士班 includes 四技 and 二技). */
export const PROGRAM_GROUPS = ['two_year', 'five_year', 'bachelor', 'master', 'doctoral', 'unknown'] as const;
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
