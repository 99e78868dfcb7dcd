import { kindsFor } from '#shared/mobility';
import type { Mobility, MobilityCreate } from '#shared/schemas/mobility';

/** The form's values: strings for inputs, null for "none chosen". */
export type MobilityFormState = {
  personId: number | null;
  personKind: 'student' | 'staff' | 'scholar' | null;
  direction: 'outbound' | 'inbound';
  kind: string | null;
  status: string | null;
  moeCategory: string | null;
  categoryOverrideReason: string;
  dualDegree: boolean;
  partnerId: number | null;
  placeId: number | null;
  hostNameZh: string;
  hostNameEn: string;
  country: string | null;
  city: string;
  startDate: string;
  endDate: string;
  creditBearing: boolean;
  credits: number | null;
  purpose: string;
  outputs: string;
  notes: string;
};

export const emptyMobility = (personId: number | null = null): MobilityFormState => ({
  personId,
  personKind: null,
  direction: 'outbound',
  kind: null,
  status: null,
  moeCategory: null,
  categoryOverrideReason: '',
  dualDegree: false,
  partnerId: null,
  placeId: null,
  hostNameZh: '',
  hostNameEn: '',
  country: null,
  city: '',
  startDate: '',
  endDate: '',
  creditBearing: false,
  credits: null,
  purpose: '',
  outputs: '',
  notes: '',
});

export const fromMobility = (m: Mobility): MobilityFormState => ({
  personId: m.personId,
  personKind: m.personCategory,
  direction: m.direction,
  kind: m.kind,
  status: null,
  moeCategory: m.moeCategory,
  categoryOverrideReason: m.categoryOverrideReason ?? '',
  dualDegree: m.dualDegree,
  partnerId: m.partnerId,
  placeId: m.placeId,
  hostNameZh: m.hostNameZh ?? '',
  hostNameEn: m.hostNameEn ?? '',
  country: m.country,
  city: m.city ?? '',
  startDate: m.startDate ?? '',
  endDate: m.endDate ?? '',
  creditBearing: m.creditBearing,
  credits: m.credits,
  purpose: m.purpose ?? '',
  outputs: m.outputs ?? '',
  notes: m.notes ?? '',
});

/** What the form shows for the chosen person and direction. */
export function shapeOf(f: MobilityFormState) {
  const student = f.personKind === 'student';
  return {
    kinds: f.personKind ? kindsFor(f.personKind, f.direction) : [],
    student,
    inboundStudent: student && f.direction === 'inbound',
    usesPlace: student && (f.kind === 'exchange' || f.kind === 'exchange_in' || f.kind === 'dual_degree'),
    degree: f.kind === 'degree' || f.kind === 'dual_degree',
    staffLike: f.personKind === 'staff' || f.personKind === 'scholar',
  };
}

export function toBody(f: MobilityFormState): MobilityCreate {
  const s = shapeOf(f);
  return {
    personId: f.personId as number,
    direction: f.direction,
    kind: f.kind as MobilityCreate['kind'],
    ...(f.status ? { status: f.status } : {}),
    moeCategory: s.inboundStudent ? (f.moeCategory as MobilityCreate['moeCategory']) : null,
    categoryOverrideReason:
      s.inboundStudent && f.categoryOverrideReason.trim() ? f.categoryOverrideReason.trim() : null,
    dualDegree: s.degree && f.dualDegree,
    partnerId: f.partnerId,
    placeId: s.usesPlace ? f.placeId : null,
    hostNameZh: f.hostNameZh,
    hostNameEn: f.hostNameEn,
    country: f.country,
    city: f.city,
    startDate: f.startDate || null,
    endDate: f.endDate || null,
    creditBearing: s.student && f.creditBearing,
    credits: s.student && f.creditBearing ? f.credits : null,
    purpose: f.purpose,
    outputs: s.staffLike ? f.outputs : null,
    notes: f.notes,
  };
}
