import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DIALECTS } from '#tests/setup/app.js';
import {
  APP,
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

  /** Refused with `reason` on the login page: no session, and nothing written. */
  const refused = async (res: Parameters<typeof outcome>[0], reason: string, before: Awaited<ReturnType<typeof counts>>) => {
    const done = outcome(res);
    expect(done.location).toBe(`/login?sso_error=${reason}`);
    expect(done.session).toBeUndefined();
    expect(await counts()).toEqual(before);
  };

  describe('OpenID Connect refusals', () => {
    it('refuses a callback without the browser’s state cookie', async () => {
      const s = await oidcAs('oidc-state', { email: DEMO.student });
      const before = await counts();
      await refused(await callback(w.t, s.back, 'someone-elses-state'), 'state', before);
    });

    it('refuses a replayed callback (the code and state are used once)', async () => {
      const s = await oidcAs(`oidc-replay-${dialect}`, { email: DEMO.student });
      expect(outcome(await callback(w.t, s.back, s.stateCookie)).session).toBeDefined();
      const before = await counts();
      await refused(await callback(w.t, s.back, s.stateCookie), 'replayed', before);
    });

    it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
      const s = await oidcAs('oidc-nonce', { email: DEMO.student });
      await w.t.db.db.updateTable('sso_logins').set({ nonce: 'not-the-nonce-sent' }).execute();
      const before = await counts();
      await refused(await callback(w.t, s.back, s.stateCookie), 'nonce', before);
    });

    it('refuses an identity nobody in Meridian has, creating nothing', async () => {
      const s = await oidcAs('oidc-stranger', { email: 'stranger@elsewhere.example' });
      const before = await counts();
      await refused(await callback(w.t, s.back, s.stateCookie), 'unknown_user', before);
    });

    it('refuses an identity without the claim it is matched by', async () => {
      const s = await oidcAs('oidc-no-email', { name: 'No Mail' });
      const before = await counts();
      await refused(await callback(w.t, s.back, s.stateCookie), 'missing_claim', before);
    });

    it('refuses an unknown provider at the start', async () => {
      const res = await w.t.app.inject({ method: 'GET', url: '/api/v1/sso/no-such-provider/start' });
      expect(outcome(res).location).toBe('/login?sso_error=unknown_provider');
    });
  });

  describe('SAML refusals', () => {
    const samlWith = async (answer: Parameters<SsoWorld['saml']['answer']>[0]) => {
      w.saml.answer(answer);
      return samlForm((await start(w.t, SAML)).location);
    };
    const cases: [string, Parameters<SsoWorld['saml']['answer']>[0], string][] = [
      ['a tampered assertion', { nameId: 'saml-tamper', attributes: { email: DEMO.student }, tamper: true }, 'signature'],
      ['an assertion signed by another key', { nameId: 'saml-key', attributes: { email: DEMO.student }, wrongKey: true }, 'signature'],
      ['an unsigned assertion', { nameId: 'saml-unsigned', attributes: { email: DEMO.student }, unsigned: true }, 'signature'],
      ['an expired assertion', { nameId: 'saml-expired', attributes: { email: DEMO.student }, validForMinutes: -10 }, 'expired'],
      [
        'an assertion for another audience',
        { nameId: 'saml-aud', attributes: { email: DEMO.student }, audience: 'https://other-sp.example/metadata' },
        'audience',
      ],
      ['an unknown user', { nameId: 'saml-stranger', attributes: { email: 'stranger@elsewhere.example' } }, 'unknown_user'],
      ['a missing claim', { nameId: 'saml-no-email', attributes: { displayName: 'No Mail' } }, 'missing_claim'],
    ];
    it.each(cases)('refuses %s', async (_label, answer, reason) => {
      const form = await samlWith(answer);
      const before = await counts();
      await refused(await postAcs(w.t, SAML, form), reason, before);
    });

    it('refuses a replayed response, and one no sign-in asked for', async () => {
      const form = await samlWith({ nameId: `saml-replay-${dialect}`, attributes: { email: DEMO.student } });
      expect(outcome(await postAcs(w.t, SAML, form)).session).toBeDefined();
      const before = await counts();
      await refused(await postAcs(w.t, SAML, form), 'replayed', before);
      await refused(await postAcs(w.t, SAML, { ...form, RelayState: '' }), 'replayed', before);
    });

    it('publishes the service provider metadata at a stable address', async () => {
      const res = await w.t.app.inject({ method: 'GET', url: `/api/v1/sso/${SAML}/metadata` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('samlmetadata+xml');
      expect(res.body).toContain(`entityID="${APP}/api/v1/sso/${SAML}/metadata"`);
      expect(res.body).toContain(`Location="${APP}/api/v1/sso/${SAML}/acs"`);
      expect((await w.t.app.inject({ method: 'GET', url: `/api/v1/sso/${OIDC}/metadata` })).statusCode).toBe(404);
    });
  });
});
