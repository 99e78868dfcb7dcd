import { academicYearAt } from '#shared/calendar';
import type { DegreeLevel } from '#shared/mobility';
import type { Call, CallCreate } from '#shared/schemas/calls';

type Term = CallCreate['term'];

export type DocumentRow = { key: string; code: string; labelZh: string; labelEn: string; required: boolean };
export type CriterionRow = {
  key: string;
  code: string;
  labelZh: string;
  labelEn: string;
  weight: number | null;
  max: number | null;
};
/** An offered place for one partner (display fields come from the offerable-places list or the call). */
export type OfferRow = { placeId: number; partnerId: number; places: number | null };

/** What the call form holds: text as typed, times as local 'YYYY-MM-DDTHH:mm' (sent as ISO instants). */
export type CallFormState = {
  titleEn: string;
  titleZh: string;
  descriptionEn: string;
  descriptionZh: string;
  academicYear: number | null;
  term: Term;
  opensAt: string;
  deadline: string;
  maxPreferences: number | null;
  levels: DegreeLevel[];
  minGpa: number | null;
  languageCertRequired: boolean;
  languageTextZh: string;
  languageTextEn: string;
  documents: DocumentRow[];
  criteria: CriterionRow[];
  offers: OfferRow[];
};

let nextKey = 0;
const key = () => `c${++nextKey}`;

/** The first free `<prefix>_<n>` code, so a new row has a valid code the user may change. */
function freeCode(prefix: string, taken: string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

export const newDocument = (rows: DocumentRow[]): DocumentRow => ({
  key: key(),
  code: freeCode(
    'doc',
    rows.map((r) => r.code),
  ),
  labelZh: '',
  labelEn: '',
  required: true,
});

export const newCriterion = (rows: CriterionRow[]): CriterionRow => ({
  key: key(),
  code: freeCode(
    'criterion',
    rows.map((r) => r.code),
  ),
  labelZh: '',
  labelEn: '',
  weight: 1,
  max: 100,
});

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of a datetime-local input, in the reader's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (the reader's time zone) as an ISO instant; '' stays '' for the server to report. */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

export const emptyCall = (): CallFormState => ({
  titleEn: '',
  titleZh: '',
  descriptionEn: '',
  descriptionZh: '',
  academicYear: academicYearAt(new Date()) + 1, // a new call is most likely for the next academic year
  term: 'fall',
  opensAt: '',
  deadline: '',
  maxPreferences: 3,
  levels: [],
  minGpa: null,
  languageCertRequired: false,
  languageTextZh: '',
  languageTextEn: '',
  documents: [],
  criteria: [],
  offers: [],
});

export const fromCall = (c: Call): CallFormState => ({
  titleEn: c.titleEn,
  titleZh: c.titleZh ?? '',
  descriptionEn: c.descriptionEn ?? '',
  descriptionZh: c.descriptionZh ?? '',
  academicYear: c.academicYear,
  term: c.term,
  opensAt: toLocalInput(c.opensAt),
  deadline: toLocalInput(c.deadline),
  maxPreferences: c.maxPreferences,
  levels: [...c.eligibility.levels],
  minGpa: c.eligibility.minGpa,
  languageCertRequired: c.eligibility.languageCertRequired,
  languageTextZh: c.eligibility.languageTextZh ?? '',
  languageTextEn: c.eligibility.languageTextEn ?? '',
  documents: c.documents.map((d) => ({ ...d, key: key() })),
  criteria: c.criteria.map((d) => ({ ...d, key: key() })),
  offers: c.offers.map((o) => ({ placeId: o.placeId, partnerId: o.partnerId, places: o.places })),
});

/** The request body; missing values are sent as they are for the server to report on their fields. */
export function toBody(s: CallFormState): CallCreate {
  return {
    titleEn: s.titleEn,
    titleZh: s.titleZh,
    descriptionEn: s.descriptionEn,
    descriptionZh: s.descriptionZh,
    academicYear: s.academicYear as number,
    term: s.term,
    opensAt: fromLocalInput(s.opensAt),
    deadline: fromLocalInput(s.deadline),
    maxPreferences: s.maxPreferences as number,
    eligibility: {
      levels: s.levels,
      minGpa: s.minGpa,
      languageCertRequired: s.languageCertRequired,
      languageTextZh: s.languageTextZh,
      languageTextEn: s.languageTextEn,
    },
    documents: s.documents.map(({ key: _, ...d }) => d),
    criteria: s.criteria.map(({ key: _, ...c }) => ({ ...c, weight: c.weight as number, max: c.max as number })),
    offers: s.offers.map((o) => ({ ...o, places: o.places as number })),
  };
}

/** Light checks before sending (the server's messages remain the source of truth). */
export function missingRequired(s: CallFormState): string[] {
  const missing: string[] = [];
  if (!s.titleEn.trim()) missing.push('titleEn');
  if (!s.academicYear) missing.push('academicYear');
  if (!s.opensAt) missing.push('opensAt');
  if (!s.deadline) missing.push('deadline');
  if (!s.maxPreferences) missing.push('maxPreferences');
  s.documents.forEach((d, i) => {
    if (!d.labelEn.trim()) missing.push(`documents.${i}.labelEn`);
    if (!d.labelZh.trim()) missing.push(`documents.${i}.labelZh`);
  });
  s.criteria.forEach((c, i) => {
    if (!c.labelEn.trim()) missing.push(`criteria.${i}.labelEn`);
    if (!c.labelZh.trim()) missing.push(`criteria.${i}.labelZh`);
    if (!c.weight) missing.push(`criteria.${i}.weight`);
    if (!c.max) missing.push(`criteria.${i}.max`);
  });
  s.offers.forEach((o, i) => {
    if (!o.places) missing.push(`offers.${i}.places`);
  });
  return missing;
}
