import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS } from '#tests/setup/app.js';
import { type ChecklistWorld, checklistOf, checklistWorld, type Item, PDF, upload } from './checklist-fixtures.js';

/** Issue 16, Medium 1–2: the audit log and a record's history show no more than the record itself does. */
describe.each(DIALECTS)('audit log keeps personal data to its readers (%s)', (dialect) => {
  let w: ChecklistWorld;
  let vp: Client;
  beforeAll(async () => {
    w = await checklistWorld(dialect);
    vp = await w.t.login(DEMO.executive);
  });
  afterAll(() => w.t.close());

  const search = async (client: Client, query: string) => {
    const res = await client.get(`/api/v1/audit?pageSize=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: { entityId: number; summary: string; after: unknown }[] };
  };

  it('shows a person’s entries only to those who may read the person (the VP may not)', async () => {
    const p = await makePerson(w.as.oiaIc, { nameEn: 'Audit Secret Person', email: 'secret.person@example.org' });
    expect((await vp.get(`/api/v1/people/${p.id}`)).statusCode).toBe(403);
    const forVp = await search(vp, `entityType=person&entityId=${p.id}`);
    expect(forVp.total).toBe(0);
    expect(JSON.stringify((await search(vp, 'entityType=person')).items)).not.toContain('secret.person@example.org');
    // Nor does a text search tell the VP the record exists.
    expect((await search(vp, 'q=Audit Secret Person')).total).toBe(0);
    // The administrator reads people, so sees the entry (personal numbers stay masked in it).
    const forAdmin = await search(w.as.admin, `entityType=person&entityId=${p.id}`);
    expect(forAdmin.total).toBe(1);
    expect(JSON.stringify(forAdmin.items[0]?.after)).toContain('secret.person@example.org');
    // Other entries (partners, logins) are still there for the VP.
    expect((await search(vp, 'action=login')).total).toBeGreaterThan(0);
  });

  it('hides checklist documents from the VP and health checks from everyone but the owning office', async () => {
    const s = await w.inbound({ login: 'en' });
    const items = (await checklistOf(s.client!, s.mobilityId)).items;
    const health = items.find((i) => i.kind === 'health_check') as Item;
    const up = await upload(w.t, s.client!, health.id, { version: '1' }, { name: 'health.pdf', data: PDF });
    expect(up.statusCode, up.body).toBe(200);
    const rejected = await w.as.sa.post(`/api/v1/checklist/items/${health.id}/review`, {
      version: 2,
      decision: 'reject',
      reason: 'unreadable scan',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);

    const docs = (client: Client) => search(client, `entityType=mobility_document&entityId=${health.id}`);
    expect((await docs(vp)).total).toBe(0);
    expect((await docs(w.as.admin)).total).toBe(0);
    // Other documents of the same student: the administrator reads the checklist, the VP does not.
    const visa = items.find((i) => i.kind !== 'health_check') as Item;
    expect((await search(w.as.admin, `entityType=mobility_document&entityId=${visa.id}`)).total).toBe(1);
    expect((await search(vp, `entityType=mobility_document&entityId=${visa.id}`)).total).toBe(0);

    // The mobility's history: no health-check kind or decision for anyone outside Student Affairs.
    for (const client of [vp, w.as.admin, w.as.oiaIss, w.as.coordEng]) {
      const res = await client.get(`/api/v1/mobilities/${s.mobilityId}/history`);
      if (res.statusCode === 403) continue;
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toMatch(/health_check|reject/);
    }
    const own = await w.as.sa.get(`/api/v1/mobilities/${s.mobilityId}/history`);
    if (own.statusCode === 200) expect(own.body).not.toMatch(/health_check reject/);
    // Summaries written now do not name the kind or the decision at all.
    const stored = await w.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_type', '=', 'mobility_document')
      .where('entity_id', '=', health.id)
      .execute();
    expect(stored.map((r) => r.summary).join(' ')).not.toMatch(/health|reject/);
  });
});
