import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountsZhTW } from '#shared/i18n/accounts.zh-TW.js';
import { allCatalogs as catalogs } from '#shared/i18n/all.js';
import { GLOSSARY, HALF_WIDTH_AFTER_CJK } from '#shared/i18n/glossary.js';
import { serverZhTW } from '#shared/i18n/server.zh-TW.js';
import { ssoZhTW } from '#shared/i18n/sso.zh-TW.js';

/**
 * Catalog check: both languages have exactly the same keys, none empty; every key the code uses
 * exists; every key in the catalogs is used somewhere.
 *
 * Keys are "used" when their full dotted name appears as a string literal in src/. Enum labels are
 * looked up with a computed key (`roles.${role}`, `agreementKinds.${kind}`), so a key also counts as
 * used when one of its parent paths is referenced that way and its last segment appears as a string
 * literal (the enum value, e.g. in src/shared/enums.ts).
 */
function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p.includes(`${path.sep}i18n`) && p.includes('shared') ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const zh = flatten(catalogs['zh-TW']);
const en = flatten(catalogs.en);
const files = sourceFiles(path.resolve('src'));
const source = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const literals = new Set([...source.matchAll(/['"`]([^'"`\n$]+)['"`]/g)].map((m) => m[1] as string));

describe('i18n catalogs', () => {
  it('have the same keys in zh-TW and en', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('have no empty strings, and English entries contain no Chinese characters', () => {
    expect([...zh].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...en].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...en].filter(([, v]) => /[\u4e00-\u9fff]/.test(v)).map(([k]) => k)).toEqual([]);
  });

  it('contain every key the code looks up literally', () => {
    const calls = [...source.matchAll(/\b(?:t|translate\(\s*[\w.]+\s*,)\(?\s*['"]([a-zA-Z]+(?:\.[\w-]+)+)['"]/g)].map(
      (m) => m[1] as string,
    );
    expect(calls.length).toBeGreaterThan(5);
    expect([...new Set(calls)].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('contain no unused key', () => {
    const unused = [...zh.keys()].filter((key) => {
      if (literals.has(key)) return false;
      const parts = key.split('.');
      const leaf = parts.at(-1) as string;
      const parents = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
      return !(literals.has(leaf) && parents.some((p) => source.includes(`${p}.\${`)));
    });
    expect(unused).toEqual([]);
  });

  it('keeps out of the server-only catalogs every key the browser looks up literally', () => {
    // server.*.ts and accounts.*.ts are not sent to the browser (first-page budget): a key the web code
    // names must live in the shell's catalogs or in a feature part loaded with its page.
    const serverOnly = new Set([
      ...flatten(serverZhTW).keys(),
      ...flatten(accountsZhTW).keys(),
      ...flatten(ssoZhTW).keys(),
    ]);
    const web = sourceFiles(path.resolve('src/web'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const keys = [...web.matchAll(/\bt\(\s*['"]([a-zA-Z]+(?:\.[\w-]+)+)['"]/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(100);
    expect(serverOnly.has('validation.duplicate_code')).toBe(true);
    expect([...new Set(keys)].filter((k) => serverOnly.has(k))).toEqual([]);
  });

  describe('Traditional Chinese wording', () => {
    // Every zh-TW string the product writes: the web's catalogs and what only the server writes (mail, audit).
    const everyZh = new Map([...zh, ...flatten(serverZhTW), ...flatten(accountsZhTW), ...flatten(ssoZhTW)]);

    it('uses one term per concept (src/shared/i18n/glossary.ts)', () => {
      const offending: string[] = [];
      for (const entry of GLOSSARY)
        for (const [key, text] of everyZh) {
          const rest = (entry.except ?? []).reduce((s, allowed) => s.replaceAll(allowed, ''), text);
          for (const word of entry.avoid) if (rest.includes(word)) offending.push(`${key}: ${word} → ${entry.use}`);
        }
      expect(offending).toEqual([]);
    });

    it('puts full-width punctuation after Chinese text (the Ministry’s template words excepted)', () => {
      const halfWidth = [...everyZh]
        .filter(([key, text]) => !key.startsWith('ministry.') && HALF_WIDTH_AFTER_CJK.test(text))
        .map(([key, text]) => `${key}: ${text}`);
      expect(halfWidth).toEqual([]);
    });

    it('would catch a violation (the checks are not vacuous)', () => {
      expect(HALF_WIDTH_AFTER_CJK.test('截止時間:')).toBe(true);
      expect(HALF_WIDTH_AFTER_CJK.test('截止時間：')).toBe(false);
      expect(GLOSSARY.some((g) => g.avoid.includes('姊妹校'))).toBe(true);
    });
  });
});
