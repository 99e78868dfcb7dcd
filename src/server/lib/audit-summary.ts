import { academicYearShortLabelParams } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';

/**
 * A change summary as data (ADR 0030): a catalog key (`auditSummaries.*`) and its parameters. Enum
 * values are stored as the catalog key of their label (`{ t: 'agreementStatuses.active' }`) and
 * academic years as years (`{ ay: 2027 }`), so every reader gets the words of their own language.
 */
export type SummaryParam = string | number | { t: string } | { ay: number } | { zh: string; en: string };
export type AuditSummary = { key: string; params?: Record<string, SummaryParam> };

/** A structured summary; `key` is the full catalog key, so the catalog check finds it used. */
export const auditSummary = (key: string, params: Record<string, SummaryParam> = {}): AuditSummary => ({
  key,
  params,
});

/** An enum value, stored as the catalog key of its label: `label('agreementStatuses', 'active')`. */
export const label = (group: string, value: string): { t: string } => ({ t: `${group}.${value}` });

/** An academic year, shown as 116學年度 in Chinese and 2027/28 in English. */
export const academicYear = (year: number): { ay: number } => ({ ay: year });

function paramText(locale: Locale, p: SummaryParam): string {
  if (typeof p !== 'object') return String(p);
  if ('t' in p) return translate(locale, p.t);
  if ('ay' in p) return translate(locale, 'auditSummaries.academicYear', academicYearShortLabelParams(p.ay));
  return locale === 'en' ? p.en : p.zh;
}

/** Words the record itself holds in both languages (a call's scoring criteria). */
export const bilingual = (zh: string, en: string): { zh: string; en: string } => ({ zh, en });

/** A status change of any record: `group` is the catalog group of its status labels. */
export function statusChange(group: string, from: string, to: string, comment?: string | null): AuditSummary {
  const params = { from: label(group, from), to: label(group, to) };
  return comment
    ? auditSummary('auditSummaries.statusChangeComment', { ...params, comment })
    : auditSummary('auditSummaries.statusChange', params);
}

/** The summary in one language; the comment and other free text the user typed stay as typed. */
export function renderSummary(locale: Locale, s: AuditSummary): string {
  const params = Object.fromEntries(Object.entries(s.params ?? {}).map(([k, v]) => [k, paramText(locale, v)]));
  return translate(locale, s.key, params);
}

/** What an entry shows: its structured summary in the reader's language, else its stored text (older rows). */
export function summaryText(
  locale: Locale,
  row: { summary: string | null; summary_key?: string | null; summary_params?: string | null },
): string | null {
  if (!row.summary_key) return row.summary;
  return renderSummary(locale, { key: row.summary_key, params: JSON.parse(row.summary_params ?? '{}') });
}

/**
 * A change named by the record itself — its title or name in both languages where it has them (the
 * record's own words, so each reader sees the title in their language): `recordName(title_zh, title_en)`.
 */
export const recordName = (zh: string | null | undefined, en: string | null | undefined): AuditSummary =>
  auditSummary('auditSummaries.record', { name: bilingual(zh || en || '', en || zh || '') });
