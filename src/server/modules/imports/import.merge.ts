import { aliasesOf } from '#server/modules/partners/partner.columns.js';
import type { PartnerCreate } from '#shared/schemas/partners.js';
import type { AgreementFields } from './import.check.js';
import type { ExistingAgreement, ExistingPartner } from './import.repository.js';

/**
 * How a row meets the record it matched: the record as input (so the shared column helpers derive
 * both the same way), the row's values over it, and whether anything changed.
 */
/** Blank cells (and columns the sheet does not have) keep the record's value. */
export function keepUngiven<T extends object>(input: T, current: T, given: Set<string>): T {
  const out = { ...current };
  for (const key of Object.keys(input) as (keyof T)[]) if (given.has(String(key))) out[key] = input[key];
  return out;
}

export function partnerInputOf(p: ExistingPartner): PartnerCreate {
  return {
    code: p.code,
    nameEn: p.name_en,
    nameZh: p.name_zh,
    aliases: aliasesOf(p.aliases),
    country: p.country,
    city: p.city,
    cityZh: p.city_zh,
    website: p.website,
    type: p.type,
    status: p.status,
    owningUnitId: p.owning_unit_id,
    notes: p.notes,
    contacts: [],
  };
}

export function agreementInputOf(a: ExistingAgreement): AgreementFields {
  return {
    kind: a.kind,
    titleEn: a.title_en,
    titleZh: a.title_zh,
    code: a.code,
    partnerCode: a.partner_code,
    owningUnitId: a.owning_unit_id,
    startDate: a.start_date,
    endDate: a.end_date,
    openEnded: a.open_ended === 1,
    autoRenew: a.auto_renew === 1,
    renewalTerms: a.renewal_terms,
    noticeMonths: a.notice_months,
    notes: a.notes,
  };
}

/** The record's values for the same columns (for comparison and the audit's "before"). */
export function pick<C extends object>(row: object, columns: C): C {
  const r = row as Record<string, unknown>;
  return Object.fromEntries(Object.keys(columns).map((k) => [k, r[k] ?? null])) as C;
}

export const same = (a: object, b: object) =>
  Object.entries(a).every(([k, v]) => (v ?? null) === ((b as Record<string, unknown>)[k] ?? null));
