import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinistryTableResult } from '#shared/schemas/ministry.js';
import { DIALECTS } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';
import { ministryWorld } from './ministry-fixtures.js';

/**
 * Issue 17 on records of the test's own college (MX) in 2031/32, each expected figure worked out here from
 * the rule in domain.md (not from the code): status on the reference date from the dated enrolment
 * history, 學5 domestic students only, identity vs category, the Ministry's country names, the 4-2-3
 * foundation setting, and the pre-filing check with filing.
 */
describe.each(DIALECTS)('Ministry tables as filed (%s)', (dialect) => {
  let w: Awaited<ReturnType<typeof ministryWorld>>;
  const id: Record<string, number> = {};
  const year = 'from=2031-08-01&to=2032-07-31';
  const degree = { direction: 'inbound', kind: 'degree', moeCategory: 'foreign', startDate: '2030-09-01' };

  beforeAll(async () => {
    w = await ministryWorld(dialect);
    // the departments' Ministry codes (系所代碼), so the pre-filing check lists only what each test makes
    await w.db.updateTable('units').set({ moe_code: '520101' }).where('id', '=', w.mxa).execute();
    await w.db.updateTable('units').set({ moe_code: '520102' }).where('id', '=', w.mxb).execute();
  });
  afterAll(() => w.t.close());

  const table = async (name: string, query: string): Promise<MinistryTableResult> => {
    const res = await w.as.oia.get(`/api/v1/reports/ministry/${name}?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** The MX college's subtotal: column → figure (0 when the college has no row). */
  const college = async (name: string, query: string) => {
    const r = await table(name, query);
    const sub = r.rows.find((x) => x.kind === 'subtotal' && x.collegeId === w.college);
    return Object.fromEntries((sub?.cells ?? []).map((c) => [c.column, c.value])) as Record<string, number>;
  };
  const tvcOn = async (ref: string) =>
    (await college('international_students', `${year}&referenceDate=${ref}`)).total ?? 0;
  /** A transition with the record's current version (required, issue 16): what is checked here is the date. */
  const transition = async (m: { id: number }, action: string, date: string) => {
    const { version } = (await w.as.oia.get(`/api/v1/mobilities/${m.id}`)).json();
    return w.as.oia.post(`/api/v1/mobilities/${m.id}/transitions`, { version, action, date });
  };

  it('1. status on the reference date from the dated history: leave and return, out of order, contradictions', async () => {
    // A: on leave 2031-11-01 … re-enrolled 2032-02-14 — studying on 10/15, not on 12/01, again on 2032-03-15
    let a = await w.mobility(w.mxa, 'female', degree);
    a = await w.act(a, 'leave', '2031-11-01');
    a = await w.act(a, 'enrol', '2032-02-14');
    id.a = a.id;
    expect(await tvcOn('2031-10-15')).toBe(1);
    expect(await tvcOn('2031-12-01')).toBe(0);
    expect(await tvcOn('2032-03-15')).toBe(1);

    // a withdrawal dated 2032-01-01 entered after the return contradicts it (a return after a withdrawal)
    const late = await transition(a, 'withdraw', '2032-01-01');
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields[0]).toMatchObject({ path: 'date', code: 'enrolment_history_contradiction' });
    const still = (await w.as.oia.get(`/api/v1/mobilities/${a.id}`)).json();
    expect(still).toMatchObject({ status: 'enrolled', statusChangedOn: '2032-02-14' });

    // B: a withdrawal entered first, then an earlier leave and return: placed in order, status stays withdrawn
    const b = await w.mobility(w.mxa, 'male', degree);
    await w.act(b, 'withdraw', '2032-06-30');
    const leave = await transition(b, 'leave', '2031-11-01');
    expect(leave.statusCode, leave.body).toBe(200);
    expect(leave.json()).toMatchObject({ status: 'withdrawn', statusChangedOn: '2032-06-30' });
    expect((await transition(b, 'enrol', '2032-02-14')).json().status).toBe('withdrawn');
    // a graduation after the leave, before the return, contradicts it (no graduating while on leave)
    expect((await transition(b, 'graduate', '2031-12-01')).statusCode).toBe(400);
    const history = (await w.as.oia.get(`/api/v1/mobilities/${b.id}/enrolment-history`)).json();
    expect(history.items.map((e: { event: string; effectiveOn: string }) => `${e.event} ${e.effectiveOn}`)).toEqual([
      'enrolled 2030-09-01',
      'on_leave 2031-11-01',
      'returned 2032-02-14',
      'withdrawn 2032-06-30',
    ]);
    // by hand: 10/15 A and B studying (2); 12/01 both on leave (0); 2032-03-15 both back (2); 2032-07-15 A only (1)
    expect(await tvcOn('2031-10-15')).toBe(2);
    expect(await tvcOn('2031-12-01')).toBe(0);
    expect(await tvcOn('2032-03-15')).toBe(2);
    expect(await tvcOn('2032-07-15')).toBe(1);

    // C: created as graduated without a date — counted on no later date
    await w.mobility(w.mxb, 'female', { ...degree, status: 'graduated' });
    expect(await tvcOn('2031-10-15')).toBe(2);
  });

  it('1. an exchange completed on its last day counts that day; one completed the day before does not', async () => {
    const exchange = async (end: string) => {
      let m = await w.mobility(w.mxb, 'male', {
        direction: 'inbound',
        kind: 'exchange_in',
        startDate: '2031-09-01',
        endDate: end,
      });
      for (const action of ['apply', 'accept']) m = await w.act(m, action, '2031-08-01');
      m = await w.act(m, 'arrive', '2031-09-01');
      return w.act(m, 'complete', end);
    };
    await exchange('2031-10-15');
    await exchange('2031-10-14');
    const stats = await college('international_students', `${year}&referenceDate=2031-10-15&grouping=moe_stats`);
    expect(stats.exchange).toBe(1);
  });

  it('2. 學5 counts domestic students only, by identity; the rule is a setting with its source', async () => {
    const trip = { direction: 'outbound', kind: 'exchange', creditBearing: true, country: 'JP' };
    const dates = { startDate: '2031-09-01', endDate: '2032-01-31' };
    await w.mobility(w.mxa, 'female', { ...trip, ...dates }); // Taiwanese: counted
    await w.mobility(w.mxa, 'male', { ...trip, ...dates }, 'bachelor', 'MY'); // Malaysian degree student
    // an overseas Chinese degree student holding an ROC passport: a 僑生 by identity, not domestic
    const ocPerson = await w.person(w.mxa, 'female', 'bachelor', 'TW');
    const oc = await w.as.oia.post('/api/v1/mobilities', {
      personId: ocPerson,
      ...degree,
      moeCategory: 'overseas_chinese',
    });
    expect(oc.statusCode, oc.body).toBe(201);
    const out = await w.as.oia.post('/api/v1/mobilities', { personId: ocPerson, ...trip, ...dates });
    expect(out.statusCode, out.body).toBe(201);
    const q = 'from=2031-08-01&to=2032-01-31';
    expect((await college('outbound_students', q)).semester_total).toBe(1);
    const r = await table('outbound_students', q);
    const rule = r.settings.find((s) => s.key === 'outbound_domestic_only');
    expect(rule).toMatchObject({ value: true });
    expect(rule?.sourceZh).toContain('本國學生');

    const settings = (await w.as.admin.get('/api/v1/reports/settings')).json();
    const version = settings.items.find((s: { key: string }) => s.key === 'outbound_domestic_only').version;
    const put = await w.as.admin.put('/api/v1/reports/settings', {
      settings: [{ key: 'outbound_domestic_only', value: false, version }],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await college('outbound_students', q)).semester_total).toBe(3);
    const back = put.json().items.find((s: { key: string }) => s.key === 'outbound_domestic_only').version;
    await w.as.admin.put('/api/v1/reports/settings', {
      settings: [{ key: 'outbound_domestic_only', value: true, version: back }],
    });
  });

  it('3. identity vs category: a field error on write, an override with a reason, the list of disagreeing records', async () => {
    const vn = await w.person(w.mxa, 'male', 'bachelor', 'VN');
    const body = { personId: vn, ...degree, moeCategory: 'hk_macau' };
    const refused = await w.as.oia.post('/api/v1/mobilities', body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ path: 'moeCategory', code: 'identity_hk_macau' });
    expect(refused.json().error.fields[0].message).toContain('VN');
    const en = await w.as.oia.post('/api/v1/mobilities', body, { locale: 'en' });
    expect(en.json().error.fields[0].message).toContain('Hong Kong');

    // a German exchange student as 僑生: overseas Chinese is a degree channel
    const de = await w.person(w.mxb, 'female', 'bachelor', 'DE');
    const exchange = { personId: de, direction: 'inbound', kind: 'exchange_in', moeCategory: 'overseas_chinese' };
    expect((await w.as.oia.post('/api/v1/mobilities', exchange)).json().error.fields[0].code).toBe(
      'identity_overseas_chinese',
    );

    // a dual national: the category stands with a reason, and counts
    const before = await tvcOn('2031-10-15');
    const dual = await w.as.oia.post('/api/v1/mobilities', {
      ...body,
      categoryOverrideReason: '香港永久居民，持越南護照',
    });
    expect(dual.statusCode, dual.body).toBe(201);
    expect(dual.json().categoryOverrideReason).toBe('香港永久居民，持越南護照');
    expect(await tvcOn('2031-10-15')).toBe(before + 1);

    // a record written before the check (like the old demo data): a Malaysian 陸生 — listed, not counted
    const my = await w.person(w.mxa, 'female', 'bachelor', 'MY');
    const now = new Date().toISOString();
    const { id: wrong } = await w.db
      .insertInto('mobilities')
      .values({
        person_id: my,
        direction: 'inbound',
        kind: 'degree',
        person_category: 'student',
        moe_category: 'mainland',
        status: 'enrolled',
        start_date: '2030-09-01',
        unit_id: w.mxa,
        gender: 'female',
        program_type: 'bachelor_four_year',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id.wrong = wrong;
    expect(await tvcOn('2031-10-15')).toBe(before + 1);
    const list = (await w.as.oia.get('/api/v1/reports/ministry/identity-check')).json();
    const listed = list.items.find((i: { recordId: number }) => i.recordId === wrong);
    expect(listed).toMatchObject({ code: 'check_category', field: 'moeCategory', personId: my });
    expect(listed.messageZh).toContain('MY');
    expect(list.items.some((i: { recordId: number }) => i.recordId === dual.json().id)).toBe(false);
  });

  it('4. the Ministry’s country names (香港, 澳門, 中國大陸) as editable data used by the tables and the xlsx', async () => {
    const list = (await w.as.student.get('/api/v1/country-regions')).json();
    const of = (c: string) => list.items.find((i: { country: string }) => i.country === c);
    expect([of('HK').nameZh, of('MO').nameZh, of('CN').nameZh]).toEqual(['香港', '澳門', '中國大陸']);
    expect(of('CN').nameSource).toContain('中國大陸');

    await w.mobility(w.mxb, 'male', {
      direction: 'outbound',
      kind: 'short_term',
      creditBearing: true,
      country: 'CN',
      startDate: '2031-10-01',
      endDate: '2031-10-20',
    });
    const q = 'from=2031-08-01&to=2032-01-31';
    const r = await table('outbound_students', q);
    expect(r.countries.find((c) => c.code === 'CN')).toEqual({
      code: 'CN',
      nameZh: '中國大陸',
      nameEn: 'Mainland China',
    });

    // an administrator corrects a name; others may not; a stale version is refused
    const edit = {
      region: 'mainland_china',
      nameZh: '中國大陸地區',
      nameEn: 'Mainland China',
      moeCode: '301',
      nameSource: '教育部國別代碼表（測試）',
    };
    expect((await w.as.oia.put('/api/v1/country-regions/CN', { ...edit, version: of('CN').version })).statusCode).toBe(
      403,
    );
    const ok = await w.as.admin.put('/api/v1/country-regions/CN', { ...edit, version: of('CN').version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await w.as.admin.put('/api/v1/country-regions/CN', { ...edit, version: of('CN').version })).statusCode,
    ).toBe(409);
    const xlsx = await w.as.oia.get(`/api/v1/reports/ministry/export.xlsx?${q}`);
    const wb = await readWorkbook(xlsx.rawPayload);
    const sheet = wb.getWorksheet('學5出國進修交流');
    const cn = sheet?.getRows(5, (sheet?.rowCount ?? 5) - 4)?.find((row) => row.getCell(7).value === '大陸地區');
    expect(cn?.getCell(6).value).toBe('中國大陸地區');
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:4' });
    await w.as.admin.put('/api/v1/country-regions/CN', { ...edit, nameZh: '中國大陸', version: ok.json().version });
  });

  it('11. foundation-program students: not in 4-2-3 by default (degree students), in the statistics table', async () => {
    const before = await tvcOn('2031-10-15');
    const stats = async () =>
      (await college('international_students', `${year}&referenceDate=2031-10-15&grouping=moe_stats`)).degree_foreign ??
      0;
    const statsBefore = await stats();
    await w.mobility(w.mxa, 'male', { ...degree, kind: 'foundation' });
    expect(await tvcOn('2031-10-15')).toBe(before);
    expect(await stats()).toBe(statsBefore + 1);
    const r = await table('international_students', `${year}&referenceDate=2031-10-15`);
    expect(r.settings.find((s) => s.key === 'foundation_in_tvc_4_2_3')?.sourceZh).toContain('4-2-3');
  });

  it('10. the pre-filing check lists what will be counted with missing or contradictory fields; filing needs it acknowledged', async () => {
    const noGender = await w.mobility(w.mxa, null, {
      direction: 'outbound',
      kind: 'exchange',
      creditBearing: true,
      country: 'KR',
      startDate: '2031-09-05',
      endDate: '2032-01-20',
    });
    const url = `/api/v1/reports/ministry/checks?periodId=${w.period}`;
    const check = (await w.as.oia.get(url)).json();
    const codes = (recordId: number) =>
      check.problems.filter((p: { recordId: number }) => p.recordId === recordId).map((p: { code: string }) => p.code);
    expect(codes(noGender.id)).toEqual(['check_gender']);
    expect(codes(id.wrong as number)).toEqual(['check_category']);
    const gender = check.problems.find((p: { recordId: number }) => p.recordId === noGender.id);
    expect(gender.messageZh).toContain('性別');
    expect(gender.messageEn).toContain('gender');
    expect(check.projection).toBe(true); // 2031-10-15 is after today
    expect(check.canFile).toBe(true);

    const file = (body: Record<string, unknown>, as = w.as.oia) =>
      as.post('/api/v1/reports/ministry/filings', { periodId: w.period, fingerprint: check.fingerprint, ...body });
    expect((await file({ acknowledged: true }, w.as.vp)).statusCode).toBe(403);
    const unread = await file({ acknowledged: false });
    expect(unread.statusCode).toBe(400);
    expect(unread.json().error.fields[0].path).toBe('acknowledged');
    expect((await file({ acknowledged: true, fingerprint: 'stale' })).statusCode).toBe(409);
    const filed = await file({ acknowledged: true, note: '已通知學院補登性別' });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ problemCount: check.problems.length, current: true });

    const xlsx = await w.as.oia.get(
      `/api/v1/reports/ministry/export.xlsx?periodId=${w.period}&filingId=${filed.json().id}`,
    );
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const sheet = (await readWorkbook(xlsx.rawPayload)).getWorksheet('填報前檢核');
    expect(String(sheet?.getRow(1).getCell(1).value)).toContain('已填報');
    expect(sheet?.getRow(3).values).toEqual([undefined, '紀錄編號', '姓名', '報表', '欄位', '問題']);
    const recorded = sheet?.getRows(4, (sheet?.rowCount ?? 4) - 3)?.map((row) => row.getCell(1).value);
    expect(recorded).toContain(noGender.id);

    // the records change: the acknowledged list is no longer current, the export for filing is refused
    await w.mobility(w.mxb, null, {
      direction: 'outbound',
      kind: 'exchange',
      creditBearing: true,
      country: 'KR',
      startDate: '2031-09-05',
      endDate: '2032-01-20',
    });
    const again = (await w.as.oia.get(url)).json();
    expect(again.filings[0]).toMatchObject({ id: filed.json().id, current: false });
    expect(
      (await w.as.oia.get(`/api/v1/reports/ministry/export.xlsx?periodId=${w.period}&filingId=${filed.json().id}`))
        .statusCode,
    ).toBe(409);
    // the draft export still works and says it is a draft
    const draft = await w.as.oia.get(`/api/v1/reports/ministry/export.xlsx?periodId=${w.period}`);
    const draftSheet = (await readWorkbook(draft.rawPayload)).getWorksheet('填報前檢核');
    expect(String(draftSheet?.getRow(1).getCell(1).value)).toContain('草稿');
  });

  it('8. the page opens on the period whose window is open, or whose reference date passed last — never a future one', async () => {
    const res = (await w.as.oia.get('/api/v1/reports/ministry/periods')).json();
    const today = new Date().toISOString().slice(0, 10);
    const test = res.items.find((p: { id: number }) => p.id === w.period);
    expect(test).toMatchObject({ projection: true, opensOn: '2031-09-01', closesOn: '2031-10-31' });
    expect(res.defaultId).not.toBe(w.period);
    const chosen = res.items.find((p: { id: number }) => p.id === res.defaultId);
    if (chosen) expect((chosen.referenceDate ?? chosen.coversTo) <= today).toBe(true);
  });
});
