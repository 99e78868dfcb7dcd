import type { AgreementSummary } from '#shared/schemas/agreements';
import type { Formatter } from '#web/lib/format';

/** "Partner name (Country)" for each partner, in the reader's language. */
export function partnerLine(fmt: Formatter, partners: AgreementSummary['partners']): string {
  return partners.map((p) => `${fmt.name(p.nameZh, p.nameEn)} (${fmt.country(p.country)})`).join('; ');
}

/** A calendar date 'YYYY-MM-DD' read as that day wherever the reader is (not as UTC midnight). */
export function formatDay(fmt: Formatter, day: string | null | undefined): string {
  return day ? fmt.date(`${day}T12:00:00`) : '';
}
