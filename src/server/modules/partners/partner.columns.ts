import type { PartnerCreate } from '#shared/schemas/partners.js';
import { searchText } from '#shared/search-key.js';

/** The stored aliases (a JSON array) as a list. */
export function aliasesOf(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

/** The partners row for validated input — shared by the partner service and bulk import. */
export function partnerColumns(input: PartnerCreate, owningUnitId: number | null) {
  return {
    code: input.code,
    name_en: input.nameEn,
    name_zh: input.nameZh,
    search_text: searchText([
      input.nameEn,
      input.nameZh,
      ...(input.aliases ?? []),
      input.code,
      input.city,
      input.cityZh,
    ]),
    aliases: input.aliases?.length ? JSON.stringify(input.aliases) : null,
    country: input.country,
    city: input.city,
    city_zh: input.cityZh,
    website: input.website ?? null,
    schac: input.schac,
    type: input.type,
    status: input.status,
    owning_unit_id: owningUnitId,
    notes: input.notes,
  };
}
