import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DIALECTS } from '#tests/setup/app.js';
import {
  callback,
  OIDC,
  outcome,
  postAcs,
  SAML,
  type SsoWorld,
  samlForm,
  ssoWorld,
  start,
  throughOidcProvider,
} from './sso-fixtures.js';

/** Single sign-on (issue 15): real OpenID and SAML providers on 127.0.0.1, every refusal, nothing created. */
describe.each(DIALECTS)('single sign-on (%s)', (dialect) => {
  let w: SsoWorld;
  beforeAll(async () => {
    w = await ssoWorld(dialect);
  }, 60_000);
  afterAll(() => w.close());

  const me = (session: string | undefined) =>
    w.t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session ? { cookie: session } : {} });
  const counts = async () => {
    const db = w.t.db.db;
    const n = async (table: 'users' | 'user_identities' | 'sessions' | 'user_roles') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { users: await n('users'), identities: await n('user_identities'), sessions: await n('sessions'), roles: await n('user_roles') };
  };
  const oidcAs = async (sub: string, claims: Record<string, unknown>) => {
    w.oidc.accounts.set(sub, claims);
    w.oidc.signInAs(sub);
    const s = await start(w.t, OIDC);
    return { ...s, back: await throughOidcProvider(s.location) };
  };

  it('signs a student in through the OpenID provider and links the identity once, audited', async () => {
    const sub = `oidc-student-${dialect}`;
    const first = await oidcAs(sub, { email: DEMO.student });
    expect(first.back).toMatch(/^\/api\/v1\/sso\/campus-oidc\/callback\?/);
    const done = outcome(await callback(w.t, first.back, first.stateCookie));
    expect(done.location).toBe('/people');
    const profile = await me(done.session);
    expect(profile.statusCode).toBe(200);
    expect(profile.json().email).toBe(DEMO.student);
    const before = await counts();
    const again = await oidcAs(sub, { email: DEMO.student });
    expect(outcome(await callback(w.t, again.back, again.stateCookie)).session).toBeDefined();
    expect((await counts()).identities).toBe(before.identities);
  });

  it('signs a student in through the SAML provider', async () => {
    w.saml.answer({ nameId: `saml-student-${dialect}`, attributes: { email: DEMO.student } });
    const s = await start(w.t, SAML);
    const done = outcome(await postAcs(w.t, SAML, await samlForm(s.location)));
    expect(done.location).toBe('/people');
    expect((await me(done.session)).json().email).toBe(DEMO.student);
  });
});
