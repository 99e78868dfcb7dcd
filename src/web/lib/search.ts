/** Helpers to read URL search params (TanStack Router parses `?page=2` as a number, `?q=123` too). */
export type RawSearch = Record<string, unknown>;

export function text(raw: RawSearch, key: string, max = 100): string | undefined {
  const v = raw[key];
  if (typeof v === 'string') return v.trim() ? v.slice(0, max) : undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function oneOf<T extends string>(raw: RawSearch, key: string, allowed: readonly T[]): T | undefined {
  const v = raw[key];
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

export function positiveInt(raw: RawSearch, key: string): number | undefined {
  const n = Number(raw[key]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Where a keyset-paged list is (ADR 0035): the cursor the server gave for this page, and whether the
 * exact total was asked for. Both go back to their defaults when a filter changes (useUrlSearch).
 */
export type KeysetSearch = { cursor?: string; count?: 'exact' };

export function keysetSearch(raw: RawSearch): KeysetSearch {
  return { cursor: text(raw, 'cursor', 2000), count: oneOf(raw, 'count', ['exact'] as const) };
}

/** Drops undefined/empty values so the URL stays clean. */
export function compact<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined && v !== '' && v !== null)) as T;
}

/** Whether a list shows archived records: hidden by default (the default stays out of the URL). */
export const ARCHIVED_CHOICES = ['exclude', 'only', 'include'] as const;
export type ArchivedChoice = (typeof ARCHIVED_CHOICES)[number];
