import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iiaHashes } from '#server/modules/ewp/iia-hash.js';
import { DIALECTS } from '#tests/setup/app.js';
import { activeAgreement, agreementBody, agreementWorld, create, type World } from './agreement-fixtures.js';

const XSD_DIR = fileURLToPath(new URL('../../src/server/modules/ewp/xsd/', import.meta.url));

function xmllintAvailable(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const HAS_XMLLINT = xmllintAvailable();
if (!HAS_XMLLINT)
  console.warn('ewp-iia.test: xmllint is absent (apt-get install libxml2-utils): XSD validation skipped');

/** xmllint --schema against the bundled official XSDs, offline through the catalog; '' when valid. */
function xsdErrors(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ewp-')), 'iia.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', join(XSD_DIR, 'iias-get-response.xsd'), file], {
      env: { ...process.env, XML_CATALOG_FILES: join(XSD_DIR, 'catalog.xml') },
      stdio: 'pipe',
    });
    return '';
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err);
  }
}

const place = (o: Record<string, unknown>) => ({
  academicYear: 2026,
  direction: 'outbound',
  level: 'bachelor',
  mobilityKind: 'study',
  places: 2,
  duration: 5,
  durationUnit: 'months',
  languages: [{ language: 'en', cefr: 'B2' }],
  isced: ['0714'],
  ...o,
});

