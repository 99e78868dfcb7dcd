import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionApplicantCounts } from '#server/modules/recruitment/applicant-counts.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

describe.each(DIALECTS)('recruitment and partner nominations (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let vp: Client;
  let coord: Client;

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    vp = await t.login(DEMO.executive);
    coord = await t.login(DEMO.coordEng);
  });
  afterAll(() => t.close());

  it('keeps a fair with its leads; lead reads are logged; follow-ups go only to consenting leads', async () => {
    const trip = await oia.post('/api/v1/recruitment/trips', {
      kind: 'fair',
      nameEn: 'Study in Taiwan fair, Jakarta',
      country: 'ID',
      city: 'Jakarta',
      startDate: '2026-11-10',
      endDate: '2026-11-12',
      staff: ['Lin Mei-hua'],
      costMinor: 1234550,
      currency: 'twd',
    });
    expect(trip.statusCode, trip.body).toBe(201);
    expect(trip.json().currency).toBe('TWD');
    const noCurrency = await oia.post('/api/v1/recruitment/trips', { ...trip.json(), currency: null, id: undefined });
    expect(noCurrency.statusCode).toBe(400);
    const base = { tripId: trip.json().id, channel: 'fair', country: 'ID', collectedOn: '2026-11-10', locale: 'en' };
    const consenting = await oia.post('/api/v1/recruitment/leads', {
      ...base,
      name: 'Siti Rahma',
      email: 'Siti@Example.id',
      consentVersion: 'fair-2026-v1',
      consentAt: '2026-11-10T03:00:00Z',
    });
    expect(consenting.statusCode, consenting.body).toBe(201);
    const silent = await oia.post('/api/v1/recruitment/leads', { ...base, name: 'Budi', email: 'budi@example.id' });
    expect(silent.json().mailable).toBe(false);
    const half = await oia.post('/api/v1/recruitment/leads', {
      ...base,
      name: 'X',
      email: 'x@example.id',
      consentVersion: 'v1',
    });
    expect(half.json().error.fields[0].path).toBe('consentAt');

    expect((await vp.get('/api/v1/recruitment/leads')).statusCode).toBe(403);
    const logBefore = await t.db.db
      .selectFrom('pii_access_log')
      .select('id')
      .where('field', '=', 'recruitmentLead')
      .execute();
    const list = await oia.get(`/api/v1/recruitment/leads?tripId=${trip.json().id}`);
    expect(list.json().total).toBe(2);
    const logAfter = await t.db.db
      .selectFrom('pii_access_log')
      .select('id')
      .where('field', '=', 'recruitmentLead')
      .execute();
    expect(logAfter.length - logBefore.length).toBe(2);

    const template = await oia.post('/api/v1/recruitment/templates', {
      name: 'After the fair',
      subjectZh: '感謝來訪',
      subjectEn: 'Thank you for visiting us',
      bodyZh: '{{name}} 您好',
      bodyEn: 'Dear {{name}}, thank you.',
    });
    const sent = await oia.post('/api/v1/recruitment/followups', {
      templateId: template.json().id,
      leadIds: [consenting.json().id, silent.json().id],
    });
    expect(sent.json()).toEqual({ queued: 1, skipped: [{ leadId: silent.json().id, reason: 'no_consent' }] });
    const mail = await t.db.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'Siti@Example.id')
      .executeTakeFirst();
    expect(mail?.body_text).toContain('Dear Siti Rahma, thank you.');

    const withdrawn = await oia.post(`/api/v1/recruitment/leads/${consenting.json().id}/withdraw-consent`, {
      version: consenting.json().version,
    });
    expect(withdrawn.json().mailable).toBe(false);
    const again = await oia.post('/api/v1/recruitment/followups', {
      templateId: template.json().id,
      leadIds: [consenting.json().id],
    });
    expect(again.json()).toEqual({ queued: 0, skipped: [{ leadId: consenting.json().id, reason: 'withdrawn' }] });
  });

  it('counts the funnel per country and year; a lead who became an inbound student is enrolled', async () => {
    type Row = { key: string; academicYear: number; leads: number; enrolled: number };
    const row = (rows: Row[], key: string, year: number) =>
      rows.find((r) => r.key === key && r.academicYear === year) ?? { leads: 0, enrolled: 0 };
    // The demo's Vietnam fair is in 2025 too: the test counts what it adds.
    const vnBefore = row(
      (await vp.get('/api/v1/recruitment/funnel?fromYear=2025&toYear=2026&groupBy=country')).json().rows,
      'VN',
      2025,
    );
    await oia.post('/api/v1/recruitment/leads', {
      channel: 'web',
      name: 'Ana',
      email: 'ana@example.vn',
      country: 'VN',
      collectedOn: '2025-09-01',
    });
    const person = await oia.post('/api/v1/people', {
      kind: 'student',
      nameEn: 'Ana',
      email: 'ANA@example.vn',
      nationality: 'VN',
    });
    expect(person.statusCode, person.body).toBe(201);
    await t.db.db
      .insertInto('mobilities')
      .values({
        person_id: person.json().id,
        direction: 'inbound',
        kind: 'degree',
        person_category: 'student',
        status: 'enrolled',
        created_at: '2025-09-01T00:00:00Z',
        updated_at: '2025-09-01T00:00:00Z',
      } as never)
      .execute();
    const f = await vp.get('/api/v1/recruitment/funnel?fromYear=2025&toYear=2026&groupBy=country');
    expect(f.statusCode, f.body).toBe(200);
    expect(row(f.json().rows, 'VN', 2025)).toMatchObject({
      leads: vnBefore.leads + 1,
      enrolled: vnBefore.enrolled + 1,
    });
    expect(row(f.json().rows, 'ID', 2026)).toMatchObject({ leads: 2, enrolled: 0 });
    expect(f.json().applicantsAvailable).toBe(await admissionApplicantCounts.available(t.db.db, t.db.dialect));
    const xlsx = await vp.get('/api/v1/recruitment/funnel.xlsx?fromYear=2025&toYear=2026');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await coord.get('/api/v1/recruitment/funnel?fromYear=2025&toYear=2026')).statusCode).toBe(403);
  });

  it('counts applicants and admitted from the admissions module; a nominee gets a draft in the exchange round', async () => {
    const iss = await t.login(DEMO.oiaIss);
    const hour = 3_600_000;
    const round = await iss.post('/api/v1/admissions/rounds', {
      kind: 'exchange',
      academicYear: 2031,
      semester: 2,
      nameZh: '120學年度春季交換生',
      nameEn: 'Exchange students, spring 2032',
      opensAt: new Date(Date.now() - hour).toISOString(),
      closesAt: new Date(Date.now() + 30 * 24 * hour).toISOString(),
      decisionsBy: null,
      feeNtd: 0,
      documents: [],
      criteria: [{ code: 'plan', labelZh: '讀書計畫', labelEn: 'Study plan', weight: 100, max: 100 }],
      notesZh: null,
      notesEn: null,
    });
    expect(round.statusCode, round.body).toBe(201);
    const ap = await t.db.db.selectFrom('agreement_partners').select('partner_id').executeTakeFirstOrThrow();
    const window = await oia.post('/api/v1/nomination-windows', {
      academicYear: 2031,
      term: 'spring',
      opensOn: '2000-01-01',
      closesOn: '2099-12-31',
    });
    expect(window.statusCode, window.body).toBe(201);
    const link = await oia.post(`/api/v1/partners/${ap.partner_id}/nomination-links`, {
      contactName: 'Dr. Lee',
      contactEmail: 'lee@partner.example',
    });
    const token = link.json().url.split('/nominate/')[1] as string;
    const nominated = await t.anon.post(`/api/v1/public/nominations/${token}/nominees`, {
      windowId: window.json().id,
      givenName: 'Mina',
      familyName: 'Cho',
      email: 'mina.cho@partner.example',
      level: 'bachelor',
    });
    expect(nominated.statusCode, nominated.body).toBe(201);
    const app = await t.db.db
      .selectFrom('admission_applications')
      .selectAll()
      .where('email', '=', 'mina.cho@partner.example')
      .executeTakeFirstOrThrow();
    expect(app).toMatchObject({ round_id: round.json().id, channel: 'partner', status: 'draft' });
    const mails = await t.db.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', 'mina.cho@partner.example')
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body_text).toContain('/admission-portal');
    // Submitted and admitted applications reach the funnel's two middle stages; a draft does not.
    await t.db.db
      .updateTable('admission_applications')
      .set({ status: 'admitted', country_code: 'KR' })
      .where('id', '=', app.id)
      .execute();
    const f = await vp.get('/api/v1/recruitment/funnel?fromYear=2031&toYear=2031&groupBy=country');
    expect(f.statusCode, f.body).toBe(200);
    expect(f.json().applicantsAvailable).toBe(true);
    expect(f.json().rows.find((r: { key: string }) => r.key === 'KR')).toMatchObject({ applicants: 1, admitted: 1 });
  });

  it('lets a partner coordinator nominate by link; staff accept into an inbound mobility on the places', async () => {
    const ap = await t.db.db
      .selectFrom('agreement_partners')
      .select(['agreement_id', 'partner_id'])
      .orderBy('agreement_id')
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const year = new Date().getMonth() >= 7 ? new Date().getFullYear() : new Date().getFullYear() - 1;
    const { id: placeId } = await t.db.db
      .insertInto('exchange_places')
      .values({
        agreement_id: ap.agreement_id,
        academic_year: year,
        direction: 'inbound',
        level: 'bachelor',
        mobility_kind: 'study',
        places: 1,
        duration: 5,
        duration_unit: 'months',
        languages_json: '[]',
        isced_json: '[]',
        notes: null,
        created_at: now,
        updated_at: now,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const today = now.slice(0, 10);
    const window = await oia.post('/api/v1/nomination-windows', {
      academicYear: year,
      term: 'spring',
      opensOn: '2000-01-01',
      closesOn: '2099-12-31',
    });
    expect(window.statusCode, window.body).toBe(201);
    const defaults = await oia.post('/api/v1/nomination-windows', { academicYear: 2030, term: 'autumn' });
    expect(defaults.json()).toMatchObject({
      opensOn: '2030-03-01',
      closesOn: '2030-04-01',
      applicationsCloseOn: '2030-05-15',
    });

    const link = await oia.post(`/api/v1/partners/${ap.partner_id}/nomination-links`, {
      contactName: 'Dr. Kim',
      contactEmail: 'kim@partner.ac.kr',
    });
    expect(link.statusCode, link.body).toBe(201);
    const token = link.json().url.split('/nominate/')[1] as string;
    const stored = await t.db.db
      .selectFrom('nomination_links')
      .select('token_hash')
      .where('id', '=', link.json().id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(
      (
        await t.db.db
          .selectFrom('mail_outbox')
          .select('body_text')
          .where('to_address', '=', 'kim@partner.ac.kr')
          .executeTakeFirstOrThrow()
      ).body_text,
    ).toContain(`/nominate/${token}`);

    const view = await t.anon.get(`/api/v1/public/nominations/${token}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().places.find((p: { academicYear: number }) => p.academicYear === year)).toMatchObject({
      places: expect.any(Number),
    });
    const nominee = {
      windowId: window.json().id,
      givenName: 'Ji-woo',
      familyName: 'Park',
      email: 'jiwoo@partner.ac.kr',
      level: 'bachelor',
    };
    expect(
      (await t.anon.post(`/api/v1/public/nominations/${token}/nominees`, { ...nominee, website: 'http://spam' }))
        .statusCode,
    ).toBe(201);
    expect((await t.anon.post(`/api/v1/public/nominations/${token}/nominees`, nominee)).statusCode).toBe(201);
    const dup = await t.anon.post(`/api/v1/public/nominations/${token}/nominees`, nominee);
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'email' });
    const invite = await t.db.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', 'jiwoo@partner.ac.kr')
      .execute();
    expect(invite).toHaveLength(1);

    const contacts = await t.anon.put(`/api/v1/public/nominations/${token}/contacts`, {
      contacts: [{ name: 'Dr. Kim', email: 'kim@partner.ac.kr' }],
    });
    expect(contacts.statusCode, contacts.body).toBe(200);
    const sheet = await t.anon.get(`/api/v1/public/nominations/${token}`);
    const fs = await t.anon.put(`/api/v1/public/nominations/${token}/factsheet`, {
      ...sheet.json().factsheet,
      housingEn: 'Dormitory guaranteed',
    });
    expect(fs.statusCode, fs.body).toBe(200);
    expect((await oia.get(`/api/v1/partners/${ap.partner_id}/factsheet`)).json().housingEn).toBe(
      'Dormitory guaranteed',
    );

    const staff = await oia.get(`/api/v1/partners/${ap.partner_id}/nominations`);
    expect(staff.json().links[0].lastUsedAt).not.toBeNull();
    const n = staff.json().nominations[0];
    const usedBefore = staff.json().inboundPlaces.find((p: { id: number }) => p.id === placeId).used;
    const accepted = await oia.post(`/api/v1/nominations/${n.id}/accept`, {
      version: n.version,
      placeId,
      startDate: `${year + 1}-02-15`,
      endDate: `${year + 1}-06-30`,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', mobilityId: expect.any(Number) });
    const after = await oia.get(`/api/v1/partners/${ap.partner_id}/nominations`);
    expect(after.json().inboundPlaces.find((p: { id: number }) => p.id === placeId).used).toBe(usedBefore + 1);
    expect(
      (
        await oia.post(`/api/v1/nominations/${n.id}/accept`, {
          version: n.version + 1,
          placeId,
          startDate: today,
          endDate: today,
        })
      ).statusCode,
    ).toBe(409);

    expect((await oia.post(`/api/v1/nomination-links/${link.json().id}/revoke`)).json().state).toBe('revoked');
    expect((await t.anon.get(`/api/v1/public/nominations/${token}`)).statusCode).toBe(404);
    expect((await coord.get(`/api/v1/partners/${ap.partner_id}/nominations`)).statusCode).toBe(403);
  });
});
