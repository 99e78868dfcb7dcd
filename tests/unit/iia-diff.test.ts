import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CopyView, diffCopies, unitsOf } from '#server/modules/ewp/iia-diff.js';
import { readIias } from '#server/modules/ewp/iia-read.js';
import { type IiaCondition, writeIiaXml } from '#server/modules/ewp/iia-xml.js';

const US = 'meridian.edu.tw';
const THEM = 'uw.edu.pl';

const condition = fc.record({
  kind: fc.constantFrom('study', 'traineeship', 'teaching', 'training') as fc.Arbitrary<IiaCondition['kind']>,
  outbound: fc.boolean(),
  firstYear: fc.integer({ min: 2024, max: 2030 }),
  span: fc.integer({ min: 0, max: 3 }),
  mobilitiesPerYear: fc.integer({ min: 1, max: 20 }),
  languages: fc.uniqueArray(
    fc.record({ language: fc.constantFrom('en', 'pl', 'zh', 'ja'), cefr: fc.constantFrom('B1', 'B2', 'C1', null) }),
    { maxLength: 3, selector: (l) => l.language },
  ),
  isced: fc.uniqueArray(fc.constantFrom('0714', '0311', '0413', '0222'), { maxLength: 3 }),
  total: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
  eqf: fc.constantFrom(6, 7, 8),
});
function build(c: {
  kind: IiaCondition['kind'];
  outbound: boolean;
  firstYear: number;
  span: number;
  mobilitiesPerYear: number;
  languages: { language: string; cefr: string | null }[];
  isced: string[];
  total: number | null;
  eqf: number;
}): IiaCondition {
  const student = c.kind === 'study' || c.kind === 'traineeship';
  return {
    kind: c.kind,
    sendingHeiId: c.outbound ? US : THEM,
    receivingHeiId: c.outbound ? THEM : US,
    firstYear: c.firstYear,
    lastYear: c.firstYear + c.span,
    mobilitiesPerYear: c.mobilitiesPerYear,
    languages: c.languages,
    isced: c.isced,
    total: c.total,
    eqfLevels: student ? [c.eqf] : [],
  };
}
const view = (conditions: IiaCondition[], partnerCode: string | null = null): CopyView => ({
  ourCode: 'M-1',
  partnerCode,
  units: unitsOf(conditions, US),
});
const reversed = <T>(xs: T[]) => [...xs].reverse();
const shuffledInner = (c: IiaCondition): IiaCondition => ({
  ...c,
  languages: reversed(c.languages),
  isced: reversed(c.isced),
});

describe('EWP copies compared field by field (iia-diff)', () => {
  it('finds no difference when only the order of conditions, languages and ISCED codes differs', () => {
    fc.assert(
      fc.property(
        fc
          .array(condition, { maxLength: 12 })
          .chain((cs) =>
            fc.tuple(fc.constant(cs.map(build)), fc.shuffledSubarray(cs.map(build), { minLength: cs.length })),
          ),
        ([ours, shuffled]) => {
          expect(diffCopies(view(ours), view(shuffled.map(shuffledInner)))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds one difference per changed field, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(condition, { minLength: 1, maxLength: 8 }), fc.nat(), (raw, pick) => {
        const ours = raw.map(build);
        const i = pick % ours.length;
        const target = ours[i] as IiaCondition;
        // A year of its own, so no other condition shares the changed unit's key.
        const changed = { ...target, firstYear: 2040, lastYear: 2040 };
        const mine = [...ours.slice(0, i), changed, ...ours.slice(i + 1)];
        const theirs = reversed([
          ...ours.slice(0, i),
          { ...changed, mobilitiesPerYear: changed.mobilitiesPerYear + 1 },
          ...ours.slice(i + 1),
        ]);
        const diff = diffCopies(view(mine), view(theirs));
        expect(diff).toHaveLength(1);
        expect(diff[0]).toMatchObject({ change: 'changed', field: 'mobilitiesPerYear', condition: { year: 2040 } });
      }),
      { numRuns: 100 },
    );
  });

  it('reports conditions added and removed, and one condition over three years as three years', () => {
    const base = build({
      kind: 'study',
      outbound: true,
      firstYear: 2026,
      span: 2,
      mobilitiesPerYear: 2,
      languages: [{ language: 'en', cefr: 'B2' }],
      isced: ['0714'],
      total: 10,
      eqf: 6,
    });
    // Ours split into two runs that say the same as their one condition: no difference.
    const split = [
      { ...base, lastYear: 2027 },
      { ...base, firstYear: 2028, lastYear: 2028 },
    ];
    expect(diffCopies(view(split), view([base]))).toEqual([]);
    const training = { ...base, kind: 'training' as const, sendingHeiId: THEM, receivingHeiId: US, eqfLevels: [] };
    const diff = diffCopies(view([base], 'UW-7'), view([{ ...base, lastYear: 2027 }, training], 'UW-8'));
    expect(diff.map((d) => [d.change, d.field, d.condition?.year ?? null])).toEqual([
      ['changed', 'partnerCode', null],
      ['removed', 'condition', 2028],
      ['added', 'condition', 2026],
      ['added', 'condition', 2027],
      ['added', 'condition', 2028],
    ]);
  });

  it('reads back the file we write: our export and its reading compare equal', () => {
    fc.assert(
      fc.property(fc.array(condition, { maxLength: 8 }), (raw) => {
        const conditions = raw.map(build);
        const { xml } = writeIiaXml({
          ours: { heiId: US, iiaId: '7', iiaCode: 'M-1', signer: null },
          partner: { heiId: THEM, iiaId: null, iiaCode: 'UW-8', signer: null },
          inEffect: true,
          conditions,
        });
        const [read] = readIias(xml);
        // Language skills without a CEFR level are written as they are; "und" (not yet defined) is not read.
        expect(diffCopies(view(conditions, 'UW-8'), view(read?.conditions ?? [], read?.partners[1]?.iiaCode))).toEqual(
          [],
        );
      }),
      { numRuns: 100 },
    );
  });
});
