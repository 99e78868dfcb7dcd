import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KeyReach, keyMatches, keyReach } from '#server/lib/key-search.js';
import { findPartners } from '#server/modules/partners/partner.repository.js';
import { searchKey } from '#shared/search-key.js';
import { makePartner, makePerson, uniqueTag } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * Indexed search (issue 24, docs/decisions/0036): the same query set returns, on each database, exactly
 * the rows whose key contains the query's key (the rule of ADR 0028, computed here in JS as the oracle),
 * in the same order on SQLite (FTS5 trigram + bigram tables) and PostgreSQL (pg_trgm + key_grams), and
 * the indexes follow renames.
 */
const seen = new Map<string, string[][]>();

describe.each(DIALECTS)('indexed search keys (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  const tag = uniqueTag('ks');
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  /** Every query: long and short, Latin and CJK, variants, one character, spaces, nothing found. */
  const queries = () => [
    `臺夫特${tag}`,
    `台夫特${tag}`,
    `九州${tag}`,
    '九州',
    '臺',
    '大',
    '學院',
    'tu',
    'q',
    `TU Delft ${tag}`,
    `Kyushu ${tag}`,
    `${tag}`,
    'zzqqxxnotthere',
  ];

  async function partnersFound(q: string) {
    const res = await admin.get(`/api/v1/partners?pageSize=200&archived=include&q=${encodeURIComponent(q)}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: number; nameEn: string }[]; total: number; approximate?: boolean };
  }

  async function expectOracle(q: string) {
    const key = searchKey(q);
    const rows = await t.db.db.selectFrom('partners').select(['id', 'search_text']).execute();
    const expected = rows.filter((r) => r.search_text.includes(key)).map((r) => r.id);
    const page = await partnersFound(q);
    if (page.approximate) expect(expected, q).toEqual([]);
    else {
      expect(page.total, q).toBe(expected.length);
      if (expected.length <= 200) expect(page.items.map((p) => p.id).sort(), q).toEqual(expected.sort());
    }
    return page;
  }

  it('finds partners by long and short keys, CJK variants and one character, as LIKE would', async () => {
    await makePartner(admin, { nameEn: `Delft ${tag} University of Technology`, nameZh: `台夫特${tag}理工大學` });
    await makePartner(admin, { nameEn: `Kyushu ${tag} Institute`, nameZh: `九州${tag}工業大學` });
    await makePartner(admin, { nameEn: `Qu ${tag}`, nameZh: '九州學院', aliases: [`TU ${tag}`] });
    const names: string[][] = [];
    for (const q of queries()) {
      const page = await expectOracle(q);
      names.push(
        page.approximate
          ? []
          : page.items.filter((p) => p.nameEn.includes(tag)).map((p) => p.nameEn.replaceAll(tag, '*')),
      );
    }
    seen.set(dialect, names);
    expect(names[0]).toEqual(['Delft * University of Technology']);
    expect(names[1]).toEqual(names[0]);
    expect(names[3]).toContain('Qu *');
  });

  it('follows a rename: the old name is no longer found, the new one is, short and long', async () => {
    const p = await makePartner(admin, { nameEn: `Oldname ${tag}`, nameZh: `舊名${tag}大學` });
    expect((await expectOracle(`舊名${tag}`)).items.map((i) => i.id)).toEqual([p.id]);
    const res = await admin.put(`/api/v1/partners/${p.id}`, {
      nameEn: `Newname ${tag}`,
      nameZh: `新名${tag}大學`,
      country: 'DE',
      type: 'university',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await partnersFound(`舊名${tag}`)).approximate).toBe(true);
    expect((await expectOracle(`新名${tag}`)).items.map((i) => i.id)).toEqual([p.id]);
    await expectOracle('舊名');
    await expectOracle('新');
  });

  it('finds people by their names in either language and by number, through keys', async () => {
    const wang = await makePerson(admin, { nameZh: `王臺生${tag}`, nameEn: `Wang Tai ${tag}`, studentNo: `S${tag}` });
    const list = async (q: string) =>
      (await admin.get(`/api/v1/people?pageSize=200&q=${encodeURIComponent(q)}`))
        .json()
        .items.map((p: { id: number }) => p.id);
    expect(await list(`王台生${tag}`)).toEqual([wang.id]);
    expect(await list(`wang tai ${tag}`)).toEqual([wang.id]);
    expect(await list(`s${tag}`)).toEqual([wang.id]);
    expect(await list('王台')).toContain(wang.id);
    expect(await list('王')).toContain(wang.id);
  });
});

describe.each(DIALECTS)('a broad key is planned around, with the same rows (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
  });
  afterAll(() => t.close());

  it('plans a broad key around its list and a common one without it, and finds the same rows', async () => {
    const db = t.db.db;
    // 大學 is in most of the demo's partner names (common); 京都 in a few (broad when broad starts at 3); a
    // made-up key in none.
    const reaches = await Promise.all(['大學', '京都', 'zzqqxx'].map((q) => keyReach(db, 'partners', q, 3)));
    expect(reaches).toEqual(dialect === 'sqlite' ? ['common', 'broad', 'narrow'] : ['narrow', 'narrow', 'narrow']);
    for (const q of ['大學', '大', 'university', '京都', 'zzqqxx']) {
      const filter = { q, sort: 'name', order: 'asc', archived: 'exclude' } as const;
      const page = (keyReach: KeyReach) =>
        findPartners(db, { ...filter, keyReach }, { limit: 500 }, 'zh-TW').then((p) => p.rows.map((r) => r.id));
      const narrow = await page('narrow');
      expect(await page('broad'), q).toEqual(narrow);
      expect(await page('common'), q).toEqual(narrow);
    }
    if (dialect !== 'sqlite') return;
    // The plan: led by the key's rowids when narrow, by the name index when broad or common; only the
    // broad and narrow plans read the key's list (ADR 0036).
    const plan = async (keyReach: KeyReach) => {
      const query = db
        .selectFrom('partners')
        .select('id')
        .where(keyMatches(db, 'partners', '大學', keyReach))
        .where('partners.archived_at', 'is', null)
        .orderBy(sql`coalesce(partners.name_zh, partners.name_en)`)
        .limit(25)
        .compile();
      const rows = await db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      return rows.rows.map((r) => r.detail).join(' | ');
    };
    expect(await plan('narrow')).toContain('INTEGER PRIMARY KEY');
    expect(await plan('broad')).toMatch(/USING INDEX partners_live_name_zh_idx.*partners_key_bi/);
    const common = await plan('common');
    expect(common).toMatch(/USING INDEX partners_live_name_zh_idx/);
    expect(common).not.toContain('partners_key_bi');
  });
});

describe.runIf(DIALECTS.length > 1)('indexed search keys on both databases', () => {
  it('returned the same names in the same order for every query', () => {
    expect(seen.get('postgres')).toEqual(seen.get('sqlite'));
  });
});
