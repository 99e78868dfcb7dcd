import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The API tests make the records they count (tests/factories.ts); only tests/api/demo-seed.test.ts reads the
 * demo's records, deriving its expectations from the demo's data files. A literal of 10 or more asserted as a
 * list's total, a collection's size or a count is almost always the demo's volume creeping back in: this scan
 * finds the usual forms (`.total).toBe(222)`, `toHaveLength(100)`, `.size).toBe(31)`, `{ total: 222 }`,
 * `{ count: 54 }`). Amounts written with separators (`1_200_000`) are money, not counts, and are left alone.
 * It cannot see every form — a count held in a variable first, say — so it is a tripwire, not a proof.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const API_TESTS = path.join(ROOT, 'tests/api');
const EXEMPT = new Set(['demo-seed.test.ts']);

const N = String.raw`(?:[1-9]\d+)(?![\d_])`;
const VOLUME = [
  new RegExp(
    String.raw`\.(?:total|count)\)(?:\.not)?\.(?:toBe|toEqual|toBeGreaterThan|toBeGreaterThanOrEqual)\(${N}\)`,
  ),
  new RegExp(String.raw`\.(?:total|count),[^)]*\)\.(?:toBe|toEqual|toBeGreaterThan|toBeGreaterThanOrEqual)\(${N}\)`),
  new RegExp(String.raw`toHaveLength\(${N}\)`),
  new RegExp(String.raw`new Set\(.*\)\.size\)\.(?:toBe|toEqual)\(${N}\)`),
  new RegExp(String.raw`(?<![\w.])(?:total|count): ${N}`),
];

/** The lines of a test source that assert a literal volume, as `file:line: text`. */
function volumeAssertions(file: string, source: string): string[] {
  return (
    source
      .split('\n')
      // A line that says why its number is no count (`// not a volume: …`, e.g. an EWP condition's months) is left alone.
      .flatMap((line, i) =>
        VOLUME.some((re) => re.test(line)) && !line.includes('// not a volume:')
          ? [`${file}:${i + 1}: ${line.trim()}`]
          : [],
      )
  );
}

describe('no API test depends on how much demo data exists', () => {
  it('catches the forms it looks for (planted lines)', () => {
    const planted = [
      'expect(page1.total).toBe(222);',
      'expect(page1.items).toHaveLength(100);',
      'expect(new Set(all.map((p) => p.id)).size).toBe(222);',
      'expect(stats).toMatchObject({ total: 222, countries: 31 });',
      "expect(stats.byCountry[0]).toEqual({ country: 'JP', count: 54 });",
      'expect(jp.total).toBeGreaterThan(40);',
      'expect(list.total, q).toBeGreaterThan(30);',
    ];
    for (const line of planted) expect(volumeAssertions('planted', line), line).toHaveLength(1);
    const fine = [
      'expect(page.total).toBe(5);',
      'expect(s.total).toBe(before.total + 3);',
      'expect(y).toMatchObject({ total: 1_200_000, balance: 1_200_000 });',
      'expect(res).toMatchObject({ totalRows: 900, counts: { create: 900 } });',
      'expect(res.statusCode).toBe(200);',
    ];
    for (const line of fine) expect(volumeAssertions('fine', line), line).toEqual([]);
  });

  it('finds none in tests/api outside the demo-seed test', () => {
    const found = fs
      .readdirSync(API_TESTS)
      .filter((f) => f.endsWith('.ts') && !EXEMPT.has(f))
      .flatMap((f) => volumeAssertions(`tests/api/${f}`, fs.readFileSync(path.join(API_TESTS, f), 'utf8')));
    expect(found, 'make the records the test counts (tests/factories.ts) and assert on those').toEqual([]);
  });
});
