import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

describe.each(DIALECTS)('audit trail (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let oia: Client;
  const count = async () =>
    Number(
      (
        await t.db.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    oia = await t.login(DEMO.oia);
  });
  afterAll(() => t.close());

  const partner = { nameEn: 'Audit University', nameZh: '稽核大學', country: 'FR', type: 'university' };

  it('writes exactly one entry per change, and none for a refused or failed write', async () => {
    const before = await count();
    const p = (await oia.post('/api/v1/partners', partner)).json();
    expect(await count()).toBe(before + 1);
    await oia.post('/api/v1/partners', { ...partner, country: 'ZZ' });
    await oia.put(`/api/v1/partners/${p.id}`, { ...partner, version: 99 });
    await (await t.login(DEMO.student)).post('/api/v1/partners', partner);
    expect(await count()).toBe(before + 1 + 1); // + the student's login
  });

  it('rolls back the change when its audit entry cannot be written (one transaction)', async () => {
    const p = (await oia.post('/api/v1/partners', { ...partner, nameEn: 'Atomic U' })).json();
    // Make the audit insert fail: the partner update in the same transaction must not stay.
    const trigger =
      dialect === 'sqlite'
        ? [
            "create trigger audit_block before insert on audit_log when new.summary = 'Atomic U 2' begin select raise(abort, 'blocked'); end",
          ]
        : [
            "create function audit_block() returns trigger as $$ begin if new.summary = 'Atomic U 2' then raise exception 'blocked'; end if; return new; end $$ language plpgsql",
            'create trigger audit_block before insert on audit_log for each row execute function audit_block()',
          ];
    const { sql } = await import('kysely');
    for (const stmt of trigger) await sql.raw(stmt).execute(t.db.db);
    try {
      const res = await oia.put(`/api/v1/partners/${p.id}`, { ...partner, nameEn: 'Atomic U 2', version: 1 });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.code).toBe('INTERNAL');
      const now = (await oia.get(`/api/v1/partners/${p.id}`)).json();
      expect(now).toMatchObject({ nameEn: 'Atomic U', version: 1 });
    } finally {
      await sql.raw('drop trigger audit_block' + (dialect === 'postgres' ? ' on audit_log' : '')).execute(t.db.db);
    }
  });

  it('lets administrators search the log by entity, action, actor, text and date', async () => {
    const p = (await oia.post('/api/v1/partners', { ...partner, nameEn: 'Searchable Institute' })).json();
    const byEntity = (await admin.get(`/api/v1/audit?entityType=partner&entityId=${p.id}`)).json();
    expect(byEntity.items).toHaveLength(1);
    expect(byEntity.items[0]).toMatchObject({
      action: 'create',
      actorEmail: DEMO.oia,
      // The page shows who by name (the demo's International Cooperation officer).
      actorNameZh: '陳國合',
      actorNameEn: 'Grace Chen',
      summary: '稽核大學', // the partner's name in the reader's language (ADR 0030)
    });
    const inEn = (await admin.get(`/api/v1/audit?entityType=partner&entityId=${p.id}`, { locale: 'en' })).json();
    expect(inEn.items[0].summary).toBe('Searchable Institute');
    const byText = (await admin.get('/api/v1/audit?q=searchable')).json();
    expect(byText.items.map((e: any) => e.entityId)).toContain(p.id);
    const logins = (await admin.get('/api/v1/audit?action=login')).json();
    expect(logins.total).toBeGreaterThanOrEqual(2);
    expect(logins.items.every((e: any) => e.action === 'login')).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.get(`/api/v1/audit?from=${today}&to=${today}&q=searchable`)).json().total).toBe(1);
    expect((await admin.get('/api/v1/audit?to=2000-01-01')).json().total).toBe(0);
    expect((await admin.get('/api/v1/audit?from=yesterday')).statusCode).toBe(400);
    const vp = await t.login(DEMO.executive);
    expect((await vp.get('/api/v1/audit')).statusCode).toBe(200);
  });

  it('refuses log search to roles without oversight', async () => {
    for (const email of [DEMO.oia, DEMO.coordEng, DEMO.unitStaff, DEMO.assistant, DEMO.student]) {
      expect((await (await t.login(email)).get('/api/v1/audit')).statusCode, email).toBe(403);
    }
  });
});
