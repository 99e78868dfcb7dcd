import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerPage } from '#shared/schemas/partners.js';
import { makePartner, uniqueTag } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** What staff type to find a partner (issue 23): variants, spaces, short forms, typos; closest first. */
describe.each(DIALECTS)('partner search (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
  });
  afterAll(() => t.close());

  const search = async (q: string): Promise<PartnerPage> =>
    (await oia.get(`/api/v1/partners?pageSize=50&q=${encodeURIComponent(q)}`)).json();
  const ids = async (q: string) => (await search(q)).items.map((p) => p.id);

  it('finds 台 by 臺, a name typed with spaces, and an alias or former name, punctuation ignored', async () => {
    const tag = uniqueTag('s');
    const delft = await makePartner(oia, {
      nameEn: `Delft ${tag} University of Technology`,
      nameZh: `台夫特${tag}理工大學`,
      aliases: [`TU Delft ${tag}`],
    });
    const kyushu = await makePartner(oia, { nameEn: `Kyushu ${tag} Institute`, nameZh: `九州${tag}工業大學` });
    expect(await ids(`臺夫特${tag}`)).toEqual([delft.id]);
    expect(await ids(`九州${tag} 工業`)).toEqual([kyushu.id]);
    expect(await ids(`TU Delft ${tag}`)).toEqual([delft.id]);
    expect(await ids(`tu-delft-${tag}`)).toEqual([delft.id]);
    expect(await ids(`ＴＵ　Ｄｅｌｆｔ ${tag}`)).toEqual([delft.id]); // full-width letters and space
    expect((await oia.get(`/api/v1/partners/${delft.id}`)).json().aliases).toEqual([`TU Delft ${tag}`]);
    // Names are keys apart: a query never matches across the end of one name and the start of the next.
    // (Nothing contains it, so what comes back is only the "closest names" offer.)
    expect((await search(`technology台夫特${tag}`)).approximate).toBe(true);
  });

  it('puts a name that is the query first, then names that start with it, then names that contain it', async () => {
    const tag = uniqueTag('rank');
    const contains = await makePartner(oia, { nameEn: `Aardvark ${tag}`, nameZh: null });
    const starts = await makePartner(oia, { nameEn: `${tag} Zoological College`, nameZh: null });
    const exact = await makePartner(oia, { nameEn: `Zz Other`, nameZh: null, aliases: [tag] });
    expect(await ids(tag)).toEqual([exact.id, starts.id, contains.id]);
  });

  it('pages a search by cursor across the closeness tiers, in either order, as one long page gives them', async () => {
    // The list reads the earlier tiers and the last one as two queries (lib/keyset.ts tieredRows): a page may
    // end inside a tier or on its edge, and a cursor may point into either part.
    const tag = uniqueTag('tier');
    const made: number[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await makePartner(oia, { nameEn: `Zz Exact ${i}`, nameZh: null, aliases: [tag] })).id);
      made.push((await makePartner(oia, { nameEn: `${tag} Starts ${i}`, nameZh: null })).id);
      made.push((await makePartner(oia, { nameEn: `Contains ${i} ${tag}`, nameZh: `包含${i}${tag}` })).id);
    }
    made.push((await makePartner(oia, { nameEn: `Contains 1 ${tag}`, nameZh: `包含1${tag}` })).id); // a tie on the name
    for (const order of ['asc', 'desc'])
      for (const locale of ['zh-TW', 'en']) {
        const base = `/api/v1/partners?q=${tag}&sort=name&order=${order}`;
        const whole: PartnerPage = (await oia.get(`${base}&pageSize=50`, { locale })).json();
        expect(whole.items.map((p) => p.id).sort()).toEqual([...made].sort());
        for (const size of [2, 3, 4]) {
          const walked: number[] = [];
          let cursor: string | null = null;
          for (let guard = 0; guard < 20; guard++) {
            const url: string = `${base}&pageSize=${size}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
            const page: PartnerPage = (await oia.get(url, { locale })).json();
            walked.push(...page.items.map((p) => p.id));
            cursor = page.nextCursor ?? null;
            if (!cursor) break;
          }
          expect(walked, `${order} ${locale} by ${size}`).toEqual(whole.items.map((p) => p.id));
          // By page number the pages are read at an offset, in one query: the same order.
          const numbered: number[] = [];
          for (let page = 1; numbered.length < walked.length; page++) {
            const res: PartnerPage = (await oia.get(`${base}&pageSize=${size}&page=${page}`, { locale })).json();
            if (!res.items.length) break;
            numbered.push(...res.items.map((p) => p.id));
          }
          expect(numbered, `${order} ${locale} by page number, ${size}`).toEqual(walked);
        }
      }
  });

  it('offers the closest names when nothing contains a misspelt query, and says so', async () => {
    const tag = uniqueTag('typo');
    const kyushu = await makePartner(oia, { nameEn: `Kyushu ${tag} Institute of Technology`, nameZh: null });
    const page = await search(`Kyushu ${tag} Institue`);
    expect(page.approximate).toBe(true);
    expect(page.items[0]?.id).toBe(kyushu.id);
    // An exact hit is never "approximate", and gibberish finds nothing rather than anything.
    expect((await search(`Kyushu ${tag} Institute`)).approximate).toBeUndefined();
    expect((await search('qqqqzzzzwwww')).items).toEqual([]);
  });
});
