import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './import-graph.js';

/**
 * The academic year, semesters, ROC years and day counting live in src/shared/calendar.ts only (issue 13):
 * a copy elsewhere drifts (the browser's own time zone, a different first month). This scans src/ for
 * the arithmetic that betrays a copy; the calendar module is the one file allowed to do it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const HOME = 'src/shared/calendar.ts';

const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'the ROC year offset (1911/1912)', re: /\b19(?:11|12)\b/ },
  { name: 'a month test on a Date (getMonth() >= 7)', re: /get(?:UTC)?Month\(\)\s*[<>]=?/ },
  { name: 'a month test on a date string', re: /slice\(5,\s*7\)\)?\s*[<>]=?/ },
  { name: 'a month number compared with July/August', re: /\b(?:m|mo|month)\s*[<>]=?\s*[78]\b/ },
  {
    name: 'an academic-year or semester edge built from a year (a template ending in -08-01)',
    re: /\}-(?:08-01|07-31|02-01|01-31|09-01|06-30)[`'"]/,
  },
  { name: 'an inclusive day count by hand ((b − a) / 86 400 000 + 1)', re: /86_?400_?000\)\s*\+\s*1\b/ },
];

/** The patterns a text matches, as "line: pattern" (empty when it leaves the calendar alone). */
function offences(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const p of PATTERNS) if (p.re.test(line)) out.push(`${i + 1}: ${p.name}`);
  });
  return out;
}

/** Lines of source as written, `#{` standing for a template placeholder (a string literal may not hold one). */
const DOLLAR = '$';
const source = (lines: string[]) => lines.map((l) => l.replaceAll('#{', `${DOLLAR}{`));

describe('the calendar has one home', () => {
  it('no file in src/ but src/shared/calendar.ts computes an academic year, a semester or an ROC year', () => {
    const found = sourceFiles(ROOT, 'src')
      .filter((f) => f !== HOME)
      .flatMap((f) => offences(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((o) => `${f}:${o}`));
    expect(found, `use #shared/calendar instead:\n${found.join('\n')}`).toEqual([]);
  });

  it('catches each kind of copy planted in a file', () => {
    const planted = source([
      'const roc = year - 1911;',
      "t('label', { roc: y - 1911 })",
      'return now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;',
      'const ay = Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 8 ? 1 : 0);',
      'return m >= 8 ? y : y - 1;',
      'const range = [`#{year}-08-01`, `#{year + 1}-07-31`];',
      "if (term === 'spring') return { start: `#{y + 1}-02-01`, end: `#{y + 1}-06-30` };",
      'return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;',
    ]);
    for (const line of planted) expect(offences(`// ok\n${line}\n`), line).toHaveLength(1);
    const file = `import x from 'y';\n${planted.join('\n')}\n`;
    expect(offences(file).map((o) => o.split(':')[0])).toEqual(planted.map((_, i) => String(i + 2)));
  });

  it('leaves dates that are data, other days of the year and the calendar module alone', () => {
    const harmless = source([
      "from: '2026-08-01', to: '2027-01-31',",
      'return `#{year}-03-15`;',
      'const range = { from: `#{year}-01-01`, to: `#{year}-12-31` };',
      'const last = addDays(academicYearStart(year + 1), -1);',
      "description_zh: '115 學年度第 2 學期',",
      'const mm = d.getMonth() + 1;',
    ]);
    for (const line of harmless) expect(offences(line), line).toEqual([]);
  });
});
