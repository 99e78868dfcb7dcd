import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIT_SEEDS } from '#server/demo/units.data.js';
import { makeUnit, makeUser, uniqueTag } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

describe.each(DIALECTS)('users, roles and units (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let units: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    units = Object.fromEntries((await admin.get('/api/v1/units')).json().items.map((u: any) => [u.code, u.id]));
  });
  afterAll(() => t.close());

  const newUser = (email: string, role = 'college_coordinator', unit = 'HSS') => ({
    email,
    nameZh: '測試人員',
    nameEn: 'Test Person',
    locale: 'en',
    password: 'long-enough-pw',
    roles: [{ role, unitId: units[unit] }],
  });

  it('lists the unit tree: colleges with departments, the OIA and its divisions, related offices', async () => {
    const items = (await admin.get('/api/v1/units')).json().items as any[];
    const colleges = UNIT_SEEDS.filter((u) => u.kind === 'college').map((u) => u.code);
    expect(items.filter((u) => u.kind === 'college').map((u) => u.code)).toEqual(expect.arrayContaining(colleges));
    // A unit added under a college shows in the tree with its parent.
    const added = await makeUnit(t, { parentId: units.HSS, nameEn: 'Department of Testing' });
    const after = (await admin.get('/api/v1/units')).json().items as any[];
    expect(after).toHaveLength(items.length + 1);
    expect(after.find((u) => u.id === added.id)).toMatchObject({ code: added.code, parentId: units.HSS });
    const oia = items.find((u) => u.code === 'OIA');
    expect(
      items
        .filter((u) => u.parentId === oia.id)
        .map((u) => u.code)
        .sort(),
    ).toEqual(['OIA-CLC', 'OIA-IC', 'OIA-ISS', 'OIA-PR']);
    expect(items.map((u) => u.code)).toEqual(expect.arrayContaining(['AA', 'SA', 'RD', 'IPC']));
    for (const c of items.filter((u) => u.kind === 'college')) {
      expect(items.filter((u) => u.parentId === c.id).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('lets an administrator create a user who can then sign in with that role', async () => {
    const res = await admin.post('/api/v1/users', newUser('new.coord@example.edu'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'new.coord@example.edu',
      active: true,
      version: 1,
      roles: [{ role: 'college_coordinator', unitId: units.HSS }],
    });
    expect(JSON.stringify(res.json())).not.toContain('password');
    const c = await t.login('new.coord@example.edu', 'long-enough-pw');
    expect((await c.get('/api/v1/auth/me')).json().roles[0].unitNameZh).toBe('人文社會學院');
    const history = (await admin.get(`/api/v1/users/${res.json().id}/history`)).json();
    expect(history.items[0]).toMatchObject({ action: 'create', actorEmail: DEMO.admin });
    expect(JSON.stringify(history.items[0].after)).not.toContain('argon2');
  });

  it('validates per field: e-mail format and uniqueness, password length, roles, units', async () => {
    const bad = await admin.post('/api/v1/users', { ...newUser('x'), password: 'short', roles: [] }, { locale: 'en' });
    expect(bad.statusCode).toBe(400);
    const fields = Object.fromEntries(bad.json().error.fields.map((f: any) => [f.path, f.message]));
    expect(fields).toEqual({
      email: 'Enter a valid e-mail address.',
      password: 'Use at least 10 characters.',
      roles: 'Add at least 1.',
    });
    const dup = await admin.post('/api/v1/users', newUser(DEMO.student.toUpperCase()), { locale: 'en' });
    expect(dup.json().error.fields).toEqual([
      { path: 'email', code: 'duplicate_email', message: 'This e-mail is already in use.' },
    ]);
    const badRole = await admin.post('/api/v1/users', {
      ...newUser('r@example.edu'),
      roles: [{ role: 'dean', unitId: units.ENG }],
    });
    expect(badRole.json().error.fields[0].path).toBe('roles.0.role');
    const badUnit = await admin.post('/api/v1/users', {
      ...newUser('u@example.edu'),
      roles: [{ role: 'student', unitId: 99999 }],
    });
    expect(badUnit.json().error.fields[0].path).toBe('roles.0.unitId');
  });

  it('updates roles with optimistic concurrency, and deactivation ends the sessions', async () => {
    const created = (await admin.post('/api/v1/users', newUser('to.change@example.edu', 'student', 'CSIE'))).json();
    const session = await t.login('to.change@example.edu', 'long-enough-pw');
    const body = {
      email: created.email,
      nameZh: null,
      nameEn: 'Changed',
      locale: 'zh-TW',
      active: true,
      roles: [{ role: 'student_assistant', unitId: units['OIA-IC'] }],
    };
    const ok = await admin.put(`/api/v1/users/${created.id}`, { ...body, version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles).toEqual([{ role: 'student_assistant', unitId: units['OIA-IC'] }]);
    const stale = await admin.put(`/api/v1/users/${created.id}`, { ...body, nameEn: 'Lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.nameEn).toBe('Changed');
    expect((await session.get('/api/v1/auth/me')).json().roles[0].role).toBe('student_assistant');
    const off = await admin.put(`/api/v1/users/${created.id}`, { ...body, active: false, version: 2 });
    expect(off.statusCode).toBe(200);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('never removes the last active administrator', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    const current = (await admin.get(`/api/v1/users/${me.id}`)).json();
    const res = await admin.put(
      `/api/v1/users/${me.id}`,
      {
        email: current.email,
        nameZh: current.nameZh,
        nameEn: current.nameEn,
        locale: current.locale,
        // Deactivating itself (its own roles it may not change at all: hardening-roles.test.ts).
        active: false,
        roles: current.roles,
        version: current.version,
      },
      { locale: 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({
      path: 'roles',
      message: 'The last system administrator cannot be removed.',
    });
    const after = (await admin.get(`/api/v1/users/${me.id}`)).json();
    expect(after.roles).toEqual([{ role: 'admin', unitId: units.UNIV }]);
    expect(after.version).toBe(current.version);
  });

  it('refuses user management to every other role', async () => {
    for (const email of [DEMO.oia, DEMO.coordEng, DEMO.executive, DEMO.unitStaff, DEMO.assistant, DEMO.student]) {
      const c = await t.login(email);
      expect((await c.get('/api/v1/users')).statusCode, email).toBe(403);
      expect((await c.post('/api/v1/users', newUser(`x-${email}`))).statusCode, email).toBe(403);
      expect((await c.get('/api/v1/users/1')).statusCode, email).toBe(403);
    }
  });

  it('searches users by text, role and unit', async () => {
    const tag = uniqueTag('usr');
    const lab = await makeUnit(t, { parentId: units.ENG, nameEn: `${tag} Lab` });
    const coord = await makeUser(admin, { role: 'college_coordinator', unitId: lab.id }, { nameZh: `${tag}協調人` });
    const staff = await makeUser(admin, { role: 'unit_staff', unitId: lab.id }, { nameEn: `${tag} Staff` });
    const elsewhere = await makeUser(
      admin,
      { role: 'college_coordinator', unitId: units.BUS as number },
      { nameEn: tag },
    );
    const emails = (res: { json: () => { items: { email: string }[] } }) =>
      res
        .json()
        .items.map((u) => u.email)
        .sort();
    expect(emails(await admin.get(`/api/v1/users?q=${tag}`))).toEqual(
      [coord.email, staff.email, elsewhere.email].sort(),
    );
    expect(emails(await admin.get(`/api/v1/users?q=${tag.toUpperCase()}%20staff`))).toEqual([staff.email]);
    expect(emails(await admin.get(`/api/v1/users?q=${encodeURIComponent(`${tag}協調`)}`))).toEqual([coord.email]);
    expect(emails(await admin.get(`/api/v1/users?unitId=${lab.id}`))).toEqual([coord.email, staff.email].sort());
    expect(emails(await admin.get(`/api/v1/users?unitId=${lab.id}&role=college_coordinator`))).toEqual([coord.email]);
    const coords = (await admin.get('/api/v1/users?role=college_coordinator&pageSize=100')).json();
    expect(coords.items.every((u: any) => u.roles.some((r: any) => r.role === 'college_coordinator'))).toBe(true);
    expect(coords.items.map((u: any) => u.email)).toEqual(expect.arrayContaining([coord.email, elsewhere.email]));
  });
});
