import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IiaCondition, writeIiaXml } from '#server/modules/ewp/iia-xml.js';
import type { Client } from '#tests/setup/app.js';
import { DIALECTS } from '#tests/setup/app.js';
import { activeAgreement, agreementWorld, type World } from './agreement-fixtures.js';

const US = 'meridian.edu.tw';
const THEM = 'uw.edu.pl';

/** The partner's copy: their side first, as EWP files are written by whoever sends them. */
function theirFile(o: { ourIiaId: string | null; theirCode?: string | null; conditions: IiaCondition[] }) {
  return writeIiaXml({
    ours: { heiId: THEM, iiaId: 'UW-IIA-9', iiaCode: o.theirCode ?? null, signer: null },
    partner: { heiId: US, iiaId: o.ourIiaId, iiaCode: null, signer: null },
    inEffect: true,
    conditions: o.conditions,
  }).xml;
}
const study = (o: Partial<IiaCondition> = {}): IiaCondition => ({
  kind: 'study',
  sendingHeiId: US,
  receivingHeiId: THEM,
  firstYear: 2026,
  lastYear: 2026,
  mobilitiesPerYear: 2,
  languages: [{ language: 'en', cefr: 'B2' }],
  isced: ['0714'],
  total: 10, // not a volume: an EWP condition's months (or days) in total
  eqfLevels: [6],
  ...o,
});

