import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#server/demo/index.js';
import { loadEnv } from '#server/env.js';
import { insertStudent, makeUnit } from '#tests/factories.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import {
  APP,
  callback,
  NUMBERS,
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
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      users: await n('users'),
      identities: await n('user_identities'),
      sessions: await n('sessions'),
      roles: await n('user_roles'),
    };
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
  const refused = async (
    res: Parameters<typeof outcome>[0],
    reason: string,
    before: Awaited<ReturnType<typeof counts>>,
  ) => {
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
      for (const slug of ['no-such-provider', 'Not%20A%20Slug']) {
        const res = await w.t.app.inject({ method: 'GET', url: `/api/v1/sso/${slug}/start` });
        expect(outcome(res).location).toBe('/login?sso_error=unknown_provider');
      }
    });
  });

  describe('SAML refusals', () => {
    const samlWith = async (answer: Parameters<SsoWorld['saml']['answer']>[0]) => {
      w.saml.answer(answer);
      return samlForm((await start(w.t, SAML)).location);
    };
    const cases: [string, Parameters<SsoWorld['saml']['answer']>[0], string][] = [
      [
        'a tampered assertion',
        { nameId: 'saml-tamper', attributes: { email: DEMO.student }, tamper: true },
        'signature',
      ],
      [
        'an assertion signed by another key',
        { nameId: 'saml-key', attributes: { email: DEMO.student }, wrongKey: true },
        'signature',
      ],
      [
        'an unsigned assertion',
        { nameId: 'saml-unsigned', attributes: { email: DEMO.student }, unsigned: true },
        'signature',
      ],
      [
        'an expired assertion',
        { nameId: 'saml-expired', attributes: { email: DEMO.student }, validForMinutes: -10 },
        'expired',
      ],
      [
        'an assertion for another audience',
        { nameId: 'saml-aud', attributes: { email: DEMO.student }, audience: 'https://other-sp.example/metadata' },
        'audience',
      ],
      [
        'an unknown user',
        { nameId: 'saml-stranger', attributes: { email: 'stranger@elsewhere.example' } },
        'unknown_user',
      ],
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

  describe('matching by number, accounts on first sign-in, mapped roles', () => {
    it('creates the account of a person already in Meridian, links it, and adds only the mapped role', async () => {
      const admin = await w.t.login(DEMO.admin);
      const unit = await makeUnit(w.t);
      const studentNo = `S${dialect === 'sqlite' ? 1 : 2}${Date.now() % 1_000_000}`;
      const personId = await insertStudent(w.t, unit.id, {
        student_no: studentNo,
        email: `${studentNo.toLowerCase()}@campus.example`,
      });
      const res = await admin.post('/api/v1/identity-providers', {
        protocol: 'oidc',
        slug: NUMBERS,
        nameZh: '學號登入',
        nameEn: 'Student number sign-in',
        issuer: w.oidc.issuer,
        clientId: w.oidc.clientId,
        clientSecret: w.oidc.clientSecret,
        matchBy: 'number',
        matchClaim: 'student_no',
        createAccounts: true,
        roleClaim: 'groups',
        roleMap: [{ value: 'assistants', role: 'student_assistant', unitId: unit.id }],
      });
      expect(res.statusCode, res.body).toBe(201);
      w.oidc.accounts.set(`num-${studentNo}`, { student_no: studentNo, groups: ['assistants', 'admins'] });
      w.oidc.signInAs(`num-${studentNo}`);
      const s = await start(w.t, NUMBERS, '/mobility');
      const done = outcome(await callback(w.t, await throughOidcProvider(s.location), s.stateCookie));
      expect(done.location).toBe('/mobility');
      const profile = (await me(done.session)).json();
      expect(profile.email).toBe(`${studentNo.toLowerCase()}@campus.example`);
      // The student role from Meridian's own record, the mapped one; "admins" maps to nothing.
      expect(profile.roles.map((r: { role: string; unitId: number }) => [r.role, r.unitId]).sort()).toEqual(
        [
          ['student', unit.id],
          ['student_assistant', unit.id],
        ].sort(),
      );
      const person = await w.t.db.db
        .selectFrom('people')
        .select('user_id')
        .where('id', '=', personId)
        .executeTakeFirstOrThrow();
      expect(person.user_id).toBe(profile.id);
      const audit = await w.t.db.db
        .selectFrom('audit_log')
        .select(['action', 'after_json'])
        .where('entity_id', '=', profile.id)
        .where('entity_type', 'in', ['user', 'session'])
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['create', 'login', 'sso_link', 'update']);
      expect(audit.find((a) => a.action === 'login')?.after_json).toContain(NUMBERS);
    });

    it('refuses a number nobody in Meridian has', async () => {
      w.oidc.accounts.set('num-nobody', { student_no: 'NO-SUCH-NUMBER' });
      w.oidc.signInAs('num-nobody');
      const s = await start(w.t, NUMBERS);
      const back = await throughOidcProvider(s.location);
      const before = await counts();
      await refused(await callback(w.t, back, s.stateCookie), 'unknown_user', before);
    });
  });

  describe('administration', () => {
    it('lists the providers on the login page, and their settings only to administrators, secret never shown', async () => {
      const options = (await w.t.anon.get('/api/v1/sso/providers')).json();
      expect(options.providers.map((p: { slug: string }) => p.slug)).toEqual(expect.arrayContaining([OIDC, SAML]));
      const student = await w.t.login(DEMO.student);
      expect((await student.get('/api/v1/identity-providers')).statusCode).toBe(403);
      const admin = await w.t.login(DEMO.admin);
      const list = await admin.get('/api/v1/identity-providers');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(w.oidc.clientSecret);
      const oidc = list.json().items.find((p: { slug: string }) => p.slug === OIDC);
      expect(oidc).toMatchObject({ hasSecret: true, callbackUrl: `${APP}/api/v1/sso/${OIDC}/callback` });
      const row = await w.t.db.db
        .selectFrom('identity_providers')
        .select('secret_enc')
        .where('slug', '=', OIDC)
        .executeTakeFirstOrThrow();
      expect(row.secret_enc).toMatch(/^v1:/);
      expect(row.secret_enc).not.toContain(w.oidc.clientSecret);
      const audit = await w.t.db.db
        .selectFrom('audit_log')
        .select('after_json')
        .where('entity_type', '=', 'identity_provider')
        .execute();
      expect(audit.length).toBeGreaterThan(0);
      expect(audit.every((a) => !a.after_json?.includes(w.oidc.clientSecret))).toBe(true);
    });

    it('keeps the secret when an edit leaves it out, and refuses a bad certificate or a plain-http remote issuer', async () => {
      const admin = await w.t.login(DEMO.admin);
      const saml = (await admin.get('/api/v1/identity-providers'))
        .json()
        .items.find((p: { slug: string }) => p.slug === SAML);
      const bad = await admin.put(
        `/api/v1/identity-providers/${saml.id}`,
        {
          protocol: 'saml',
          slug: SAML,
          nameZh: saml.nameZh,
          nameEn: saml.nameEn,
          entryPoint: saml.entryPoint,
          idpEntityId: saml.idpEntityId,
          idpCert: 'this is not a certificate at all, just some text pasted in',
          version: saml.version,
        },
        { locale: 'en' },
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0]).toMatchObject({ path: 'idpCert' });
      const remote = await admin.post('/api/v1/identity-providers', {
        protocol: 'oidc',
        slug: 'remote-http',
        nameZh: '遠端',
        nameEn: 'Remote',
        issuer: 'http://sso.example.edu',
        clientId: 'x',
      });
      expect(remote.statusCode).toBe(400);
      expect(remote.json().error.fields[0].path).toBe('issuer');
      const oidc = (await admin.get('/api/v1/identity-providers'))
        .json()
        .items.find((p: { slug: string }) => p.slug === OIDC);
      const { id, source, callbackUrl, hasSecret, updatedAt, ...editable } = oidc;
      const saved = await admin.put(`/api/v1/identity-providers/${id}`, {
        ...editable,
        nameEn: 'Campus portal (NCKU)',
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ hasSecret: true, nameEn: 'Campus portal (NCKU)' });
      const s = await oidcAs(`oidc-after-edit-${dialect}`, { email: DEMO.student });
      expect(outcome(await callback(w.t, s.back, s.stateCookie)).session).toBeDefined();
    });

    it('turns local passwords off for students, staff keep theirs until turned off, administrators always', async () => {
      const admin = await w.t.login(DEMO.admin);
      const current = (await admin.get('/api/v1/sign-in-settings')).json();
      const off = await admin.put('/api/v1/sign-in-settings', {
        studentPasswords: false,
        staffPasswords: true,
        version: current.version,
      });
      expect(off.statusCode).toBe(200);
      const res = await w.t.anon.post(
        '/api/v1/auth/login',
        { email: DEMO.student, password: DEMO_PASSWORD },
        { locale: 'en' },
      );
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toMatch(/single sign-on/);
      await expect(w.t.login(DEMO.oia)).resolves.toBeDefined();
      const both = await admin.put('/api/v1/sign-in-settings', {
        studentPasswords: false,
        staffPasswords: false,
        version: off.json().version,
      });
      expect((await w.t.anon.post('/api/v1/auth/login', { email: DEMO.oia, password: DEMO_PASSWORD })).statusCode).toBe(
        401,
      );
      await expect(w.t.login(DEMO.admin)).resolves.toBeDefined();
      // Students still get in through the provider.
      const s = await oidcAs(`oidc-no-password-${dialect}`, { email: DEMO.student });
      expect(outcome(await callback(w.t, s.back, s.stateCookie)).session).toBeDefined();
      await admin.put('/api/v1/sign-in-settings', {
        studentPasswords: true,
        staffPasswords: true,
        version: both.json().version,
      });
    });

    it('logs out of the provider too after an OpenID sign-in', async () => {
      const s = await oidcAs(`oidc-logout-${dialect}`, { email: DEMO.student });
      const session = outcome(await callback(w.t, s.back, s.stateCookie)).session as string;
      const csrf = (await me(session)).json().csrfToken;
      const res = await w.t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie: session, 'x-csrf-token': csrf },
        payload: {},
      });
      expect(res.statusCode).toBe(200);
      const url = new URL(res.json().providerLogoutUrl);
      expect(url.origin).toBe(w.oidc.issuer);
      expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/login`);
      expect(url.searchParams.get('id_token_hint')).toBeTruthy();
      expect((await me(session)).statusCode).toBe(401);
    });
  });
});

describe.each(DIALECTS)('providers from the environment (%s)', (dialect) => {
  const provider = {
    protocol: 'oidc',
    slug: 'env-portal',
    nameZh: '環境入口',
    nameEn: 'Env portal',
    issuer: 'https://sso.example.edu',
    clientId: 'meridian',
    clientSecret: 'env-secret-value',
  };
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect, { APP_URL: APP, SSO_PROVIDERS: JSON.stringify([provider]) });
  });
  afterAll(() => t.close());

  it('refuses a malformed SSO_PROVIDERS at start-up, saying what is wrong', () => {
    expect(() => loadEnv({ SSO_PROVIDERS: '[{"protocol":"oidc"}' })).toThrow(/SSO_PROVIDERS/);
    expect(() => loadEnv({ SSO_PROVIDERS: JSON.stringify([{ ...provider, issuer: 'not a url' }]) })).toThrow(/issuer/);
  });

  it('shows them on the login page and read-only to administrators, secret hidden, slug reserved', async () => {
    const options = (await t.anon.get('/api/v1/sso/providers')).json();
    expect(options.providers).toContainEqual(expect.objectContaining({ slug: 'env-portal', nameEn: 'Env portal' }));
    const admin = await t.login(DEMO.admin);
    const list = await admin.get('/api/v1/identity-providers');
    expect(list.body).not.toContain('env-secret-value');
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ slug: 'env-portal', source: 'environment', id: null, hasSecret: true }),
    );
    const clash = await admin.post('/api/v1/identity-providers', { ...provider, clientSecret: undefined });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.fields[0].path).toBe('slug');
  });
});
