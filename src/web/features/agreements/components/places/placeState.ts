import { academicYearAt } from '#shared/calendar';
import type { CEFR_LEVELS, DIRECTIONS, DURATION_UNITS, MOBILITY_KINDS, StudyLevel } from '#shared/enums';
import type { Place, PlaceCreate } from '#shared/schemas/agreements';

type Cefr = (typeof CEFR_LEVELS)[number];
export type LanguageRow = { key: string; language: string | null; cefr: Cefr | null };

/** What the places form holds. ISCED codes are typed as one text ("0613, 0714"). */
export type PlaceFormState = {
  academicYear: number | null;
  direction: (typeof DIRECTIONS)[number];
  level: StudyLevel;
  mobilityKind: (typeof MOBILITY_KINDS)[number];
  places: number | null;
  duration: number | null;
  durationUnit: (typeof DURATION_UNITS)[number];
  languages: LanguageRow[];
  isced: string;
  notes: string;
};

let nextKey = 0;
export const newLanguage = (l: Partial<LanguageRow> = {}): LanguageRow => ({
  language: null,
  cefr: 'B2',
  ...l,
  key: `l${++nextKey}`,
});

export const emptyPlace = (): PlaceFormState => ({
  academicYear: academicYearAt(new Date()),
  direction: 'outbound',
  level: 'bachelor',
  mobilityKind: 'study',
  places: 2,
  duration: 5,
  durationUnit: 'months',
  languages: [],
  isced: '',
  notes: '',
});

export const fromPlace = (p: Place): PlaceFormState => ({
  academicYear: p.academicYear,
  direction: p.direction,
  level: p.level,
  mobilityKind: p.mobilityKind,
  places: p.places,
  duration: p.duration,
  durationUnit: p.durationUnit,
  languages: p.languages.map((l) => newLanguage(l)),
  isced: p.isced.join(', '),
  notes: p.notes ?? '',
});

/** The request body; the server validates the codes and numbers (errors come back by field). */
export function toPlaceBody(s: PlaceFormState): PlaceCreate {
  return {
    academicYear: s.academicYear as number,
    direction: s.direction,
    level: s.level,
    mobilityKind: s.mobilityKind,
    places: s.places as number,
    duration: s.duration,
    durationUnit: s.durationUnit,
    languages: s.languages.map((l) => ({ language: l.language ?? '', cefr: l.cefr as Cefr })),
    isced: s.isced
      .split(/[\s,，、;]+/)
      .map((c) => c.trim())
      .filter(Boolean),
    notes: s.notes,
  };
}

export function missingPlaceFields(s: PlaceFormState): string[] {
  const missing: string[] = [];
  if (s.academicYear === null) missing.push('academicYear');
  if (s.places === null) missing.push('places');
  s.languages.forEach((l, i) => {
    if (!l.language) missing.push(`languages.${i}.language`);
    if (!l.cefr) missing.push(`languages.${i}.cefr`);
  });
  return missing;
}

/** Languages offered in the requirement picker (ISO 639-1), named by Intl in the reader's language. */
export const LANGUAGE_CODES = [
  'en',
  'zh',
  'ja',
  'ko',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'sv',
  'fi',
  'da',
  'no',
  'pl',
  'cs',
  'ru',
  'tr',
  'ar',
  'th',
  'vi',
  'id',
  'ms',
  'tl',
  'hi',
] as const;
