import { expect } from 'vitest';
import type { Dialect } from '#server/db/client.js';
import { DEMO, setupApp, type TestApp } from '#tests/setup/app.js';
import { campusProviders } from '#tests/sso/campus-providers.js';
import { type OidcIdp, startOidcIdp } from '#tests/sso/oidc-idp.js';
import { type SamlIdp, startSamlIdp } from '#tests/sso/saml-idp.js';

/** The address the test app believes it has: the providers send the browser back there. */
export const APP = 'http://meridian.test';
export const OIDC = 'campus-oidc';
export const SAML = 'campus-saml';
/** A second OpenID provider at the same campus IdP: matched by student number, creating accounts. */
export const NUMBERS = 'campus-numbers';

export type SsoWorld = { t: TestApp; oidc: OidcIdp; saml: SamlIdp; close: () => Promise<void> };

/** An app with demo data and both real providers on 127.0.0.1, registered by the administrator. */
export async function ssoWorld(dialect: Dialect): Promise<SsoWorld> {
  const t = await setupApp(dialect, { APP_URL: APP });
  const oidc = await startOidcIdp(
    [OIDC, NUMBERS].map((slug) => `${APP}/api/v1/sso/${slug}/callback`),
    [`${APP}/login`],
  );
  const saml = await startSamlIdp();
  const admin = await t.login(DEMO.admin);
  for (const body of campusProviders(oidc, saml, { oidc: OIDC, saml: SAML })) {
    const res = await admin.post('/api/v1/identity-providers', body);
    expect(res.statusCode, res.body).toBe(201);
  }
  return {
    t,
    oidc,
    saml,
    close: async () => {
      await oidc.close();
      await saml.close();
      await t.close();
    },
  };
}

const cookieOf = (res: { cookies: { name: string; value: string }[] }, name: string) =>
  res.cookies.find((c) => c.name === name)?.value;

/** Starts a sign-in at Meridian; returns where the browser goes and the state cookie it got. */
export async function start(t: TestApp, slug: string, redirect = '/people') {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/sso/${slug}/start?redirect=${encodeURIComponent(redirect)}`,
  });
  expect(res.statusCode).toBe(303);
  return { location: String(res.headers.location), stateCookie: cookieOf(res, 'meridian_sso') };
}

/** Follows the provider's redirects like a browser (its own cookies) until it sends the user back to Meridian. */
export async function throughOidcProvider(location: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = location;
  for (let i = 0; i < 12 && !url.startsWith(APP); i++) {
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const next = res.headers.get('location');
    if (!next) throw new Error(`the provider stopped at ${url}: ${res.status} ${await res.text()}`);
    url = new URL(next, url).href;
  }
  return url.slice(APP.length);
}

/** The callback at Meridian, with the browser's state cookie (or another). */
export async function callback(t: TestApp, path: string, stateCookie: string | undefined) {
  return t.app.inject({
    method: 'GET',
    url: path,
    headers: stateCookie ? { cookie: `meridian_sso=${stateCookie}` } : {},
  });
}

/** Gets the IdP's auto-posting form for a started SAML sign-in: the response and relay state it posts. */
export async function samlForm(location: string) {
  const html = await (await fetch(location)).text();
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
  return { SAMLResponse: field('SAMLResponse'), RelayState: field('RelayState').replace(/&amp;/g, '&') };
}

export async function postAcs(t: TestApp, slug: string, form: { SAMLResponse: string; RelayState: string }) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/sso/${slug}/acs`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1:1' },
    payload: new URLSearchParams(form).toString(),
  });
}

/** Where a finished sign-in sent the browser, and the session it got (if any). */
export function outcome(res: {
  statusCode: number;
  headers: Record<string, unknown>;
  cookies: { name: string; value: string }[];
}) {
  expect(res.statusCode).toBe(303);
  const sid = cookieOf(res, 'meridian_sid');
  return { location: String(res.headers.location), session: sid ? `meridian_sid=${sid}` : undefined };
}
