import { expect } from 'vitest';
import type { Client } from './app.js';

// Walks a keyset-paged list (ADR 0035) by cursor and by page number, for the keyset-lists tests.

export type Page = { items: { id: number }[]; total: number; totalExact: boolean; nextCursor: string | null };
export const SIZE = 3;
export const ORDERS = ['asc', 'desc'] as const;

export async function walkByCursor(client: Client, path: string, locale = 'zh-TW'): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 2000; guard++) {
    const url: string = `${path}&pageSize=${SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await client.get(url, { locale });
    expect(res.statusCode, url).toBe(200);
    const page: Page = res.json();
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error(`${path}: the cursor walk did not end`);
}

export async function walkByNumber(
  client: Client,
  path: string,
  locale = 'zh-TW',
): Promise<{ ids: number[]; total: number }> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const body: Page = (await client.get(`${path}&pageSize=${SIZE}&page=${page}&count=exact`, { locale })).json();
    expect(body.totalExact).toBe(true);
    ids.push(...body.items.map((i) => i.id));
    if (body.items.length < SIZE) return { ids, total: body.total };
  }
}

/** Both walks agree, cover the exact total, and span more than one page. */
export async function expectWalksAgree(client: Client, path: string, locale = 'zh-TW') {
  const walked = await walkByCursor(client, path, locale);
  const numbered = await walkByNumber(client, path, locale);
  expect(new Set(walked).size, path).toBe(walked.length);
  expect(walked, path).toEqual(numbered.ids);
  expect(walked.length, path).toBe(numbered.total);
  expect(walked.length, `${path}: more than one page`).toBeGreaterThan(SIZE);
}
