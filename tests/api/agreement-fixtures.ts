import { expect } from 'vitest';
import type { Dialect } from '#server/db/client.js';
import { businessDate } from '#shared/calendar.js';
import { agreementBody, makePartner } from '#tests/factories.js';
import { type Client, DEMO, setupApp, type TestApp } from '#tests/setup/app.js';

/** A test file's app with the demo accounts signed in, unit ids by code, and partners made on demand. */
export type World = Awaited<ReturnType<typeof agreementWorld>>;

export async function agreementWorld(dialect: Dialect) {
  const t: TestApp = await setupApp(dialect);
  const signIn = async () => ({
    oia: await t.login(DEMO.oia),
    admin: await t.login(DEMO.admin),
    oiaIss: await t.login(DEMO.oiaIss),
    coordEng: await t.login(DEMO.coordEng),
    coordBus: await t.login(DEMO.coordBus),
    vp: await t.login(DEMO.executive),
    student: await t.login(DEMO.student),
  });
  const as = await signIn();
  const units = (await as.oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
  const unit = Object.fromEntries(units.map((u) => [u.code, u.id])) as Record<string, number>;
  /** A new partner in that country (each call makes another), kept by OIA. */
  const partnerIn = (country: string) => makePartner(as.oia, { country });
  return {
    t,
    as,
    unit,
    partnerIn,
    /** The university's calendar day by the test clock. */
    today: () => businessDate(t.clock.now()),
    /** Sessions expire when the clock moves months ahead: sign everyone in again. */
    signInAgain: async () => Object.assign(as, await signIn()),
  };
}

export { agreementBody };

export async function create(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/agreements', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Applies transitions in order, each with the version the previous one returned. */
export async function advance(client: Client, agreement: { id: number; version: number }, ...actions: string[]) {
  let current = agreement as any;
  for (const action of actions) {
    const res = await client.post(`/api/v1/agreements/${current.id}/transitions`, {
      action,
      version: current.version,
      comment: action === 'terminate' || action === 'return' ? 'test reason' : undefined,
      // No signed file is uploaded in these fixtures: say it will follow, as the activation requires.
      signedCopyToFollow: action === 'activate' ? true : undefined,
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(action === 'renew' ? 201 : 200);
    current = action === 'renew' ? (await client.get(`/api/v1/agreements/${current.id}`)).json() : res.json();
  }
  return current;
}

/** An active agreement (drafted, approved and activated by OIA). */
export async function activeAgreement(w: World, overrides: Record<string, unknown> = {}) {
  const partner = await w.partnerIn('JP');
  const draft = await create(w.as.oia, agreementBody(partner.id, w.today(), overrides));
  return advance(w.as.oia, draft, 'submit', 'approve', 'activate');
}
