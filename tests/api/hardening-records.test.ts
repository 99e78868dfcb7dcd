import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStudent, makeMobility } from '#tests/factories.js';
import { DEMO, DIALECTS } from '#tests/setup/app.js';
import { type CallWorld, callBody, callWorld, PDF } from './calls-fixtures.js';

const YEAR = 2031;

/** Issue 16, Low: removing an application document on SQLite; names leaking to other colleges and roles. */
describe.each(DIALECTS)('records (%s)', (dialect) => {
  let w: CallWorld;
  beforeAll(async () => {
    w = await callWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('lets the applicant remove a document from their draft (200, gone, audited)', async () => {
    const [p] = await w.partners(1);
    const ag = await w.agreementWithPlaces([p!.id], YEAR, [1]);
    const made = await w.as.oia.post(
      '/api/v1/calls',
      callBody(w.now(), YEAR, [{ placeId: ag.placeIds[0]!, partnerId: p!.id, places: 1 }]),
    );
    expect(made.statusCode, made.body).toBe(201);
    const opened = await w.as.oia.post(`/api/v1/calls/${made.json().id}/transitions`, {
      action: 'open',
      version: made.json().version,
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const st = await w.student({ unitCode: 'CSIE', locale: 'en', gpa: 3.5 });
    const draft = await st.client.post(`/api/v1/calls/${made.json().id}/applications`, {});
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id;
    const up = await w.upload(st.client, id, 'transcript', { name: 'transcript.pdf', data: PDF });
    expect(up.statusCode, up.body).toBe(201);
    const doc = (await st.client.get(`/api/v1/applications/${id}`)).json().documents[0];
    const removed = await st.client.post(`/api/v1/applications/${id}/documents/${doc.id}/remove`, {});
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await st.client.get(`/api/v1/applications/${id}`)).json().documents).toEqual([]);
    expect((await st.client.get(`/api/v1/applications/${id}/documents/${doc.id}`)).statusCode).toBe(404);
  });

  it('refuses a coordinator naming another college’s person on an activity, without telling the name', async () => {
    const bus = await insertStudent(w.t, w.unit.BA!, { name_en: 'Hidden Business Student', name_zh: '隱藏學生' });
    const eng = await insertStudent(w.t, w.unit.CSIE!, { name_en: 'Own Engineering Student' });
    const body = (personId: number) => ({
      unitId: w.unit.CSIE,
      kind: 'paper_abroad',
      titleEn: 'Edge inference',
      counterpartEn: 'IEEE ISCAS 2031',
      personId,
      country: 'jp',
      city: 'Kyoto',
      startDate: '2031-05-20',
      endDate: '2031-05-23',
    });
    const refused = await w.as.coordEng.post('/api/v1/activities', body(bus), { locale: 'en' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ path: 'personId', message: 'This person was not found.' });
    expect(refused.body).not.toContain('Hidden');
    const own = await w.as.coordEng.post('/api/v1/activities', body(eng));
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().personNameEn).toBe('Own Engineering Student');
    // OIA staff read every person, so may name them.
    expect((await w.as.oia.post('/api/v1/activities', { ...body(bus), unitId: w.unit.BA })).statusCode).toBe(201);
  });

  it('shows a place ledger label with a student’s name only to those who may read that mobility', async () => {
    const [p] = await w.partners(1);
    const ag = await w.agreementWithPlaces([p!.id], YEAR, [2]);
    const personId = await insertStudent(w.t, w.unit.CSIE!, { name_en: 'Ledger Student', name_zh: '帳簿學生' });
    await makeMobility(w.t, {
      person_id: personId,
      partner_id: p!.id,
      agreement_id: ag.agreementId,
      place_id: ag.placeIds[0]!,
    });
    const labels = async (client: typeof w.as.oia) => {
      const res = await client.get(`/api/v1/partners/${p!.id}/agreements`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().exchanges.map((e: { label: string | null; count: number }) => e.label);
    };
    expect((await labels(w.as.oia)).join(' ')).toMatch(/Ledger Student|帳簿學生/);
    const assistant = await w.t.login(DEMO.assistant);
    const seen = await labels(assistant);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((l: string | null) => l === null)).toBe(true);
  });
});
