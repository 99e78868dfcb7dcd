import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIdsByCode } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** Issue 16, Medium 5: administrators cannot give themselves, or hold, roles that read personal data. */
describe.each(DIALECTS)('role grants (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let units: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    units = await unitIdsByCode(admin);
  });
  afterAll(() => t.close());

  const bodyOf = (u: Record<string, unknown>, roles: unknown[]) => ({
    email: u.email,
    nameZh: u.nameZh,
    nameEn: u.nameEn,
    locale: u.locale,
    active: true,
    roles,
    version: u.version,
  });
  const secondAdmin = async () => {
    const email = `admin2.${Date.now()}@example.edu`;
    const res = await admin.post('/api/v1/users', {
      email,
      nameZh: '第二管理者',
      nameEn: 'Second Admin',
      locale: 'en',
      password: 'Tr0ub4dor-and-3',
      roles: [{ role: 'admin', unitId: units.UNIV }],
    });
    expect(res.statusCode, res.body).toBe(201);
    return { user: res.json(), client: await t.login(email, 'Tr0ub4dor-and-3') };
  };

  it('refuses an administrator adding oia_staff to itself, and logs nothing', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    const current = (await admin.get(`/api/v1/users/${me.id}`)).json();
    const roles = [...current.roles, { role: 'oia_staff', unitId: units['OIA-IC'] }];
    const res = await admin.put(`/api/v1/users/${me.id}`, bodyOf(current, roles), { locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({
      path: 'roles',
      message: expect.stringContaining('your own roles'),
    });
    const zh = await admin.put(`/api/v1/users/${me.id}`, bodyOf(current, roles), { locale: 'zh-TW' });
    expect(zh.json().error.fields[0].message).toContain('自己的角色');
    expect((await admin.get(`/api/v1/users/${me.id}`)).json().roles).toEqual(current.roles);
  });

  it('refuses another administrator granting a personal-data role to an administrator', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    const { client: other } = await secondAdmin();
    const current = (await other.get(`/api/v1/users/${me.id}`)).json();
    for (const role of ['oia_staff', 'college_coordinator', 'unit_staff']) {
      const roles = [...current.roles, { role, unitId: units.OIA }];
      const res = await other.put(`/api/v1/users/${me.id}`, bodyOf(current, roles), { locale: 'en' });
      expect(res.statusCode, role).toBe(400);
      expect(res.json().error.fields[0].message).toContain('cannot also hold a role that reads personal data');
    }
    // Nor may an OIA staff member be made an administrator.
    const oia = (await admin.get(`/api/v1/users?q=${encodeURIComponent(DEMO.oia)}`)).json().items[0];
    const promote = await admin.put(
      `/api/v1/users/${oia.id}`,
      bodyOf(oia, [...oia.roles, { role: 'admin', unitId: units.UNIV }]),
    );
    expect(promote.statusCode).toBe(400);
    expect(
      (
        await admin.post('/api/v1/users', {
          email: `both.${Date.now()}@example.edu`,
          nameZh: '兩者',
          nameEn: 'Both',
          locale: 'en',
          roles: [
            { role: 'admin', unitId: units.UNIV },
            { role: 'oia_staff', unitId: units['OIA-IC'] },
          ],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('lets an administrator grant oia_staff to an ordinary account, logged with the grant', async () => {
    const email = `grant.${Date.now()}@example.edu`;
    const created = await admin.post('/api/v1/users', {
      email,
      nameZh: '受授權',
      nameEn: 'Grantee',
      locale: 'en',
      roles: [{ role: 'student_assistant', unitId: units.OIA }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const u = created.json();
    const roles = [...u.roles, { role: 'oia_staff', unitId: units['OIA-IC'] }];
    const res = await admin.put(`/api/v1/users/${u.id}`, bodyOf(u, roles));
    expect(res.statusCode, res.body).toBe(200);
    const url = `/api/v1/audit?entityType=user&entityId=${u.id}&action=update`;
    // The summary is data, in the reader's language (ADR 0030); which grant changed is in before/after.
    expect((await admin.get(url, { locale: 'en' })).json().items[0].summary).toBe(
      `${email}: roles granted 1, removed 0`,
    );
    expect((await admin.get(url, { locale: 'zh-TW' })).json().items[0].summary).toBe(
      `${email}：新增 1 個角色，移除 0 個`,
    );
  });
});
