import { AGREEMENT_KINDS, AGREEMENT_SORTS, AGREEMENT_STATUSES } from '#shared/enums';
import { MOE_REGIONS, type MoeRegion } from '#shared/regions.data';
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

export type AgreementSort = (typeof AGREEMENT_SORTS)[number];
/** Quick choices of the "expiring within N days" filter (any other N typed in the URL works too). */
export const EXPIRING_CHOICES = [30, 90, 180] as const;

/** The agreements list's filters, kept in the URL (and sent as they are to the list and the export). */
export type AgreementSearch = KeysetSearch & {
  q?: string;
  kind?: (typeof AGREEMENT_KINDS)[number];
  status?: (typeof AGREEMENT_STATUSES)[number];
  country?: string;
  region?: MoeRegion;
  owningUnitId?: number;
  expiringWithinDays?: number;
  archived?: ArchivedChoice;
  sort?: AgreementSort;
  order?: 'asc' | 'desc';
  page?: number;
};

export function parseAgreementSearch(raw: RawSearch): AgreementSearch {
  const country = text(raw, 'country', 2)?.toUpperCase();
  const days = positiveInt(raw, 'expiringWithinDays');
  return compact({
    q: text(raw, 'q'),
    kind: oneOf(raw, 'kind', AGREEMENT_KINDS),
    status: oneOf(raw, 'status', AGREEMENT_STATUSES),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    region: oneOf(raw, 'region', MOE_REGIONS),
    owningUnitId: positiveInt(raw, 'owningUnitId'),
    expiringWithinDays: days && days <= 3650 ? days : undefined,
    archived: oneOf(raw, 'archived', ARCHIVED_CHOICES),
    sort: oneOf(raw, 'sort', AGREEMENT_SORTS),
    order: oneOf(raw, 'order', ['asc', 'desc'] as const),
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}

/** The new-agreement page may start with a partner chosen (linked from a partner's page). */
export function parseAgreementNewSearch(raw: RawSearch): { partnerId?: number } {
  return compact({ partnerId: positiveInt(raw, 'partnerId') });
}
