import type { ActivityPart } from '#shared/activities';
import { ACTIVITY_KIND_SHAPE } from '#shared/activities';
import type { ActivityKind } from '#shared/reporting';
import type { Activity, ActivityCreate } from '#shared/schemas/activities';

/** The form's values: strings for inputs, null for "none chosen". */
export type ActivityFormState = {
  unitId: number | null;
  kind: ActivityKind;
  titleZh: string;
  titleEn: string;
  counterpartZh: string;
  counterpartEn: string;
  personName: string;
  partnerId: number | null;
  country: string | null;
  city: string;
  startDate: string;
  endDate: string;
  participants: number | null;
  foreignParticipants: number | null;
  credits: number | null;
  amountGovernment: number | null;
  amountIndustry: number | null;
  amountOther: number | null;
  amountUniversity: number | null;
  commissioning: 'domestic' | 'foreign' | null;
  notes: string;
  /** Kept as it is: the form has no person picker (a record may still link one through the API). */
  personId: number | null;
};

export const emptyActivity = (
  kind: ActivityKind = 'conference_held',
  unitId: number | null = null,
): ActivityFormState => ({
  unitId,
  kind,
  titleZh: '',
  titleEn: '',
  counterpartZh: '',
  counterpartEn: '',
  personName: '',
  partnerId: null,
  country: null,
  city: '',
  startDate: '',
  endDate: '',
  participants: null,
  foreignParticipants: null,
  credits: null,
  amountGovernment: null,
  amountIndustry: null,
  amountOther: null,
  amountUniversity: null,
  commissioning: null,
  notes: '',
  personId: null,
});

export const fromActivity = (a: Activity): ActivityFormState => ({
  unitId: a.unitId,
  kind: a.kind,
  titleZh: a.titleZh ?? '',
  titleEn: a.titleEn ?? '',
  counterpartZh: a.counterpartZh ?? '',
  counterpartEn: a.counterpartEn ?? '',
  personName: a.personName ?? '',
  partnerId: a.partnerId,
  country: a.country,
  city: a.city ?? '',
  startDate: a.startDate,
  endDate: a.endDate ?? '',
  participants: a.participants,
  foreignParticipants: a.foreignParticipants,
  credits: a.credits,
  amountGovernment: a.amountGovernment,
  amountIndustry: a.amountIndustry,
  amountOther: a.amountOther,
  amountUniversity: a.amountUniversity,
  commissioning: a.commissioning,
  notes: a.notes ?? '',
  personId: a.personId,
});

/** Which parts of the record the chosen kind shows, and which of its fields it requires. */
export function shapeOf(kind: ActivityKind) {
  const shape = ACTIVITY_KIND_SHAPE[kind];
  const shows = (part: ActivityPart) => shape.shows.includes(part);
  const required = new Set(shape.requires.map((r) => r.field));
  return { shows, required: (field: string) => required.has(field) };
}

/** What the API gets: the parts the kind does not show are sent empty, so a changed kind leaves nothing behind. */
export function toBody(f: ActivityFormState): ActivityCreate {
  const { shows } = shapeOf(f.kind);
  const when = <T>(part: ActivityPart, v: T) => (shows(part) ? v : null);
  return {
    unitId: f.unitId as number,
    kind: f.kind,
    titleZh: f.titleZh,
    titleEn: f.titleEn,
    counterpartZh: when('counterpart', f.counterpartZh),
    counterpartEn: when('counterpart', f.counterpartEn),
    personName: when('personName', f.personName),
    personId: when('person', f.personId),
    partnerId: when('partner', f.partnerId),
    country: when('place', f.country),
    city: when('place', f.city),
    startDate: f.startDate,
    endDate: f.endDate || null,
    participants: when('participants', f.participants),
    foreignParticipants: when('participants', f.foreignParticipants),
    credits: when('credits', f.credits),
    amountGovernment: when('amounts', f.amountGovernment),
    amountIndustry: when('amounts', f.amountIndustry),
    amountOther: when('amounts', f.amountOther),
    amountUniversity: when('amounts', f.amountUniversity),
    commissioning: when('commissioning', f.commissioning),
    notes: f.notes,
  };
}

/**
 * The kind's own rules (the shared table the server checks) run before sending, so every missing
 * field shows at once: the server cannot reach them while the unit or start date is still empty.
 */
export function kindProblems(f: ActivityFormState, message: (key: string) => string): Record<string, string> {
  // Blank text is absent, as the schema's optional text makes it on the server.
  const blankAsNull = Object.entries(toBody(f)).map(([k, v]) => [k, typeof v === 'string' && !v.trim() ? null : v]);
  const body = Object.fromEntries(blankAsNull) as ActivityCreate;
  return Object.fromEntries(
    ACTIVITY_KIND_SHAPE[f.kind].requires.filter((r) => !r.test(body)).map((r) => [r.field, message(r.key)]),
  );
}
