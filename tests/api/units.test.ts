import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { readWorkbook, uploadFile, workbook } from '#tests/setup/xlsx.js';

describe.each(DIALECTS)('organisation units (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let oia: Client;
  let ids: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    oia = await t.login(DEMO.oia);
    ids = Object.fromEntries((await admin.get('/api/v1/units')).json().items.map((u: any) => [u.code, u.id]));
  });
  afterAll(() => t.close());

  const department = (code: string, parent = 'ENG') => ({
    code,
    nameZh: '資訊工程學系',
    nameEn: 'Department of Computer Science',
    kind: 'department',
    parentId: ids[parent] as number,
    moeCode: '520101',
    programTypes: ['bachelor', 'master', 'bachelor'],
  });
  const del = (c: Client, id: number, version: number, locale = 'en') =>
    c.request('DELETE', `/api/v1/units/${id}?version=${version}`, undefined, { locale });

  it('creates, reads and updates a unit with both names, MoE code and program types, with history', async () => {
    const res = await admin.post('/api/v1/units', department('eng-cs'));
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toMatchObject({ code: 'ENG-CS', moeCode: '520101', programTypes: ['bachelor', 'master'] });
    expect(unit).toMatchObject({ active: true, version: 1, references: 0 });
    const upd = await admin.put(`/api/v1/units/${unit.id}`, {
      ...department('ENG-CS'),
      nameEn: 'Department of Computer Science and Information Engineering',
      programTypes: ['bachelor', 'master', 'doctoral'],
      version: 1,
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.json()).toMatchObject({ version: 2, programTypes: ['bachelor', 'master', 'doctoral'] });
    const history = (await admin.get(`/api/v1/units/${unit.id}/history`)).json().items;
    expect(history.map((h: any) => h.action)).toEqual(['update', 'create']);
    // The cached unit tree was dropped: a role can be given on the new unit at once.
    const user = await admin.post('/api/v1/users', {
      email: 'cs.coord@demo.meridian.tw',
      locale: 'en',
      password: 'long-enough-pw',
      roles: [{ role: 'college_coordinator', unitId: unit.id }],
    });
    expect(user.statusCode).toBe(201);
    ids['ENG-CS'] = unit.id;
  });

  it('answers field errors in both languages', async () => {
    const bad = { ...department('bad code!'), nameZh: ' ', kind: 'faculty', programTypes: ['phd'] };
    const en = await admin.post('/api/v1/units', bad, { locale: 'en' });
    expect(en.statusCode).toBe(400);
    const byPath = (r: typeof en) => Object.fromEntries(r.json().error.fields.map((f: any) => [f.path, f.message]));
    expect(byPath(en)).toMatchObject({ nameZh: 'This field is required.', code: 'Invalid format.' });
    expect(Object.keys(byPath(en))).toEqual(expect.arrayContaining(['kind', 'programTypes.0']));
    const zh = await admin.post('/api/v1/units', bad, { locale: 'zh-TW' });
    expect(byPath(zh)).toMatchObject({ nameZh: '此欄位為必填。' });
    const placed = await admin.post('/api/v1/units', { ...department('X1'), parentId: null }, { locale: 'zh-TW' });
    expect(placed.json().error.fields).toEqual([expect.objectContaining({ path: 'parentId', code: 'required' })]);
    const dup = await admin.post('/api/v1/units', department('ENG-CS'), { locale: 'en' });
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'code', message: 'This code is already in use.' });
    const eng = (await admin.get(`/api/v1/units/${ids.ENG}`)).json();
    const cycle = await admin.put(
      `/api/v1/units/${ids.ENG}`,
      { ...department('ENG'), kind: 'college', parentId: ids['ENG-CS'], version: eng.version },
      { locale: 'zh-TW' },
    );
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.fields[0]).toMatchObject({
      path: 'parentId',
      message: '單位不能放在自己或自己的下層單位之下。',
    });
  });

  it('is for administrators only, while every signed-in user reads the list', async () => {
    expect((await oia.get('/api/v1/units')).statusCode).toBe(200);
    expect((await oia.get(`/api/v1/units/${ids.ENG}`)).statusCode).toBe(403);
    expect((await oia.post('/api/v1/units', department('OIA-X'))).statusCode).toBe(403);
    expect((await oia.post(`/api/v1/units/${ids.ENG}/deactivate`, { version: 1 })).statusCode).toBe(403);
    expect((await oia.get('/api/v1/units/export.xlsx')).statusCode).toBe(403);
    expect((await oia.get('/api/v1/imports/template.xlsx?kind=units')).statusCode).toBe(403);
    expect((await del(oia, ids.ENG as number, 1)).statusCode).toBe(403);
  });

  it('refuses a stale version with 409 and the unit as it is now', async () => {
    const id = ids['ENG-CS'] as number;
    const res = await admin.put(`/api/v1/units/${id}`, { ...department('ENG-CS'), version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.current).toMatchObject({ id, version: 2 });
  });

  it('deactivates a unit records point to (never deletes it), and deletes one nothing points to', async () => {
    const id = ids['ENG-CS'] as number;
    const refused = await del(admin, id, 2);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields[0]).toMatchObject({ path: 'id', code: 'unit_in_use' });
    expect(refused.json().error.fields[0].message).toMatch(/^1 records point to this unit/);
    const off = await admin.post(`/api/v1/units/${id}/deactivate`, { version: 2 });
    expect(off.json()).toMatchObject({ active: false, version: 3, references: 1 });
    const under = await admin.post('/api/v1/units', department('ENG-CS-LAB', 'ENG-CS'));
    expect(under.json().error.fields[0]).toMatchObject({ path: 'parentId', code: 'unit_inactive' });
    const college = (await admin.get(`/api/v1/units/${ids.ENG}`)).json();
    const busy = await admin.post(`/api/v1/units/${ids.ENG}/deactivate`, { version: college.version });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.fields[0]).toMatchObject({ code: 'unit_active_children' });
    const on = await admin.post(`/api/v1/units/${id}/reactivate`, { version: 3 });
    expect(on.json()).toMatchObject({ active: true, version: 4 });
    const history = (await admin.get(`/api/v1/units/${id}/history`)).json().items;
    expect(history.slice(0, 2).map((h: any) => h.action)).toEqual(['restore', 'archive']);

    const spare = (await admin.post('/api/v1/units', department('ENG-SPARE'))).json();
    expect((await del(admin, spare.id, 5)).statusCode).toBe(409);
    expect((await del(admin, spare.id, 1)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/units/${spare.id}`)).statusCode).toBe(404);
  });

  it('imports units from xlsx with a row-level report, and exports them so exceljs opens the file', async () => {
    const header = ['Unit code', '中文名稱', 'English name', 'Kind of unit', '上層單位代碼', '系所代碼', '學制班別'];
    const data = await workbook([
      {
        name: 'Units',
        rows: [
          header,
          ['CLC2', '華語中心', 'Chinese Language Center', '中心', 'UNIV', null, null],
          ['IFP', '國際專修部', 'International Foundation Program', 'center', 'CLC2', null, null],
          ['ENG-EE', '電機工程學系', 'Department of Electrical Engineering', '學系', 'ENG', '520201', '學士班、碩士班'],
          ['BAD1', '錯誤', 'Bad parent', 'department', 'NOPE', null, null],
          ['BAD2', '錯誤', 'Bad kind', 'faculty', 'ENG', null, null],
          ['BAD3', '錯誤', 'Bad program type', 'department', 'ENG', null, 'Bachelor, PhD'],
          ['ENG-EE', '重複', 'Duplicate', 'department', 'ENG', null, null],
        ],
      },
    ]);
    const up = await uploadFile(t, admin, '/api/v1/imports?kind=units', data, { locale: 'en' });
    expect(up.statusCode).toBe(201);
    const batch = up.json();
    expect(batch.counts).toEqual({ create: 3, update: 0, unchanged: 0, error: 4 });
    const issues = batch.issues.items.map((i: any) => [i.row, i.cell, i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [
          5,
          'E5',
          'No parent unit has the code “NOPE”: enter the code of an existing unit or of a row above in this file.',
        ],
        [6, 'D6', expect.any(String)],
        [7, 'G7', expect.any(String)],
        [8, null, 'Duplicate of row 4.'],
      ]),
    );
    const done = await admin.post(`/api/v1/imports/${batch.id}/commit`, { mode: 'validOnly' });
    expect(done.json()).toMatchObject({ status: 'imported', counts: { create: 3 } });
    const units = (await admin.get('/api/v1/units')).json().items as any[];
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(byCode.get('IFP').parentId).toBe(byCode.get('CLC2').id);
    expect(byCode.get('ENG-EE')).toMatchObject({ moeCode: '520201', programTypes: ['bachelor', 'master'] });

    const res = await admin.get('/api/v1/units/export.xlsx', { locale: 'zh-TW' });
    expect(res.statusCode).toBe(200);
    const ws = (await readWorkbook(res.rawPayload)).worksheets[0];
    expect(ws?.name).toBe('組織單位');
    expect(ws?.getRow(1).getCell(8).value).toBe('啟用');
    const rows: unknown[][] = [];
    ws?.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows).toContainEqual([
      'ENG-EE',
      '電機工程學系',
      'Department of Electrical Engineering',
      '學系',
      'ENG',
      '520201',
      '學士班、碩士班',
      '是',
    ]);

    // The exported file imports back with nothing to change.
    const again = await uploadFile(t, admin, '/api/v1/imports?kind=units', Buffer.from(res.rawPayload));
    expect(again.json().counts).toMatchObject({ create: 0, update: 0, error: 0 });
  });
});
