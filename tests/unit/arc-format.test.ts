import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARC_OLD_FORMAT_UNTIL, arcFormat } from '#shared/mobility.js';

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const day = fc
  .date({ min: new Date('2021-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** The 2021 residence-permit (UI) number: one letter, 8 (male) or 9 (female), eight digits. */
const newFormat = fc.tuple(letter, fc.constantFrom('8', '9'), digits(8)).map(([l, g, d]) => `${l}${g}${d}`);

describe('arcFormat (residence-permit numbers)', () => {
  it('accepts every generated 2021-format number on any day, in any letter case and padding', () => {
    fc.assert(
      fc.property(newFormat, day, fc.boolean(), (arc, today, lower) => {
        const typed = lower ? ` ${arc.toLowerCase()} ` : arc;
        expect(arcFormat(typed, today)).toBe('new');
      }),
    );
  });

  it('refuses a second digit other than 8 or 9', () => {
    const wrong = fc
      .tuple(letter, fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7'), digits(8))
      .map(([l, g, d]) => `${l}${g}${d}`);
    fc.assert(
      fc.property(wrong, day, (arc, today) => {
        expect(arcFormat(arc, today)).toBeNull();
      }),
    );
  });

  it('refuses a wrong length or a non-letter first character', () => {
    const tooShort = fc.tuple(newFormat, fc.integer({ min: 1, max: 9 })).map(([arc, cut]) => arc.slice(0, 10 - cut));
    const tooLong = fc.tuple(newFormat, digits(1)).map(([arc, d]) => arc + d);
    const digitFirst = fc.tuple(digits(1), newFormat).map(([d, arc]) => d + arc.slice(1));
    fc.assert(
      fc.property(fc.oneof(tooShort, tooLong, digitFirst), day, (arc, today) => {
        expect(arcFormat(arc, today)).toBeNull();
      }),
    );
  });

  it('accepts the old two-letter format until it is retired, and not after', () => {
    const old = fc.tuple(letter, fc.constantFrom('A', 'B', 'C', 'D'), digits(8)).map(([l, g, d]) => `${l}${g}${d}`);
    fc.assert(
      fc.property(old, day, (arc, today) => {
        expect(arcFormat(arc, today)).toBe(today <= ARC_OLD_FORMAT_UNTIL ? 'old' : null);
      }),
    );
    expect(arcFormat('FC12345678', ARC_OLD_FORMAT_UNTIL)).toBe('old');
    expect(arcFormat('FC12345678', '2031-01-01')).toBeNull();
  });
});
