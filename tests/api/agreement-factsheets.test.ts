import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '#tests/setup/app.js';
import { activeAgreement, agreementBody, agreementWorld, create, type World } from './agreement-fixtures.js';

const sheet = {
  deadlines: [
    { term: 'autumn', nomination: '03-15', application: '04-01' },
    { term: 'spring', nomination: '09-15', application: '' },
  ],
  instructionLanguages: 'English, Japanese',
  requirementsZh: '英語 TOEFL iBT 80 以上',
  requirementsEn: 'TOEFL iBT 80 or above',
  housingEn: 'Dormitory guaranteed for one semester.',
  links: [{ label: 'Exchange programme', url: 'https://www.example.ac.jp/exchange' }],
};

describe.each(DIALECTS)('partner factsheets and agreements (%s)', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await agreementWorld(dialect);
  });
  afterAll(() => w.t.close());

  describe('factsheet', () => {
    it('reads as empty (version 0) until written; version 0 creates, then optimistic versions', async () => {
      const partner = await w.partnerIn('JP');
      const url = `/api/v1/partners/${partner.id}/factsheet`;
      const empty = (await w.as.student.get(url)).json();
      expect(empty).toMatchObject({ partnerId: partner.id, version: 0, deadlines: [], links: [], updatedAt: null });
      expect(empty.permissions).toEqual({ update: false });
      expect((await w.as.oia.get(url)).json().permissions).toEqual({ update: true });

      const created = await w.as.oia.put(url, { ...sheet, version: 0 });
      expect(created.statusCode, created.body).toBe(200);
      expect(created.json()).toMatchObject({
        version: 1,
        deadlines: [
          { term: 'autumn', nomination: '03-15', application: '04-01' },
          { term: 'spring', nomination: '09-15', application: null },
        ],
        requirementsZh: '英語 TOEFL iBT 80 以上',
        visaEn: null,
        links: sheet.links,
      });
      const again = await w.as.oiaIss.put(url, { ...sheet, version: 0 }); // Student Services keep factsheets too
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 1 } });
      const updated = await w.as.oiaIss.put(url, { ...sheet, visaEn: 'Apply 3 months ahead.', version: 1 });
      expect(updated.json()).toMatchObject({ version: 2, visaEn: 'Apply 3 months ahead.' });
      expect((await w.as.oia.put(url, { ...sheet, version: 1 })).statusCode).toBe(409);
      expect((await w.as.student.get(url)).json().visaEn).toBe('Apply 3 months ahead.');
      const history = (await w.as.admin.get(`/api/v1/audit?entityType=factsheet&entityId=${partner.id}`)).json().items;
      expect(history.map((h: any) => h.action)).toEqual(['update', 'create']);
      expect(history[0].before.visaEn).toBeNull();
    });

    it('is kept by OIA staff only, for existing partners, with validated deadlines and links', async () => {
      const partner = await w.partnerIn('KR');
      const url = `/api/v1/partners/${partner.id}/factsheet`;
      for (const c of [w.as.coordEng, w.as.vp, w.as.student])
        expect((await c.put(url, { ...sheet, version: 0 })).statusCode).toBe(403);
      expect((await w.as.oia.get('/api/v1/partners/999999/factsheet')).statusCode).toBe(404);
      expect((await w.as.oia.put('/api/v1/partners/999999/factsheet', { ...sheet, version: 0 })).statusCode).toBe(404);
      const bad = {
        ...sheet,
        deadlines: [{ term: 'autumn', nomination: '13-01', application: null }],
        links: [{ label: 'x', url: 'javascript:alert(1)' }],
        version: 0,
      };
      const en = (await w.as.oia.put(url, bad, { locale: 'en' })).json().error.fields;
      expect(en).toEqual([
        { path: 'deadlines.0.nomination', code: 'month_day', message: 'Enter month-day, e.g. 03-15.' },
        { path: 'links.0.url', code: 'invalid_url', message: expect.any(String) },
      ]);
      const zh = (await w.as.oia.put(url, bad, { locale: 'zh-TW' })).json().error.fields;
      expect(zh[0].message).toBe('請輸入月-日，例如 03-15。');
    });
  });

  describe('agreements of a partner', () => {
    it('lists the agreements a user may see, with places per academic year and direction summed with their use', async () => {
      const partner = await w.partnerIn('TH');
      const a = await activeAgreement(w, { partners: [{ partnerId: partner.id }] });
      const b = await activeAgreement(w, { partners: [{ partnerId: partner.id }], kind: 'staff_exchange' });
      const eng = await create(w.as.coordEng, agreementBody(partner.id, w.today(), { kind: 'sister_mou' }));
      const places = (id: number, body: Record<string, unknown>) =>
        w.as.oia.post(`/api/v1/agreements/${id}/places`, {
          level: 'bachelor',
          mobilityKind: 'study',
          direction: 'outbound',
          ...body,
        });
      const p1 = (await places(a.id, { academicYear: 2026, places: 3 })).json();
      await places(a.id, { academicYear: 2026, places: 2, direction: 'inbound' });
      await places(a.id, { academicYear: 2027, places: 1 });
      await places(b.id, { academicYear: 2026, places: 2, level: 'master', mobilityKind: 'teaching' });
      await w.as.oia.post(`/api/v1/agreements/${a.id}/places/${p1.id}/usages`, {
        count: 2,
        label: 'Spring 2027: Lin, Chen',
      });

      const res = (await w.as.oia.get(`/api/v1/partners/${partner.id}/agreements`)).json();
      const ids = res.agreements.map((x: any) => x.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id, eng.id]));
      expect(res.agreements.every((x: any) => x.partners.some((p: any) => p.id === partner.id))).toBe(true);
      const mine = (year: number, direction: string) =>
        res.places.find((p: any) => p.academicYear === year && p.direction === direction);
      // The seed may have given this partner places too: compare with the sum over the listed agreements.
      const seeded = async (year: number, direction: string) => {
        let places = 0;
        let used = 0;
        for (const id of ids.filter((x: number) => x !== a.id && x !== b.id)) {
          for (const p of (await w.as.oia.get(`/api/v1/agreements/${id}/places`)).json().items)
            if (p.academicYear === year && p.direction === direction) {
              places += p.places;
              used += p.used;
            }
        }
        return { places, used };
      };
      const s2026 = await seeded(2026, 'outbound');
      expect(mine(2026, 'outbound')).toEqual({
        academicYear: 2026,
        direction: 'outbound',
        places: 5 + s2026.places,
        used: 2 + s2026.used,
      });
      const s2027 = await seeded(2027, 'outbound');
      expect(mine(2027, 'outbound')).toMatchObject({ places: 1 + s2027.places, used: s2027.used });

      // The exchange history lists what used the partner's places, newest first.
      expect(res.exchanges[0]).toMatchObject({
        agreementId: a.id,
        academicYear: 2026,
        direction: 'outbound',
        level: 'bachelor',
        mobilityKind: 'study',
        count: 2,
        label: 'Spring 2027: Lin, Chen',
        sourceType: 'manual',
      });

      const forBus = (await w.as.coordBus.get(`/api/v1/partners/${partner.id}/agreements`)).json();
      expect(forBus.agreements.map((x: any) => x.id)).not.toContain(eng.id);
      expect(forBus.agreements.every((x: any) => x.owningUnitId !== w.unit['OIA-IC'])).toBe(true);
      const forEng = (await w.as.coordEng.get(`/api/v1/partners/${partner.id}/agreements`)).json();
      expect(forEng.agreements.map((x: any) => x.id)).toContain(eng.id);
      expect(forEng.agreements.map((x: any) => x.id)).not.toContain(a.id);
      // Nor the exchanges of agreements they may not see.
      expect(forEng.exchanges.some((x: any) => x.agreementId === a.id)).toBe(false);
      expect((await w.as.student.get(`/api/v1/partners/${partner.id}/agreements`)).statusCode).toBe(403);
      expect((await w.as.oia.get('/api/v1/partners/999999/agreements')).statusCode).toBe(404);
    });
  });
});
