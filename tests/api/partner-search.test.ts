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
