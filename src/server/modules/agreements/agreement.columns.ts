import { addMonths } from '#shared/calendar.js';
import type { AgreementCreate } from '#shared/schemas/agreements.js';
import { searchText } from '#shared/search-key.js';

/** Months before the end date an agreement reads as "expiring" when it names no notice period. */
export const DEFAULT_NOTICE_MONTHS = 6;

/** 'YYYY-MM-DD' minus whole months, clamped to the month's last day (2027-08-31 − 6 → 2027-02-28). */
export const minusMonths = (date: string, months: number) => addMonths(date, -months);

/** The first day of the notice window: the end date minus the notice period (or the default). */
export function noticeDateOf(endDate: string | null, noticeMonths: number | null | undefined): string | null {
  if (!endDate) return null;
  return minusMonths(endDate, noticeMonths || DEFAULT_NOTICE_MONTHS);
}

type Fields = Omit<AgreementCreate, 'partners' | 'people'>;

/**
 * The agreements row for validated input — the one place that derives search_text and notice_date,
 * used by the agreement service and by bulk import alike. `partnerNames` feed the search text so
 * an agreement is found by its partners' names in either language.
 */
export function agreementColumns(input: Fields, owningUnitId: number | null, partnerNames: (string | null)[]) {
  const endDate = input.openEnded ? null : (input.endDate ?? null);
  return {
    code: input.code ?? null,
    partner_code: input.partnerCode ?? null,
    kind: input.kind,
    title_en: input.titleEn,
    title_zh: input.titleZh ?? null,
    search_text: searchText([input.titleEn, input.titleZh, input.code, input.partnerCode, ...partnerNames]),
    owning_unit_id: owningUnitId,
    start_date: input.startDate ?? null,
    end_date: endDate,
    open_ended: input.openEnded ? 1 : 0,
    auto_renew: input.autoRenew ? 1 : 0,
    renewal_terms: input.renewalTerms ?? null,
    notice_months: input.noticeMonths ?? null,
    notice_date: noticeDateOf(endDate, input.noticeMonths),
    notes: input.notes ?? null,
  };
}
