import type { DiffCondition, Difference, DiffField, DiffValue } from '#shared/schemas/ewp.js';
import type { EwpMobilityKind, IiaCondition } from './iia-xml.js';

/**
 * Field-level, order-insensitive comparison of two copies of one agreement (ADR 0033). Each copy's
 * cooperation conditions are spread into one unit per academic year and matched by a key — mobility kind,
 * direction seen from us, EQF levels, year — never by position; languages and ISCED codes compare as sets.
 * Spreading years makes "2026–2028, 2 a year" equal to "2026–2027 + 2028" when they say the same, and maps
 * each unit onto one row of our exchange places, so "take theirs" is one place written.
 */
export interface YearUnit extends DiffCondition {
  mobilitiesPerYear: number;
  total: number | null;
  languages: string[];
  isced: string[];
}

export interface CopyView {
  ourCode: string | null;
  partnerCode: string | null;
  units: YearUnit[];
}

const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();
/** Totals are xs:decimal with two fraction digits in the files. */
const round2 = (n: number | null) => (n == null ? null : Math.round(n * 100) / 100);
export const languageLabel = (l: { language: string; cefr: string | null }) =>
  l.cefr ? `${l.language} ${l.cefr}` : l.language;

/** One unit per receiving academic year of a condition; direction is "outbound" when we send. */
export function unitsOf(conditions: IiaCondition[], ourHeiId: string): YearUnit[] {
  return conditions.flatMap((c) => {
    const units: YearUnit[] = [];
    for (let year = c.firstYear; year <= c.lastYear; year++)
      units.push({
        kind: c.kind as EwpMobilityKind,
        direction: c.sendingHeiId === ourHeiId ? 'outbound' : 'inbound',
        eqfLevels: [...new Set(c.eqfLevels)].sort((a, b) => a - b),
        year,
        mobilitiesPerYear: c.mobilitiesPerYear,
        total: round2(c.total),
        languages: sortedUnique(c.languages.map(languageLabel)),
        isced: sortedUnique(c.isced),
      });
    return units;
  });
}

export const unitKey = (u: DiffCondition) => `${u.kind}|${u.direction}|${u.eqfLevels.join('+')}|${u.year}`;
const canonical = (u: YearUnit) => JSON.stringify([u.mobilitiesPerYear, u.total, u.languages, u.isced]);

/**
 * Units by key. Two units with one key (e.g. two staff rows of one year, which carry no EQF level) are told
 * apart by their rank in a canonical order, "#2", so the pairing does not depend on the file's order either.
 */
function keyed(units: YearUnit[]): Map<string, YearUnit> {
  const groups = new Map<string, YearUnit[]>();
  for (const u of units) groups.set(unitKey(u), [...(groups.get(unitKey(u)) ?? []), u]);
  const out = new Map<string, YearUnit>();
  for (const [key, group] of groups) {
    group.sort((a, b) => (canonical(a) < canonical(b) ? -1 : canonical(a) > canonical(b) ? 1 : 0));
    for (const [i, u] of group.entries()) out.set(i === 0 ? key : `${key}#${i + 1}`, u);
  }
  return out;
}

const FIELDS = ['mobilitiesPerYear', 'total', 'languages', 'isced'] as const;
const same = (a: DiffValue, b: DiffValue) => JSON.stringify(a) === JSON.stringify(b);
const conditionOf = (u: YearUnit): DiffCondition => ({
  kind: u.kind,
  direction: u.direction,
  eqfLevels: u.eqfLevels,
  year: u.year,
});
const summary = (u: YearUnit): string[] => [
  String(u.mobilitiesPerYear),
  ...(u.total == null ? [] : [String(u.total)]),
  ...u.languages,
  ...u.isced,
];

type Diff = Omit<Difference, 'kept'>;

/** Every difference between our copy and theirs, in a stable order (by id). */
export function diffCopies(ours: CopyView, theirs: CopyView): Diff[] {
  const out: Diff[] = [];
  const field = (f: DiffField, a: string | null, b: string | null) => {
    if (!same(a, b)) out.push({ id: f, change: 'changed', field: f, condition: null, ours: a, theirs: b });
  };
  // Their copy may leave our code out; only a code they do state can disagree.
  if (theirs.ourCode != null) field('ourCode', ours.ourCode, theirs.ourCode);
  field('partnerCode', ours.partnerCode, theirs.partnerCode);
  const a = keyed(ours.units);
  const b = keyed(theirs.units);
  for (const [key, u] of a) {
    const t = b.get(key);
    if (!t) {
      out.push({
        id: key,
        change: 'removed',
        field: 'condition',
        condition: conditionOf(u),
        ours: summary(u),
        theirs: null,
      });
      continue;
    }
    for (const f of FIELDS)
      if (!same(u[f], t[f]))
        out.push({
          id: `${key}|${f}`,
          change: 'changed',
          field: f,
          condition: conditionOf(u),
          ours: u[f],
          theirs: t[f],
        });
  }
  for (const [key, t] of b)
    if (!a.has(key))
      out.push({
        id: key,
        change: 'added',
        field: 'condition',
        condition: conditionOf(t),
        ours: null,
        theirs: summary(t),
      });
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The unit a difference is about, on one side (for "take theirs"). */
export function unitOf(view: CopyView, differenceId: string): YearUnit | undefined {
  const key = differenceId.replace(/\|(mobilitiesPerYear|total|languages|isced)$/, '');
  return keyed(view.units).get(key);
}
