import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#server/db/client.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { readWorkbook, uploadFile, workbook } from '#tests/setup/xlsx.js';

/** People and accounts from xlsx: the 'accounts' kind of the bulk import (template, check, report, commit, invitations). */
describe.each(DIALECTS)('people and accounts import (%s)', (dialect) => {
  let t: TestApp;
  let db: Db;
  let admin: Client;
  let headers: string[];
  let sheetName: string;
  beforeAll(async () => {
    t = await setupApp(dialect);
    db = t.db.db;
    admin = await t.login(DEMO.admin);
    const template = await admin.get('/api/v1/imports/template.xlsx?kind=accounts', { locale: 'en' });
    expect(template.statusCode).toBe(200);
    const ws = (await readWorkbook(template.rawPayload)).worksheets[0];
    if (!ws) throw new Error('no sheet');
    sheetName = ws.name;
    headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  });
  afterAll(() => t.close());

  const upload = async (rows: unknown[][], client = admin) =>
    uploadFile(
      t,
      client,
      '/api/v1/imports?kind=accounts',
      await workbook([{ name: sheetName, rows: [headers, ...rows] }]),
      {
        locale: 'en',
      },
    );
  // kind, number, nameZh, nameEn, email, unit, degree level, program type, role
  const good = [
    ['Student', 'S1130001', '王小明', 'Ming Wang', 'ming.wang@example.edu', 'CSIE', 'Bachelor', null, 'Student'],
    ['staff', 'T0042', '陳老師', 'Teacher Chen', 'teacher.chen@example.edu', 'ENG', null, null, 'college_coordinator'],
    ['student', 'S1130002', '李小華', 'Hua Li', null, 'CSIE', 'master', null, null],
  ];
  const bad = ['student', 'S1130003', null, null, null, 'NOPE', null, null, 'student'];

  it('is for administrators only', async () => {
    const oia = await t.login(DEMO.oia);
    expect((await oia.get('/api/v1/imports/template.xlsx?kind=accounts')).statusCode).toBe(403);
    expect((await upload(good, oia)).statusCode).toBe(403);
  });

  it('checks every row, reports the bad one per cell, imports the valid rows and mails invitations if asked', async () => {
    const res = await upload([...good, bad]);
    expect(res.statusCode).toBe(201);
    const batch = res.json();
    expect(batch.counts).toMatchObject({ create: 3, error: 1 });
    const messages = batch.issues.items.map((i: any) => `${i.cell}: ${i.message}`);
    expect(messages.some((m: string) => /NOPE/.test(m))).toBe(true);
    expect(batch.issues.items.every((i: any) => i.row === 5)).toBe(true);
    // Nothing written by the check.
    expect(
      await db.selectFrom('people').select('id').where('student_no', '=', 'S1130001').executeTakeFirst(),
    ).toBeUndefined();

    expect((await admin.post(`/api/v1/imports/${batch.id}/commit`, { mode: 'all' })).statusCode).toBe(409);
    const done = await admin.post(`/api/v1/imports/${batch.id}/commit`, { mode: 'validOnly', sendInvites: true });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'imported', counts: { create: 3, error: 1 } });

    const ming = await db
      .selectFrom('people')
      .innerJoin('users', 'users.id', 'people.user_id')
      .select(['people.id', 'people.degree_level', 'users.email', 'users.id as user_id'])
      .where('people.student_no', '=', 'S1130001')
      .executeTakeFirstOrThrow();
    expect(ming).toMatchObject({ degree_level: 'bachelor', email: 'ming.wang@example.edu' });
    const roles = await db.selectFrom('user_roles').select(['role']).where('user_id', '=', ming.user_id).execute();
    expect(roles.map((r) => r.role)).toEqual(['student']);
    const hua = await db
      .selectFrom('people')
      .select('user_id')
      .where('student_no', '=', 'S1130002')
      .executeTakeFirstOrThrow();
    expect(hua.user_id).toBeNull();
    const mails = await db
      .selectFrom('mail_outbox')
      .select('to_address')
      .where('dedupe_key', 'like', 'account:%')
      .execute();
    expect(mails.map((m) => m.to_address).sort()).toEqual(['ming.wang@example.edu', 'teacher.chen@example.edu']);

    // The invited student sets a password and sees their own record.
    const text = (
      await db
        .selectFrom('mail_outbox')
        .select('body_text')
        .where('to_address', '=', 'ming.wang@example.edu')
        .executeTakeFirstOrThrow()
    ).body_text;
    const token = text.match(/token=([\w-]+)/)?.[1] as string;
    expect((await t.anon.post('/api/v1/auth/set-password', { token, password: 'harbour-violet-88' })).statusCode).toBe(
      200,
    );
    const student = await t.login('ming.wang@example.edu', 'harbour-violet-88');
    expect((await student.get('/api/v1/people/me')).json().id).toBe(ming.id);
  });

  it('imports again without duplicates: unchanged rows stay, a changed cell updates', async () => {
    const again = (await upload(good)).json();
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 3, error: 0 });
    const changed = good.map((r) => [...r]);
    (changed[2] as unknown[])[3] = 'Hua Li-Chen';
    const res = (await upload(changed)).json();
    expect(res.counts).toMatchObject({ update: 1, unchanged: 2 });
    await admin.post(`/api/v1/imports/${res.id}/commit`, { mode: 'all' });
    const hua = await db
      .selectFrom('people')
      .select('name_en')
      .where('student_no', '=', 'S1130002')
      .executeTakeFirstOrThrow();
    expect(hua.name_en).toBe('Hua Li-Chen');
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['import', 'person', 'user']);
  });
});