function multipart(xml: string, agreementId?: number) {
  const boundary = `----ewp${randomBytes(8).toString('hex')}`;
  const field =
    agreementId === undefined
      ? ''
      : `--${boundary}\r\nContent-Disposition: form-data; name="agreementId"\r\n\r\n${agreementId}\r\n`;
  const file = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="iia.xml"\r\nContent-Type: application/xml\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(field + file), Buffer.from(xml), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.each(DIALECTS)("a partner's EWP copy (%s)", (dialect) => {
  let w: World;
  let agreement: { id: number };
  const upload = (client: Client, xml: string, o: { agreementId?: number; locale?: string } = {}) => {
    const { payload, contentType } = multipart(xml, o.agreementId);
    return w.t.app.inject({
      method: 'POST',
      url: '/api/v1/ewp/iia-copies',
      headers: {
        cookie: client.cookie as string,
        'x-csrf-token': client.csrf as string,
        'content-type': contentType,
        'x-locale': o.locale ?? 'en',
      },
      payload,
    });
  };
  const status = async () => (await w.as.oia.get(`/api/v1/agreements/${agreement.id}/ewp`)).json();
  const resolve = async (differenceId: string, action: 'take' | 'keep') => {
    const s = await status();
    return w.as.oia.post(
      `/api/v1/agreements/${agreement.id}/ewp/resolve`,
      { differenceId, action, copyId: s.copy.id, ourHash: s.ourHash },
      { locale: 'en' },
    );
  };

  beforeAll(async () => {
    w = await agreementWorld(dialect);
    await w.t.db.db.updateTable('university_profile').set({ website: 'https://www.meridian.edu.tw/' }).execute();
    agreement = await activeAgreement(w);
    const a = (await w.as.oia.get(`/api/v1/agreements/${agreement.id}`)).json();
    await w.t.db.db.updateTable('partners').set({ schac: THEM }).where('id', '=', a.partners[0].id).execute();
    for (const year of [2026, 2027]) {
      const res = await w.as.oia.post(`/api/v1/agreements/${agreement.id}/places`, {
        academicYear: year,
        direction: 'outbound',
        level: 'bachelor',
        mobilityKind: 'study',
        places: 2,
        duration: 5,
        durationUnit: 'months',
        languages: [{ language: 'en', cefr: 'B2' }],
        isced: ['0714'],
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => w.t.close());

  it('refuses a file that breaks the official schema, naming the line, in both languages', async () => {
    const broken = theirFile({ ourIiaId: String(agreement.id), conditions: [study()] }).replace(
      '<blended>false</blended>',
      '',
    );
    const en = await upload(w.as.oia, broken);
    expect(en.statusCode).toBe(400);
    const problem = en.json().error.fields[0];
    expect(problem).toMatchObject({ path: 'file', code: 'ewp_xsd_invalid' });
    expect(problem.message).toMatch(/^Line \d+, <eqf-level>: not as the EWP schema requires/);
    const zh = await upload(w.as.oia, broken, { locale: 'zh-TW' });
    expect(zh.json().error.fields[0].message).toMatch(/^第 \d+ 行 <eqf-level>：不符合 EWP 規格/);
    const notXml = await upload(w.as.oia, '<iias-get-response><iia>');
    expect(notXml.json().error.fields[0].code).toBe('ewp_xml_malformed');
  });

  it('matches the copy by our iia-id, diffs it field by field and order-insensitively', async () => {
    // Same 2026 terms (conditions in another order), 3 instead of 2 in 2027, an inbound training year added.
    const training: IiaCondition = {
      ...study({ kind: 'training', sendingHeiId: THEM, receivingHeiId: US, eqfLevels: [], total: 5 }),
      mobilitiesPerYear: 1,
      languages: [],
      isced: [],
    };
    const xml = theirFile({
      ourIiaId: String(agreement.id),
      theirCode: 'UW-2026-7',
      conditions: [training, study({ firstYear: 2027, lastYear: 2027, mobilitiesPerYear: 3, total: 15 }), study()], // not a volume: an EWP condition's months (or days) in total
    });
    const res = await upload(w.as.oia, xml);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'imported', agreementId: agreement.id });
    const s = await status();
    expect(s.copy).toMatchObject({
      partnerHeiId: THEM,
      partnerIiaId: 'UW-IIA-9',
      hashMatches: true,
      validForApproval: true,
    });
    expect(s.differences.map((d: any) => [d.id, d.change, d.ours, d.theirs])).toEqual([
      ['partnerCode', 'changed', null, 'UW-2026-7'],
      ['study|outbound|6|2027|mobilitiesPerYear', 'changed', 2, 3],
      ['study|outbound|6|2027|total', 'changed', 10, 15],
      ['training|inbound||2026', 'added', null, ['1', '5']],
    ]);
  });

  it('does not approve while the copies differ', async () => {
    const s = await status();
    const res = await w.as.oia.post(
      `/api/v1/agreements/${agreement.id}/ewp/approval`,
      { copyId: s.copy.id, theirHash: s.copy.hash, ourHash: s.ourHash },
      { locale: 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({
      code: 'ewp_copies_differ',
      message: expect.stringContaining('4'),
    });
  });

  it('keeps ours or takes theirs per difference, through the agreement and places services', async () => {
    expect((await w.as.coordEng.post(`/api/v1/agreements/${agreement.id}/ewp/resolve`, {})).statusCode).not.toBe(200);
    const stale = await w.as.oia.post(`/api/v1/agreements/${agreement.id}/ewp/resolve`, {
      differenceId: 'partnerCode',
      action: 'take',
      copyId: (await status()).copy.id,
      ourHash: '0'.repeat(64),
    });
    expect(stale.statusCode).toBe(409);
    const kept = await resolve('partnerCode', 'keep');
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().differences.find((d: any) => d.id === 'partnerCode').kept).toBe(true);
    expect((await resolve('partnerCode', 'take')).statusCode).toBe(200);
    expect((await w.as.oia.get(`/api/v1/agreements/${agreement.id}`)).json().partnerCode).toBe('UW-2026-7');
    expect((await resolve('study|outbound|6|2027|mobilitiesPerYear', 'take')).statusCode).toBe(200);
    // 3 places at 5 months: their 15 months a year now agree as well.
    const after = await resolve('training|inbound||2026', 'take');
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().differences).toEqual([]);
    const places = (await w.as.oia.get(`/api/v1/agreements/${agreement.id}/places`)).json().items;
    expect(places.find((p: any) => p.mobilityKind === 'training')).toMatchObject({
      direction: 'inbound',
      places: 1,
      duration: 5,
      durationUnit: 'days',
    });
    const history = (await w.as.oia.get(`/api/v1/agreements/${agreement.id}/history`)).json();
    expect(JSON.stringify(history)).toContain('exchange_place');
  });

  it('records the approval as of their hash, and shows when either copy changes', async () => {
    const s = await status();
    const ok = await w.as.oia.post(`/api/v1/agreements/${agreement.id}/ewp/approval`, {
      copyId: s.copy.id,
      theirHash: s.copy.hash,
      ourHash: s.ourHash,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().approval).toMatchObject({ theirHash: s.copy.hash, holds: true, approvedBy: expect.any(String) });
    // Our side changes: one more place in 2026.
    const place = (await w.as.oia.get(`/api/v1/agreements/${agreement.id}/places`))
      .json()
      .items.find((p: any) => p.academicYear === 2026 && p.mobilityKind === 'study');
    const { id, agreementId: _a, eqfLevel: _e, used: _u, remaining: _r, ...rest } = place;
    const put = await w.as.oia.put(`/api/v1/agreements/${agreement.id}/places/${id}`, { ...rest, places: 4 });
    expect(put.statusCode, put.body).toBe(200);
    expect((await status()).approval).toMatchObject({ holds: false, ourChanged: true, theirChanged: false });
    // Put it back: the approval holds again (same hashes); then a new copy of theirs with another hash.
    await w.as.oia.put(`/api/v1/agreements/${agreement.id}/places/${id}`, {
      ...rest,
      places: 2,
      version: put.json().version,
    });
    expect((await status()).approval.holds).toBe(true);
    const newer = theirFile({ ourIiaId: String(agreement.id), theirCode: 'UW-2026-7', conditions: [study()] });
    expect((await upload(w.as.oia, newer)).statusCode).toBe(200);
    expect((await status()).approval).toMatchObject({ holds: false, ourChanged: false, theirChanged: true });
  });

  it('lets staff pick when several agreements with the partner could be meant', async () => {
    // A second agreement with the same partner, and a copy that does not carry our iia-id.
    const other = await activeAgreement(w);
    const first = (await w.as.oia.get(`/api/v1/agreements/${agreement.id}`)).json();
    await w.t.db.db
      .updateTable('agreement_partners')
      .set({ partner_id: first.partners[0].id })
      .where('agreement_id', '=', other.id)
      .execute();
    const xml = theirFile({ ourIiaId: null, conditions: [study()] });
    const res = await upload(w.as.oia, xml);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('ambiguous');
    expect(
      res
        .json()
        .candidates.map((c: any) => c.id)
        .sort(),
    ).toEqual([agreement.id, other.id].sort());
    const picked = await upload(w.as.oia, xml, { agreementId: other.id });
    expect(picked.json()).toMatchObject({ status: 'imported', agreementId: other.id });
  });
});
