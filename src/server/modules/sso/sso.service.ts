import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import type { AppDeps } from '#server/http/context.js';
import { startSession } from '#server/modules/auth/auth.service.js';
import { hashToken } from '#server/modules/auth/session.hook.js';
import { accountOf, applyRoleMap, claimValues, type Identity } from './identity-link.js';
import { activeProvider } from './identity-provider.service.js';
import { LOGIN_TTL_MS, oidcConfiguration, samlClient } from './provider-clients.js';
import { callbackUrl, type Provider } from './providers.js';
import * as repo from './sso.repository.js';
import { oidcReason, SsoRefusal, samlReason } from './sso-refusal.js';

type Client = { ip: string; userAgent: string | undefined };

/** Only a path of this app is a place to come back to (no other site, no protocol-relative URL). */
export const safeReturn = (path: string | undefined) =>
  path?.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';

async function provider(deps: AppDeps, slug: string): Promise<Provider> {
  const p = await activeProvider(deps, slug);
  if (!p) throw new SsoRefusal('unknown_provider');
  return p;
}

/**
 * Starts a sign-in: a random state (its hash kept, single use, ten minutes), with OIDC a nonce and a
 * PKCE verifier, with SAML the AuthnRequest's ID; returns where to send the browser and the state,
 * which the OIDC callback must also find in the browser's cookie (it binds the sign-in to the browser).
 */
export async function startSignIn(deps: AppDeps, slug: string, returnPath: string | undefined) {
  const p = await provider(deps, slug);
  const state = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const row = {
    id: hashToken(state),
    provider_slug: p.slug,
    nonce: null as string | null,
    code_verifier: null as string | null,
    request_id: null as string | null,
    return_path: safeReturn(returnPath),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + LOGIN_TTL_MS).toISOString(),
  };
  let url: string;
  try {
    if (p.protocol === 'oidc') {
      const config = await oidcConfiguration(p);
      row.nonce = oidc.randomNonce();
      row.code_verifier = oidc.randomPKCECodeVerifier();
      url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: callbackUrl(deps.env, p),
        scope: p.scopes,
        state,
        nonce: row.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(row.code_verifier),
        code_challenge_method: 'S256',
      }).href;
    } else {
      const saml = samlClient(deps.env, p, undefined, {
        saveAsync: async (key, value) => {
          row.request_id = key;
          return { value, createdAt: now.getTime() };
        },
        getAsync: async () => null,
        removeAsync: async () => null,
      });
      url = await saml.getAuthorizeUrlAsync(state, undefined, {});
    }
  } catch (err) {
    throw new SsoRefusal('provider_unavailable', err instanceof Error ? err.message : String(err));
  }
  await repo.insertLogin(deps.db, row);
  return { url, state };
}

/** The OpenID Connect callback: state (and the browser's cookie), PKCE, nonce and the ID token checked. */
export async function finishOidc(
  deps: AppDeps,
  slug: string,
  query: URLSearchParams,
  cookieState: string | undefined,
  client: Client,
) {
  const p = await provider(deps, slug);
  if (p.protocol !== 'oidc') throw new SsoRefusal('unknown_provider');
  const state = query.get('state');
  if (!state || state !== cookieState) throw new SsoRefusal('state', 'state missing or not this browser’s');
  const login = await repo.takeLogin(deps.db, hashToken(state), p.slug, deps.clock.now().toISOString());
  if (!login?.nonce || !login.code_verifier) throw new SsoRefusal('replayed', 'sign-in already used or expired');
  if (query.get('error')) throw new SsoRefusal('denied', query.get('error') ?? '');
  let identity: Identity;
  let idToken: string | null;
  try {
    const config = await oidcConfiguration(p);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(`${callbackUrl(deps.env, p)}?${query}`), {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new SsoRefusal('invalid', 'no ID token');
    let all: Record<string, unknown> = { ...claims };
    // Providers may keep the e-mail or the number out of the ID token and give it at userinfo.
    if (claimValues(all, p.matchClaim).length === 0 || (p.roleClaim && claimValues(all, p.roleClaim).length === 0)) {
      all = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...all };
    }
    identity = { subject: claims.sub, claims: all };
    idToken = tokens.id_token ?? null;
  } catch (err) {
    throw new SsoRefusal(oidcReason(err), err instanceof Error ? err.message : String(err));
  }
  return signIn(deps, p, identity, client, idToken, login.return_path);
}

/** The SAML assertion consumer: signature, audience, time and the request it answers checked. */
export async function finishSaml(deps: AppDeps, slug: string, body: Record<string, unknown>, client: Client) {
  const p = await provider(deps, slug);
  if (p.protocol !== 'saml') throw new SsoRefusal('unknown_provider');
  const response = typeof body.SAMLResponse === 'string' ? body.SAMLResponse : '';
  const relay = typeof body.RelayState === 'string' ? body.RelayState : '';
  if (!response) throw new SsoRefusal('invalid', 'no SAMLResponse');
  const login = relay
    ? await repo.takeLogin(deps.db, hashToken(relay), p.slug, deps.clock.now().toISOString())
    : undefined;
  if (!login?.request_id) throw new SsoRefusal('replayed', 'no sign-in under way for this response');
  let identity: Identity;
  try {
    const saml = samlClient(deps.env, p, { id: login.request_id, at: login.created_at });
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: response });
    if (!profile?.nameID) throw new SsoRefusal('missing_claim', 'no NameID');
    identity = { subject: profile.nameID, claims: profile as Record<string, unknown> };
  } catch (err) {
    throw new SsoRefusal(samlReason(err), err instanceof Error ? err.message : String(err));
  }
  return signIn(deps, p, identity, client, null, login.return_path);
}

/** Match or link the account, add mapped roles, open the session: one transaction, all or nothing. */
async function signIn(
  deps: AppDeps,
  p: Provider,
  identity: Identity,
  client: Client,
  idToken: string | null,
  returnPath: string,
) {
  const req = { at: deps.clock.now().toISOString(), ip: client.ip };
  const session = await deps.db.transaction().execute(async (trx) => {
    const userId = await accountOf(trx, p, identity, req);
    await applyRoleMap(trx, p, userId, identity, req);
    const started = await startSession(trx, deps, userId, { ...client, provider: p.slug });
    await repo.insertSsoSession(trx, started.sessionId, p.slug, idToken);
    return started;
  });
  return { ...session, returnPath };
}

/** Where to send the browser to end the provider's session too (OIDC with an end-session endpoint). */
export async function providerLogoutUrl(deps: AppDeps, sessionId: string): Promise<string | undefined> {
  const row = await repo.findSsoSession(deps.db, sessionId);
  const p = row && (await activeProvider(deps, row.provider_slug));
  if (!row || p?.protocol !== 'oidc') return undefined;
  try {
    const config = await oidcConfiguration(p);
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(config, {
      ...(row.id_token ? { id_token_hint: row.id_token } : {}),
      post_logout_redirect_uri: `${deps.env.APP_URL}/login`,
    }).href;
  } catch {
    return undefined;
  }
}

/** The service provider's metadata for a SAML provider (what the campus IdP registers). */
export async function samlMetadata(deps: AppDeps, slug: string): Promise<string> {
  const p = await provider(deps, slug);
  if (p.protocol !== 'saml') throw new SsoRefusal('unknown_provider');
  return samlClient(deps.env, p).generateServiceProviderMetadata(null, null);
}
