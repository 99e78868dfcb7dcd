import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_SORTS } from '#shared/enums.js';
import { PEOPLE_SORTS } from '#shared/schemas/people.js';
import { makePerson } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

// Every list converted to keyset paging (ADR 0035), walked by cursor in every sort, direction and
// language: each row once, in the same order as the page numbers give, as many as the exact total.

type Page = { items: { id: number }[]; total: number; totalExact: boolean; nextCursor: string | null };

async function walkByCursor(client: Client, path: string, locale: string): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const url: string = `${path}&pageSize=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await client.get(url, { locale });
    expect(res.statusCode, url).toBe(200);
    const page: Page = res.json();
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error(`${path}: the cursor walk did not end`);
}

async function walkByNumber(client: Client, path: string, locale: string): Promise<{ ids: number[]; total: number }> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const body: Page = (await client.get(`${path}&pageSize=7&page=${page}&count=exact`, { locale })).json();
    expect(body.totalExact).toBe(true);
    ids.push(...body.items.map((i) => i.id));
    if (body.items.length < 7) return { ids, total: body.total };
  }
}

async function expectWalksAgree(client: Client, path: string, locale: string, atLeast: number) {
  const [walked, numbered] = await Promise.all([
    walkByCursor(client, path, locale),
    walkByNumber(client, path, locale),
  ]);
  expect(new Set(walked).size, path).toBe(walked.length);
  expect(walked, `${path} (${locale})`).toEqual(numbered.ids);
  expect(walked.length).toBe(numbered.total);
  expect(walked.length).toBeGreaterThanOrEqual(atLeast);
}

/** Every sort in both directions; both languages only where the sort reads a name. */
const combos = <S extends string>(sorts: readonly S[]) =>
  sorts.flatMap((sort) =>
    (['asc', 'desc'] as const).flatMap((order) =>
      (sort === 'title' || sort === 'name' ? ['zh-TW', 'en'] : ['zh-TW']).map((locale) => ({ sort, order, locale })),
    ),
  );

describe.each(DIALECTS)('keyset-paged lists (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let admin: Client;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    admin = await t.login(DEMO.admin);
    // Ties: agreements without an end date or code, people with the same name, in both languages.
    for (let i = 0; i < 3; i++) {
      await makePerson(oia, { nameZh: '同名', nameEn: 'Same Name' });
      await makePerson(oia, { nameZh: null, nameEn: 'Only English' });
    }
  });
  afterAll(() => t.close());

  it('agreements: every sort and direction, archived included', async () => {
    for (const { sort, order, locale } of combos(AGREEMENT_SORTS))
      await expectWalksAgree(oia, `/api/v1/agreements?archived=include&sort=${sort}&order=${order}`, locale, 10);
  });

  it('people: every sort and direction', async () => {
    for (const { sort, order, locale } of combos(PEOPLE_SORTS))
      await expectWalksAgree(oia, `/api/v1/people?sort=${sort}&order=${order}`, locale, 10);
  });

  it('the audit log, newest and oldest first', async () => {
    for (const order of ['desc', 'asc']) await expectWalksAgree(admin, `/api/v1/audit?order=${order}`, 'en', 10);
  });

  it('refuses a cursor of another list or sort', async () => {
    const first: Page = (await oia.get('/api/v1/agreements?sort=end_date&pageSize=2')).json();
    expect(first.nextCursor).not.toBeNull();
    const other = encodeURIComponent(first.nextCursor as string);
    expect((await oia.get(`/api/v1/people?sort=name&cursor=${other}`)).statusCode).toBe(400);
    expect((await oia.get(`/api/v1/agreements?cursor=k1.bm9wZQ`)).statusCode).toBe(400);
  });
});
