/**
 * Search keys: what a name is reduced to so that the ways people type it still find it (issue 23).
 * - Variant characters are one: 臺/台, 峯/峰, 眞/真… (a user types 「臺夫特」 for 台夫特理工大學).
 * - Width, case, spaces and punctuation do not count: 「九州 工業」 finds 九州工業大學, "tu-delft" finds "TU Delft".
 * Stored keys and typed queries go through the same function, so the rule is written once for both sides.
 */

/** Variant → the one form keys use (臺 and 台 are both correct in Taiwan; simplified forms a visitor may type). */
const VARIANTS: Record<string, string> = {
  臺: '台',
  峯: '峰',
  眞: '真',
  衞: '衛',
  裏: '裡',
  綫: '線',
  羣: '群',
  敎: '教',
  爲: '為',
  淸: '清',
  靑: '青',
  鷄: '雞',
  啓: '啟',
  册: '冊',
  廐: '廄',
  着: '著',
  竝: '並',
  缐: '線',
  硏: '研',
  屛: '屏',
  卽: '即',
  囯: '國',
  国: '國',
  学: '學',
};

const VARIANT_RE = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'gu');
/** Anything that is not a letter or a digit in any script: spaces, punctuation, symbols, marks. */
const NOT_WORD_RE = /[^\p{L}\p{N}]+/gu;
/** Latin diacritics: "Universität" is found by "universitat". */
const MARKS_RE = /\p{M}+/gu;

/** The search key of one text: NFKC (full-width → half-width), lower case, variants folded, no spaces. */
export function searchKey(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(VARIANT_RE, (c) => VARIANTS[c] ?? c)
    .replace(NOT_WORD_RE, '');
}

/** Keys of a record's names, joined by a separator no key contains (a query never matches across two names). */
export function searchText(parts: readonly (string | null | undefined)[]): string {
  return parts.map(searchKey).filter(Boolean).join('|').slice(0, 2000);
}

/** Character trigrams of a key (with its edges), for the typo-tolerant fallback. */
function trigrams(key: string): Set<string> {
  const padded = `  ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/**
 * How alike a query is to the closest of a record's keys (0…1, trigram Dice coefficient): used only when
 * nothing contains the query, to offer "Kyushu Institue" → Kyushu Institute of Technology.
 */
export function similarity(queryKey: string, text: string): number {
  if (!queryKey) return 0;
  const q = trigrams(queryKey);
  let best = 0;
  for (const key of text.split('|')) {
    if (!key) continue;
    // Compare with the part of the name as long as the query (a query is usually the start of a name).
    for (const candidate of new Set([key, key.slice(0, queryKey.length + 2)])) {
      const c = trigrams(candidate);
      let shared = 0;
      for (const g of q) if (c.has(g)) shared++;
      best = Math.max(best, (2 * shared) / (q.size + c.size));
    }
  }
  return best;
}
