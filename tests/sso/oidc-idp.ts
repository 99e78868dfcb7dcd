import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type OidcIdp = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in next: an account id of `accounts`. */
  signInAs: (sub: string) => void;
  accounts: Map<string, Record<string, unknown>>;
  close: () => Promise<void>;
};

/**
 * A real OpenID provider (`oidc-provider`) on 127.0.0.1: authorization code with PKCE, discovery,
 * signed ID tokens, end-session. Its login step signs in the account the test chose (no form), and
 * consent is given once per sign-in, so a browser or a redirect-following client goes straight through.
 */
export async function startOidcIdp(redirectUris: string[], postLogoutUris: string[]): Promise<OidcIdp> {
  const accounts = new Map<string, Record<string, unknown>>();
  let next = '';
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'meridian';
  const clientSecret = `secret-${Math.random().toString(36).slice(2)}`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutUris,
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...key, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['meridian-test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email'], profile: ['name', 'student_no', 'groups'] },
    conformIdTokenClaims: false,
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: {
      devInteractions: { enabled: false },
      // The end-session page confirms by itself (ending the provider's session too), as a user would.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          const confirmed = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
          ctx.body = `<!doctype html><html><body>${confirmed}<script>document.forms[0].submit()</script></body></html>`;
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, id: string) =>
      accounts.has(id) ? { accountId: id, claims: async () => ({ sub: id, ...accounts.get(id) }) } : undefined,
    // Consent is implied: the test is about Meridian's side, not the provider's consent screen.
    loadExistingGrant: async (ctx: {
      oidc: {
        provider: { Grant: new (o: object) => GrantLike };
        client: { clientId: string };
        session: { accountId: string };
      };
    }) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on('request', async (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      await provider.interactionDetails(req, res);
      await provider.interactionFinished(req, res, { login: { accountId: next } }, { mergeWithLastSubmission: false });
      return;
    }
    callback(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signInAs: (sub) => {
      next = sub;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type GrantLike = { addOIDCScope: (s: string) => void; save: () => Promise<string> };
