import { type Messages, messagesOf, type PartnerRow } from './import.check.js';
import type { ExistingPartner } from './import.repository.js';

/**
 * How an agreement row names its partners: a partner code, or an English name with the country code
 * ("Kyoto University (JP)", "Kyoto University | JP"), or an English name alone when only one partner
 * has it. Rows of the file's Partners sheet come first, so an agreement may name a partner imported
 * with it; then the registry.
 */
type Lookup<T> = { byCode: Map<string, T>; byName: Map<string, T>; byBareName: Map<string, T[]> };
export type PartnerIndex = { file: Lookup<PartnerRow>; db: Lookup<ExistingPartner> };

const NAME_WITH_COUNTRY = /^(.+?)\s*(?:\(\s*([A-Za-z]{2})\s*\)|[|,，]\s*([A-Za-z]{2}))$/;

function lookupOf<T>(items: T[], key: (t: T) => { code: string | null; name: string | null; country: string | null }) {
  const out: Lookup<T> = { byCode: new Map(), byName: new Map(), byBareName: new Map() };
  for (const item of items) {
    const { code, name, country } = key(item);
    if (code && !out.byCode.has(code)) out.byCode.set(code, item);
    if (!name) continue;
    if (country && !out.byName.has(`${name}|${country}`)) out.byName.set(`${name}|${country}`, item);
    const same = out.byBareName.get(name) ?? [];
    same.push(item);
    out.byBareName.set(name, same);
  }
  return out;
}

export function partnerIndex(existing: ExistingPartner[], rows: PartnerRow[]): PartnerIndex {
  return {
    file: lookupOf(rows, (r) => r.ref),
    db: lookupOf(existing, (p) => ({ code: p.code, name: p.name_en.toLowerCase(), country: p.country })),
  };
}

export type FoundPartner = { existing: ExistingPartner } | { fileRow: PartnerRow } | { problem: Messages };

export function findPartnerRef(index: PartnerIndex, text: string): FoundPartner {
  const found = (file?: PartnerRow, existing?: ExistingPartner): FoundPartner | undefined =>
    file ? { fileRow: file } : existing ? { existing } : undefined;
  const byCode = found(index.file.byCode.get(text), index.db.byCode.get(text));
  if (byCode) return byCode;
  const m = text.match(NAME_WITH_COUNTRY);
  if (m) {
    const key = `${(m[1] ?? '').toLowerCase()}|${(m[2] ?? m[3] ?? '').toUpperCase()}`;
    const byName = found(index.file.byName.get(key), index.db.byName.get(key));
    if (byName) return byName;
  }
  const name = text.toLowerCase();
  const inFile = index.file.byBareName.get(name) ?? [];
  const inDb = index.db.byBareName.get(name) ?? [];
  const candidates = inFile.length ? inFile : inDb;
  if (candidates.length > 1)
    return { problem: messagesOf('imports.rowErrors.ambiguousPartner', () => ({ value: text })) };
  return (
    found(inFile[0], inDb[0]) ?? { problem: messagesOf('imports.rowErrors.unknownPartner', () => ({ value: text })) }
  );
}
