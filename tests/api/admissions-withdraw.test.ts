import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE,
  PUB,
  programBody,
  roundBody,
  signInApplicant,
  submittedApplication,
} from '#tests/api/admissions-fixtures.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** The applicant withdraws: versioned, audited, final; staff still list it and its place is free again. */
describe.each(DIALECTS)('admissions: the applicant withdraws (%s)', (dialect) => {
  let t: TestApp;
  let oiaIss: Client;
  let roundId: number;
  let programId: number;

  beforeAll(async () => {
    t = await setupApp(dialect);
    oiaIss = await t.login(DEMO.oiaIss);
    const units = (await oiaIss.get('/api/v1/units')).json().items as { id: number; code: string }[];
    const csie = units.find((u) => u.code === 'CSIE')?.id as number;
    roundId = (await oiaIss.post(`${BASE}/rounds`, roundBody({ nameEn: 'Withdrawals' }))).json().id;
    const withProgram = await oiaIss.post(`${BASE}/rounds/${roundId}/programs`, programBody(csie, []));
    programId = withProgram.json().programs[0].id;
  });
  afterAll(() => t.close());

  const decide = async (id: number, decision: string) => {
    const app = (await oiaIss.get(`${BASE}/applications/${id}`)).json();
    return oiaIss.post(`${BASE}/applications/${id}/decision`, {
      decision,
      reason: 'By the ranking',
      version: app.version,
    });
  };

  it('an admitted applicant withdraws (stale version refused); nothing changes it afterwards; the place is free', async () => {
    const { who, id } = await submittedApplication(t, 'withdraw.one@example.com', roundId, programId);
    expect((await decide(id, 'admitted')).json().status).toBe('admitted');
    const admitted = (await who.get(`${PUB}/applications/${id}`)).json();

    const stranger = await signInApplicant(t, 'not.mine@example.com');
    expect((await stranger.post(`${PUB}/applications/${id}/withdraw`, { version: admitted.version })).statusCode).toBe(
      404,
    );
    expect((await who.post(`${PUB}/applications/${id}/withdraw`, { version: admitted.version - 1 })).statusCode).toBe(
      409,
    );
    const withdrawn = await who.post(`${PUB}/applications/${id}/withdraw`, { version: admitted.version });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: admitted.version + 1 });

    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'summary'])
      .where('entity_type', '=', 'admission_application')
      .where('entity_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'transition', actor_id: null });

    const v = withdrawn.json().version;
    const again = await who.post(`${PUB}/applications/${id}/withdraw`, { version: v }, { locale: 'zh-TW' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('撤回');
    expect((await who.post(`${PUB}/applications/${id}/response`, { accept: true, version: v })).statusCode).toBe(409);
    expect((await who.post(`${PUB}/applications/${id}/submit`, { version: v })).statusCode).toBe(409);
    expect((await who.put(`${PUB}/applications/${id}`, { version: v })).statusCode).toBe(409);
    expect((await decide(id, 'admitted')).statusCode).toBe(409);
    expect((await who.get(`${PUB}/applications/${id}`)).json()).toMatchObject({ status: 'withdrawn', version: v });

    // The office's list shows it (and filters by it); the one place it held is free for the next applicant.
    const listed = (await oiaIss.get(`${BASE}/rounds/${roundId}/applications?status=withdrawn`)).json();
    expect(listed.items.map((a: { id: number }) => a.id)).toContain(id);
    const next = await submittedApplication(t, 'withdraw.two@example.com', roundId, programId);
    expect((await decide(next.id, 'admitted')).statusCode).toBe(200);
  }, 30_000);

  it('a draft can be withdrawn, a rejected application cannot; the applicant may start again in the round', async () => {
    const who = await signInApplicant(t, 'withdraw.draft@example.com');
    const draft = (await who.post(`${PUB}/applications`, { roundId, programId })).json();
    const w = await who.post(`${PUB}/applications/${draft.id}/withdraw`, { version: draft.version });
    expect(w.json().status).toBe('withdrawn');
    expect((await who.post(`${PUB}/applications`, { roundId, programId })).statusCode).toBe(201);

    const { who: refused, id } = await submittedApplication(t, 'withdraw.rejected@example.com', roundId, programId);
    await decide(id, 'rejected');
    const app = (await refused.get(`${PUB}/applications/${id}`)).json();
    const no = await refused.post(`${PUB}/applications/${id}/withdraw`, { version: app.version });
    expect(no.statusCode).toBe(409);
    expect((await refused.get(`${PUB}/applications/${id}`)).json().status).toBe('rejected');
  }, 30_000);
});
