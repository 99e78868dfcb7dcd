import { TERMS } from '#shared/enums';
import type { Factsheet, FactsheetUpdate } from '#shared/schemas/agreements';

/** The bilingual text fields of a factsheet, each with a Chinese and an English version. */
export const FACTSHEET_TEXTS = ['requirements', 'housing', 'visa', 'insurance', 'notes'] as const;
export type FactsheetText = (typeof FACTSHEET_TEXTS)[number];
type TextKey = `${FactsheetText}${'Zh' | 'En'}`;

export type LinkRow = { key: string; label: string; url: string };
export type DeadlineRow = { term: (typeof TERMS)[number]; nomination: string; application: string };

export type FactsheetFormState = Record<TextKey, string> & {
  version: number;
  instructionLanguages: string;
  /** One row per term, always in TERMS order (so the server's `deadlines.N` errors land on the right row). */
  deadlines: DeadlineRow[];
  links: LinkRow[];
};

let nextKey = 0;
export const newLink = (l: Partial<LinkRow> = {}): LinkRow => ({ label: '', url: '', ...l, key: `k${++nextKey}` });

/** The form for a factsheet, or for a partner without one yet (version 0 creates it). */
export function fromFactsheet(f: Factsheet | null): FactsheetFormState {
  const text = (key: TextKey) => f?.[key] ?? '';
  return {
    version: f?.version ?? 0,
    instructionLanguages: f?.instructionLanguages ?? '',
    requirementsZh: text('requirementsZh'),
    requirementsEn: text('requirementsEn'),
    housingZh: text('housingZh'),
    housingEn: text('housingEn'),
    visaZh: text('visaZh'),
    visaEn: text('visaEn'),
    insuranceZh: text('insuranceZh'),
    insuranceEn: text('insuranceEn'),
    notesZh: text('notesZh'),
    notesEn: text('notesEn'),
    deadlines: TERMS.map((term) => {
      const d = f?.deadlines.find((x) => x.term === term);
      return { term, nomination: d?.nomination ?? '', application: d?.application ?? '' };
    }),
    links: (f?.links ?? []).map((l) => newLink(l)),
  };
}

export function toFactsheetBody(s: FactsheetFormState): FactsheetUpdate {
  const { links, deadlines, ...rest } = s;
  return {
    ...rest,
    deadlines: deadlines.map((d) => ({
      term: d.term,
      nomination: d.nomination.trim(),
      application: d.application.trim(),
    })),
    links: links.map((l) => ({ label: l.label, url: l.url })),
  };
}

export function missingFactsheetFields(s: FactsheetFormState): string[] {
  return s.links.flatMap((l, i) => [
    ...(l.label.trim() ? [] : [`links.${i}.label`]),
    ...(l.url.trim() ? [] : [`links.${i}.url`]),
  ]);
}
