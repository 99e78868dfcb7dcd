import type { TripKind } from '#shared/recruitment';
import type { Trip, TripInput } from '#shared/schemas/recruitment';

/** A fair or trip as the form holds it: text everywhere (staff comma separated, cost in major units). */
export type TripFormState = {
  kind: TripKind;
  nameZh: string;
  nameEn: string;
  country: string;
  city: string;
  startDate: string;
  endDate: string;
  organiser: string;
  staff: string;
  cost: string;
  currency: string;
  notes: string;
};

export const emptyTrip: TripFormState = {
  kind: 'fair',
  nameZh: '',
  nameEn: '',
  country: '',
  city: '',
  startDate: '',
  endDate: '',
  organiser: '',
  staff: '',
  cost: '',
  currency: '',
  notes: '',
};

export const fromTrip = (t: Trip): TripFormState => ({
  kind: t.kind,
  nameZh: t.nameZh ?? '',
  nameEn: t.nameEn ?? '',
  country: t.country,
  city: t.city ?? '',
  startDate: t.startDate,
  endDate: t.endDate,
  organiser: t.organiser ?? '',
  staff: t.staff.join(', '),
  cost: t.costMinor === null ? '' : String(t.costMinor / 100),
  currency: t.currency ?? '',
  notes: t.notes ?? '',
});

/** The request body (the cost in the currency's minor units). */
export const toTripBody = (v: TripFormState): TripInput => ({
  kind: v.kind,
  nameZh: v.nameZh.trim() || null,
  nameEn: v.nameEn.trim() || null,
  country: v.country.trim().toUpperCase(),
  city: v.city.trim() || null,
  startDate: v.startDate,
  endDate: v.endDate,
  organiser: v.organiser.trim() || null,
  staff: v.staff
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean),
  costMinor: v.cost.trim() === '' ? null : Math.round(Number(v.cost) * 100),
  currency: (v.currency.trim().toUpperCase() || null) as TripInput['currency'],
  notes: v.notes.trim() || null,
});

export const missingTrip = (v: TripFormState) =>
  (['country', 'startDate', 'endDate'] as const).filter((k) => !v[k].trim());
