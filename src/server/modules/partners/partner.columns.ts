import type { PartnerCreate } from '#shared/schemas/partners.js';

/** The partners row for validated input — shared by the partner service and bulk import. */
export function partnerColumns(input: PartnerCreate, owningUnitId: number | null) {
  return {
    code: input.code,
    name_en: input.nameEn,
    name_zh: input.nameZh,
    search_text: [input.nameEn, input.nameZh, input.code, input.city, input.cityZh]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
    country: input.country,
    city: input.city,
    city_zh: input.cityZh,
    website: input.website ?? null,
    type: input.type,
    status: input.status,
    owning_unit_id: owningUnitId,
    notes: input.notes,
  };
}