describe.each(DIALECTS)('EWP IIAs v7 export (%s)', (dialect) => {
  let w: World;
  let agreement: { id: number; code: string | null };
  let partner: { id: number; version: number } & Record<string, unknown>;
  const url = (id: number) => `/api/v1/agreements/${id}/ewp-iia.xml`;

  beforeAll(async () => {
    w = await agreementWorld(dialect);
    await w.t.db.db.updateTable('university_profile').set({ website: 'https://www.meridian.edu.tw/' }).execute();
    agreement = await activeAgreement(w);
    const places = [
      place({}),
      place({ academicYear: 2027 }), // same terms the next year: one condition 2026/2027–2027/2028
      place({ academicYear: 2028, places: 1 }), // fewer places: a condition of its own
      place({ direction: 'inbound', level: 'master', mobilityKind: 'traineeship', languages: [], isced: [] }),
      place({ mobilityKind: 'teaching', level: 'bachelor', places: 1, duration: 5, durationUnit: 'days' }),
      place({ mobilityKind: 'training', direction: 'inbound', places: 0 }), // 0 places: left out
    ];
    for (const p of places) {
      const res = await w.as.oia.post(`/api/v1/agreements/${agreement.id}/places`, p);
      expect(res.statusCode, res.body).toBe(201);
    }
    const a = (await w.as.oia.get(`/api/v1/agreements/${agreement.id}`)).json();
    partner = (await w.as.oia.get(`/api/v1/partners/${a.partners[0].id}`)).json();
  });
  afterAll(() => w.t.close());

  it('says in both languages why there is no file while the partner has no SCHAC code', async () => {
    const zh = await w.as.oia.get(url(agreement.id));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.message).toContain('SCHAC');
    expect(zh.json().error.fields[0]).toMatchObject({ path: 'partners', code: 'ewp_partner_schac' });
    const en = await w.as.oia.get(url(agreement.id), { locale: 'en' });
    expect(en.json().error.message).toMatch(/partner has no SCHAC code/);
  });

  it('keeps a partner SCHAC code as a lower-case domain, unique among partners', async () => {
    const { contacts, ...rest } = partner as any;
    const body = (schac: unknown) => ({
      ...Object.fromEntries(
        Object.entries(rest).filter(([k]) =>
          [
            'code',
            'nameEn',
            'nameZh',
            'aliases',
            'country',
            'city',
            'cityZh',
            'website',
            'type',
            'status',
            'owningUnitId',
            'notes',
            'version',
          ].includes(k),
        ),
      ),
      contacts: contacts.map(({ id: _id, ...c }: any) => c),
      schac,
    });
    const bad = await w.as.oia.put(`/api/v1/partners/${partner.id}`, body('not a domain'), { locale: 'en' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'schac', message: expect.stringContaining('lower case') });
    const ok = await w.as.oia.put(`/api/v1/partners/${partner.id}`, body(' Kyoto-U.AC.jp '));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().schac).toBe('kyoto-u.ac.jp');
    const other = await w.partnerIn('JP');
    const dup = await w.as.oia.put(
      `/api/v1/partners/${other.id}`,
      { ...body('kyoto-u.ac.jp'), nameEn: other.nameEn, nameZh: other.nameZh, version: other.version, code: null },
      { locale: 'en' },
    );
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'schac', code: 'duplicate_schac' });
  });

  it('exports the agreement as a v7 get-response whose iia-hash the official rule reproduces', async () => {
    const res = await w.as.coordEng.get(url(agreement.id)).catch(() => null);
    expect(res?.statusCode).not.toBe(200); // a coordinator of another college cannot read this agreement
    const file = await w.as.oia.get(url(agreement.id));
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toMatch(/^application\/xml/);
    expect(file.headers['content-disposition']).toMatch(/attachment; filename="iia-/);
    const xml = file.body;
    const [iia] = iiaHashes(xml);
    expect(xml).toContain(`<iia-hash>${iia?.hash}</iia-hash>`);
    expect(file.headers['x-iia-hash']).toBe(iia?.hash);
    expect(iia?.validForApproval).toBe(true); // every study/teaching condition has its language
    const cc = (spec: string, fields: string[]) =>
      fields.map((f) => (f.startsWith('_') ? f : `_cooperation-conditions.${spec}.${f}_`)).join('');
    const lang = (spec: string) =>
      `_${spec}.recommended-language-skill.language=en__${spec}.recommended-language-skill.cefr-level=B2__${spec}.subject-area.isced-f-code=0714_`;
    const years = (a: string, b: string) =>
      `_receiving-first-academic-year-id=${a}__receiving-last-academic-year-id=${b}_`;
    const out = ['sending-hei-id=meridian.edu.tw', 'receiving-hei-id=kyoto-u.ac.jp'];
    const study = 'student-studies-mobility-spec';
    expect(iia?.textToHash).toBe(
      [
        `_iia-id_1=${agreement.id}__iia-id_2=_`,
        // outbound studies 2026–2027 (same terms two years running): 2 a year × 5 months
        cc(study, [
          ...out,
          'mobilities-per-year=2',
          lang(study),
          'total-months-per-year=10',
          'blended=false',
          'eqf-level=6',
        ]),
        years('2026/2027', '2027/2028'),
        // 2028: one place only, a condition of its own
        cc(study, [
          ...out,
          'mobilities-per-year=1',
          lang(study),
          'total-months-per-year=5',
          'blended=false',
          'eqf-level=6',
        ]),
        years('2028/2029', '2028/2029'),
        // inbound master traineeships: their side sends, no language asked
        cc('student-traineeship-mobility-spec', [
          'sending-hei-id=kyoto-u.ac.jp',
          'receiving-hei-id=meridian.edu.tw',
          'mobilities-per-year=2',
          'total-months-per-year=10',
          'blended=false',
          'eqf-level=7',
        ]),
        years('2026/2027', '2026/2027'),
        // staff teaching: days, no EQF level; the training row with 0 places is left out
        cc('staff-teacher-mobility-spec', [
          ...out,
          'mobilities-per-year=1',
          lang('staff-teacher-mobility-spec'),
          'total-days-per-year=5',
        ]),
        years('2026/2027', '2026/2027'),
      ].join(''),
    );
    expect(xml).not.toContain('staff-training-mobility-spec');
  });

  it('is valid against the official XSDs (bundled, offline)', async () => {
    if (!HAS_XMLLINT) return;
    const xml = (await w.as.oia.get(url(agreement.id))).body;
    expect(xsdErrors(xml)).toBe('');
    // The official vectors validate with the same bundle, and a broken file does not.
    expect(xsdErrors(xml.replace('<blended>false</blended>', ''))).toMatch(/blended|fails to validate/);
  });

  it('refuses agreements with more than one partner (EWP agreements are bilateral)', async () => {
    const [p1, p2] = [await w.partnerIn('DE'), await w.partnerIn('FR')];
    const multi = await create(w.as.oia, {
      ...agreementBody(p1.id, w.today()),
      partners: [{ partnerId: p1.id }, { partnerId: p2.id }],
    });
    const res = await w.as.oia.get(url(multi.id), { locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/bilateral/);
  });
});
