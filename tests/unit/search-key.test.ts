import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey, searchText, similarity } from '#shared/search-key.js';

describe('search keys', () => {
  it('fold variants, width, case, spaces and punctuation', () => {
    expect(searchKey('臺夫特')).toBe(searchKey('台夫特'));
    expect(searchKey('九州 工業')).toBe('九州工業');
    expect(searchKey('ＴＵ　Ｄｅｌｆｔ')).toBe('tudelft');
    expect(searchKey('TU-Delft')).toBe('tudelft');
    expect(searchKey('Universität München')).toBe('universitatmunchen');
    expect(searchKey('國立臺灣大學')).toBe(searchKey('国立台湾大学').replace('湾', '灣'));
  });

  it('is idempotent, and a key of a longer text contains the key of any of its substrings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(searchKey(searchKey(s))).toBe(searchKey(s));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('臺', '台', 'a', 'B', ' ', '-', '大', '學', 'ü', 'Ｔ'), { maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (chars, i, j) => {
          const text = chars.join('');
          const [from, to] = [Math.min(i, j) % (text.length + 1), Math.max(i, j) % (text.length + 1)];
          expect(searchKey(text)).toContain(searchKey(text.slice(from, Math.max(from, to))));
        },
      ),
    );
  });

  it('joins names with a separator no key contains', () => {
    expect(searchText(['Delft University', null, '台夫特', ''])).toBe('delftuniversity|台夫特');
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(searchKey(s)).not.toContain('|');
      }),
    );
  });

  it('rates a one-letter typo as close and an unrelated name as far', () => {
    const text = searchText(['Kyushu Institute of Technology', '九州工業大學']);
    expect(similarity(searchKey('Kyushu Institue'), text)).toBeGreaterThan(0.6);
    expect(similarity(searchKey('Sorbonne'), text)).toBeLessThan(0.2);
  });
});
