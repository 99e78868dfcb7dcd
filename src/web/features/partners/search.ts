import { MOE_REGIONS, type MoeRegion } from '#shared/regions.data';
import { PARTNER_STATUSES, PARTNER_TYPES, type PartnerStatus, type PartnerType } from '#web/lib/enums';
import {
  ARCHIVED_CHOICES,
  type ArchivedChoice,
  compact,
  type KeysetSearch,
  keysetSearch,
  oneOf,
  positiveInt,
  type RawSearch,
  text,
} from '#web/lib/search';

export const PARTNER_SORTS = ['name', 'country', 'updated', 'created'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

/** The partners list's filters, kept in the URL. */
export type PartnerSearch = KeysetSearch & {
  q?: string;
  country?: string;
  region?: MoeRegion;
  type?: PartnerType;
  status?: PartnerStatus;
  archived?: ArchivedChoice;
  sort?: PartnerSort;
  order?: 'asc' | 'desc';
  page?: number;
};

export function parsePartnerSearch(raw: RawSearch): PartnerSearch {
  const country = text(raw, 'country', 2)?.toUpperCase();
  return compact({
    q: text(raw, 'q'),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    region: oneOf(raw, 'region', MOE_REGIONS),
    type: oneOf(raw, 'type', PARTNER_TYPES),
    status: oneOf(raw, 'status', PARTNER_STATUSES),
    archived: oneOf(raw, 'archived', ARCHIVED_CHOICES),
    sort: oneOf(raw, 'sort', PARTNER_SORTS),
    order: oneOf(raw, 'order', ['asc', 'desc'] as const),
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}
