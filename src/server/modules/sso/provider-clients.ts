import { type CacheProvider, SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import * as oidc from 'openid-client';
import type { Env } from '#server/env.js';
import { callbackUrl, certPem, type Provider, spEntityId } from './providers.js';

/** How long a sign-in may take between leaving for the provider and coming back. */
export const LOGIN_TTL_MS = 10 * 60_000;
/** Clocks of the provider and Meridian may differ this much (SAML time conditions). */
const CLOCK_SKEW_MS = 60_000;

type OidcProvider = Extract<Provider, { protocol: 'oidc' }>;
type SamlProvider = Extract<Provider, { protocol: 'saml' }>;

/** Plain http is for a provider on this machine only (tests, a local proxy); elsewhere https. */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

// Discovery is fetched once per provider setting (an edit forgets it), not on every sign-in.
const discovered = new Map<string, Promise<oidc.Configuration>>();

export function oidcConfiguration(p: OidcProvider): Promise<oidc.Configuration> {
  const key = `${p.slug}|${p.issuer}|${p.clientId}|${p.version}|${p.source}`;
  let config = discovered.get(key);
  if (!config) {
    const auth = p.clientSecret ? oidc.ClientSecretPost(p.clientSecret) : oidc.None();
    const insecure = new URL(p.issuer).protocol === 'http:' && isLoopback(p.issuer);
    config = oidc.discovery(new URL(p.issuer), p.clientId, undefined, auth, {
      execute: insecure ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
    // A failed discovery is tried again next time rather than remembered.
    config.catch(() => discovered.delete(key));
    discovered.set(key, config);
  }
  return config;
}

export function forgetProvider(slug: string) {
  for (const key of discovered.keys()) if (key.startsWith(`${slug}|`)) discovered.delete(key);
}

/**
 * A SAML service provider for one provider. Signed assertions are required (an unsigned one is
 * refused even inside a signed response), the audience must be our entity ID, the time conditions
 * hold within a minute of skew, and the response must answer the one request this sign-in sent
 * (`requestId`: the cache knows only it, so a replayed or unsolicited response fails).
 */
export function samlClient(env: Env, p: SamlProvider, requestId?: { id: string; at: string }, save?: CacheProvider) {
  const known: CacheProvider = save ?? {
    saveAsync: async () => null,
    getAsync: async (key) => (requestId && key === requestId.id ? requestId.at : null),
    removeAsync: async () => null,
  };
  return new SAML({
    callbackUrl: callbackUrl(env, p),
    entryPoint: p.entryPoint,
    issuer: spEntityId(env, p.slug),
    audience: spEntityId(env, p.slug),
    idpCert: certPem(p.idpCert),
    idpIssuer: p.idpEntityId ?? undefined,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: LOGIN_TTL_MS,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    cacheProvider: known,
    disableRequestedAuthnContext: true,
  });
}
