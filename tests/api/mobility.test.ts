import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { exportedIds, readWorkbook } from '#tests/setup/xlsx.js';
import { createMobility, type MobilityWorld, mobilityWorld, outboundBody, step } from './mobility-fixtures.js';

describe.each(DIALECTS)('mobility records (%s)', (dialect) => {
  let w: MobilityWorld;
  beforeAll(async () => {
    w = await mobilityWorld(dialect);
  });
  afterAll(() => w.t.close());

  const url = (path = '') => `/api/v1/mobilities${path}`;

  it('creates an outbound exchange with the person’s snapshot and the derived semester flag', async () => {
    const m = await createMobility(
      w.as.oia,
      outboundBody(w.people.engStudent, { partnerId: w.partnerId, credits: 18, city: 'Osaka' }),
    );
    expect(m).toMatchObject({
      personId: w.people.engStudent,
      personNameEn: expect.stringContaining('Tester'),
      direction: 'outbound',
      kind: 'exchange',
      personCategory: 'student',
      status: 'planned',
      country: 'JP', // from the partner
      region: 'other_asia',
      creditBearing: true,
      credits: 18,
      atLeastSemester: true,
      unitId: w.unit.ME,
      degreeLevel: 'bachelor',
      programType: 'bachelor_four_year',
      studyTime: 'day',
      version: 1,
      hasLearningAgreement: true,
      learningAgreement: { status: 'draft', courses: [] },
      transitions: ['nominate', 'cancel'],
    });
    // The snapshot stays as it was when the person later moves to another department.
    await w.db.updateTable('people').set({ unit_id: w.unit.EE }).where('id', '=', w.people.engStudent).execute();
    expect((await w.as.oia.get(url(`/${m.id}`))).json().unitId).toBe(w.unit.ME);
    await w.db.updateTable('people').set({ unit_id: w.unit.ME }).where('id', '=', w.people.engStudent).execute();

    // Shorter than a semester, or without credits: not "at least one semester".
    const short = await createMobility(
      w.as.oia,
      outboundBody(w.people.engStudent, { kind: 'short_term', startDate: '2026-07-01', endDate: '2026-07-20' }),
    );
    expect(short.atLeastSemester).toBe(false);
    const noCredit = await createMobility(
      w.as.oia,
      outboundBody(w.people.engStudent, { kind: 'internship', creditBearing: false }),
    );
    expect(noCredit.atLeastSemester).toBe(false);

    // Editing the dates re-derives the flag; a stale version is refused with the record as it is now.
    const { id, version, ...rest } = short;
    const body = {
      personId: rest.personId,
      direction: 'outbound',
      kind: 'short_term',
      startDate: '2026-07-01',
      endDate: '2026-12-31',
      creditBearing: true,
      credits: 3,
      version,
    };
    const updated = await w.as.oia.put(url(`/${id}`), body);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ atLeastSemester: true, credits: 3, version: version + 1 });
    const stale = await w.as.oia.put(url(`/${id}`), body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: version + 1 } });

    const listed = (await w.as.oia.get(url(`?personId=${w.people.engStudent}&atLeastSemester=true`))).json();
    expect(listed.items.map((x: any) => x.id).sort()).toEqual([m.id, id].sort());
    const history = (await w.as.oia.get(url(`/${id}/history`))).json().items;
    expect(history.map((h: any) => h.action)).toEqual(['update', 'create']);
  });

  it('validates across fields with messages in the user’s language', async () => {
    const bad = await w.as.oia.post(
      url(),
      {
        personId: w.people.staff,
        direction: 'outbound',
        kind: 'exchange',
        moeCategory: 'foreign',
        dualDegree: true,
        creditBearing: true,
        startDate: '2026-09-01',
        endDate: '2026-08-01',
      },
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'endDate', code: 'end_before_start', message: 'The end date cannot be before the start date.' },
    ]);
    const mismatch = await w.as.oia.post(
      url(),
      {
        personId: w.people.staff,
        direction: 'outbound',
        kind: 'exchange',
        moeCategory: 'foreign',
        dualDegree: true,
        creditBearing: true,
      },
      { locale: 'en' },
    );
    expect(mismatch.statusCode).toBe(400);
    const fields = mismatch.json().error.fields;
    expect(fields.map((f: any) => [f.path, f.code])).toEqual([
      ['kind', 'mobility_kind_mismatch'],
      ['moeCategory', 'mobility_moe_not_applicable'],
      ['dualDegree', 'mobility_dual_degree_kind'],
      ['creditBearing', 'mobility_credits_students'],
    ]);
    expect(fields[0].message).toBe('This kind does not fit the direction and the person.');
    const zh = await w.as.oia.post(
      url(),
      { personId: w.people.inbound, direction: 'inbound', kind: 'degree' },
      { locale: 'zh-TW' },
    );
    expect(zh.json().error.fields).toEqual([
      { path: 'moeCategory', code: 'mobility_moe_required', message: '境外學位生須選擇教育部身分類別。' },
    ]);
    const credits = await w.as.oia.post(
      url(),
      outboundBody(w.people.engStudent, { creditBearing: false, credits: 3 }),
      {
        locale: 'zh-TW',
      },
    );
    expect(credits.json().error.fields[0]).toMatchObject({ path: 'credits', message: '未修讀學分時不可填寫學分數。' });
    const negative = await w.as.oia.post(url(), outboundBody(w.people.engStudent, { credits: -1 }));
    expect(negative.json().error.fields[0]).toMatchObject({ path: 'credits', code: 'too_small_number' });
    const otherPlace = await w.addPlace(1, 'outbound', w.year + 3);
    const otherPartner = await w.partnerIn('DE');
    const wrongPartner = await w.as.oia.post(
      url(),
      outboundBody(w.people.engStudent, { partnerId: otherPartner.id, placeId: otherPlace }),
      { locale: 'en' },
    );
    expect(wrongPartner.json().error.fields[0]).toMatchObject({ path: 'placeId', code: 'mobility_place_partner' });
    const wrongDirection = await w.as.oia.post(url(), {
      personId: w.people.inbound,
      direction: 'inbound',
      kind: 'exchange_in',
      partnerId: w.partnerId,
      placeId: otherPlace,
    });
    expect(wrongDirection.json().error.fields[0]).toMatchObject({ code: 'mobility_place_direction' });
    const noPerson = await w.as.oia.post(url(), outboundBody(999_999));
    expect(noPerson.json().error.fields[0]).toMatchObject({ path: 'personId', code: 'mobility_person' });
    const wrongStatus = await w.as.oia.post(url(), outboundBody(w.people.engStudent, { status: 'enrolled' }));
    expect(wrongStatus.json().error.fields[0]).toMatchObject({ path: 'status', code: 'mobility_status_flow' });
  });

  it('records inbound students by Ministry category, staff trips and visiting scholars', async () => {
    const degree = await createMobility(w.as.oiaIss, {
      personId: w.people.inbound,
      direction: 'inbound',
      kind: 'degree',
      moeCategory: 'foreign',
      dualDegree: true,
      hostNameEn: 'Osaka Sending University',
      startDate: '2025-09-01',
    });
    expect(degree).toMatchObject({ status: 'enrolled', moeCategory: 'foreign', dualDegree: true });
    expect(degree.transitions).toEqual(['leave', 'withdraw', 'graduate', 'defer']);
    const trip = await createMobility(w.as.oia, {
      personId: w.people.staff,
      direction: 'outbound',
      kind: 'conference',
      country: 'us',
      city: 'Boston',
      outputs: 'Paper: Robust control of small drones',
      startDate: '2026-05-01',
      endDate: '2026-05-05',
    });
    expect(trip).toMatchObject({ status: 'planned', personCategory: 'staff', country: 'US', region: 'north_america' });
    expect(trip.transitions).toEqual(['complete', 'cancel']);
    const scholar = await createMobility(w.as.oiaIss, {
      personId: w.people.scholar,
      direction: 'inbound',
      kind: 'guest_lecture',
      hostNameEn: 'University of Leeds',
      country: 'GB',
    });
    expect(scholar.personCategory).toBe('scholar');
    const filtered = (await w.as.vp.get(url('?direction=inbound&moeCategory=foreign&pageSize=200'))).json();
    expect(filtered.items.some((x: any) => x.id === degree.id)).toBe(true);
    expect(filtered.items.every((x: any) => x.moeCategory === 'foreign')).toBe(true);
    const byRegion = (await w.as.vp.get(url(`?region=north_america&personId=${w.people.staff}`))).json();
    expect(byRegion.items.map((x: any) => x.id)).toEqual([trip.id]);
  });

  it('scopes reading and writing by role: OIA all, a coordinator their college, a student their own', async () => {
    const own = await createMobility(w.as.oia, outboundBody(w.people.ownStudent, { kind: 'camp' }));
    const eng = await createMobility(w.as.coordEng, outboundBody(w.people.engStudent, { kind: 'ipbl' }));
    expect(eng.unitId).toBe(w.unit.ME);
    const bus = await createMobility(w.as.coordBus, outboundBody(w.people.busStudent, { kind: 'competition' }));
    // A coordinator may not create for another college's student.
    expect((await w.as.coordEng.post(url(), outboundBody(w.people.busStudent))).statusCode).toBe(403);
    expect((await w.as.coordEng.get(url(`/${bus.id}`))).statusCode).toBe(403);
    expect((await w.as.coordEng.get(url(`/${eng.id}`))).json().permissions.update).toBe(true);
    const engList = (await w.as.coordEng.get(url('?pageSize=200'))).json();
    expect(engList.items.some((x: any) => x.id === bus.id)).toBe(false);
    expect(engList.items.some((x: any) => x.id === eng.id)).toBe(true);
    // The student sees their own record only, read-only.
    const mine = (await w.as.student.get(url('?pageSize=200'))).json();
    expect(mine.items.map((x: any) => x.id)).toContain(own.id);
    expect(mine.items.every((x: any) => x.personId === w.people.ownStudent)).toBe(true);
    const ownDetail = (await w.as.student.get(url(`/${own.id}`))).json();
    expect(ownDetail.permissions.update).toBe(false);
    expect(ownDetail.transitions).toEqual([]);
    expect((await w.as.student.get(url(`/${eng.id}`))).statusCode).toBe(403);
    expect((await w.as.student.post(url(), outboundBody(w.people.ownStudent))).statusCode).toBe(403);
    // The vice president reads everything and changes nothing.
    expect((await w.as.vp.get(url(`/${bus.id}`))).statusCode).toBe(200);
    const put = await w.as.vp.put(url(`/${bus.id}`), { ...outboundBody(w.people.busStudent), version: 1 });
    expect(put.statusCode).toBe(403);
    expect(
      (await w.as.vp.post(url(`/${bus.id}/transitions`), { action: 'cancel', version: bus.version })).statusCode,
    ).toBe(403);
    // Archive is OIA's; a coordinator cannot.
    expect((await w.as.coordEng.post(url(`/${eng.id}/archive`), { version: eng.version })).statusCode).toBe(403);
    const archived = await w.as.oia.post(url(`/${eng.id}/archive`), { version: eng.version });
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await w.as.oia.get(url(`?personId=${w.people.engStudent}&archived=only`))).json().items).toHaveLength(1);
    const restored = await w.as.oia.post(url(`/${eng.id}/restore`), { version: archived.json().version });
    expect(restored.json().archivedAt).toBeNull();
  });

  it('books the exchange place on the agreement, gives it back on cancel and refuses over-allocation', async () => {
    const placeId = await w.addPlace(1);
    const places = async () =>
      (await w.as.oia.get(`/api/v1/agreements/${w.agreement.id}/places`))
        .json()
        .items.find((p: any) => p.id === placeId);
    const body = outboundBody(w.people.engStudent, { partnerId: w.partnerId, placeId });
    const m = await createMobility(w.as.oia, body);
    expect(m).toMatchObject({ placeId, agreementId: w.agreement.id, place: { places: 1 } });
    expect(await places()).toMatchObject({ used: 1, remaining: 0 });
    const over = await w.as.oia.post(url(), body, { locale: 'en' });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields[0]).toMatchObject({
      path: 'placeId',
      code: 'over_allocation',
      message: 'Not enough places: 1 of 1 already used.',
    });
    expect(await places()).toMatchObject({ used: 1 });
    const cancelled = await step(w.as.oia, m, 'cancel');
    expect(cancelled.status).toBe('cancelled');
    expect(await places()).toMatchObject({ used: 0, remaining: 1 });
    // Now the place is free for someone else.
    const next = await createMobility(w.as.oia, { ...body, personId: w.people.ownStudent });
    expect(await places()).toMatchObject({ used: 1 });
    // Moving the record off the place frees it.
    const moved = await w.as.oia.put(url(`/${next.id}`), {
      ...body,
      personId: w.people.ownStudent,
      placeId: null,
      version: next.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await places()).toMatchObject({ used: 0 });
  });

  it('filters by unit subtree, academic year and text, and sorts by name', async () => {
    await createMobility(
      w.as.oia,
      outboundBody(w.people.busStudent, { kind: 'camp', startDate: '2024-08-10', endDate: '2024-08-20' }),
    );
    const bus = (await w.as.oia.get(url(`?unitId=${w.unit.BUS}&academicYear=2024&pageSize=200`))).json();
    expect(bus.items.length).toBeGreaterThan(0);
    expect(bus.items.every((x: any) => x.startDate >= '2024-08-01' && x.startDate <= '2025-07-31')).toBe(true);
    const name = (await w.as.oia.get(url(`?personId=${w.people.busStudent}`))).json().items[0].personNameEn;
    const byText = (await w.as.oia.get(url(`?q=${encodeURIComponent(name.toUpperCase())}`))).json();
    expect(byText.items.length).toBeGreaterThan(0);
    expect(byText.items.every((x: any) => x.personNameEn === name)).toBe(true);
    const sorted = (await w.as.oia.get(url('?sort=name&order=desc&pageSize=50'))).json().items;
    expect(sorted.length).toBeGreaterThan(1);
  });

  it('exports the filtered list as xlsx in the user’s language, without personal-data numbers', async () => {
    const res = await w.as.oia.get(url(`/export.xlsx?personId=${w.people.engStudent}`), { locale: 'en' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await readWorkbook(res.rawPayload);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('MoE region');
    expect(header).toContain('At least one semester (credits)');
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).toContain('Japan');
    expect(text).not.toContain('4321'); // the passport number's hint
    expect(text).not.toContain('cipher-text');
    const zh = await w.as.oia.get(url(`/export.xlsx?personId=${w.people.engStudent}`), { locale: 'zh-TW' });
    const zhSheet = (await readWorkbook(zh.rawPayload)).worksheets[0];
    if (!zhSheet) throw new Error('no sheet');
    expect((zhSheet.getRow(1).values as unknown[]).slice(1)).toContain('教育部地區');
    expect(JSON.stringify(zhSheet.getSheetValues())).toContain('日本');
    expect((await w.as.student.get(url('/export.xlsx'))).statusCode).toBe(403);
  });

  it('exports every matching record in the list’s order (names, dates with missing ones last)', async () => {
    for (const q of ['sort=name&order=asc', 'sort=end_date&order=desc', 'direction=outbound&sort=start_date']) {
      const list = (await w.as.oia.get(url(`?${q}&pageSize=200`), { locale: 'en' })).json();
      const res = await w.as.oia.get(url(`/export.xlsx?${q}`), { locale: 'en' });
      const ids = await exportedIds(res.rawPayload);
      expect(list.total, q).toBeGreaterThan(1);
      expect(ids.length, q).toBe(list.total);
      expect(ids.slice(0, list.items.length), q).toEqual(list.items.map((m: { id: number }) => m.id));
    }
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(w.t.db.db, ['mobility']);
  });
});
