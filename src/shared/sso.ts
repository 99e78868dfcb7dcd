/** Single sign-on vocabulary shared by the server and the browser (zod-free; docs/decisions/0019). */
export const SSO_PROTOCOLS = ['oidc', 'saml'] as const;
export type SsoProtocol = (typeof SSO_PROTOCOLS)[number];

/** How an identity is matched to a Meridian account: its e-mail, or a student/staff number claim. */
export const SSO_MATCH_BY = ['email', 'number'] as const;
export type SsoMatchBy = (typeof SSO_MATCH_BY)[number];

/**
 * Why a sign-in through a provider was refused: the login page reads `?sso_error=<reason>` and says it
 * in the user's language. Nothing is created when a sign-in is refused.
 */
export const SSO_FAILURES = [
  'unknown_provider',
  'provider_unavailable',
  'denied',
  'state',
  'nonce',
  'replayed',
  'expired',
  'signature',
  'audience',
  'missing_claim',
  'unknown_user',
  'inactive',
  'invalid',
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];
export const SSO_ERROR_PARAM = 'sso_error';

/** A provider's slug: lower-case letters, digits and hyphens (it is part of its addresses). */
export const SSO_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Where a provider's addresses are, under the app's public address (APP_URL). */
export const ssoPaths = {
  start: (slug: string) => `/api/v1/sso/${slug}/start`,
  oidcCallback: (slug: string) => `/api/v1/sso/${slug}/callback`,
  samlAcs: (slug: string) => `/api/v1/sso/${slug}/acs`,
  samlMetadata: (slug: string) => `/api/v1/sso/${slug}/metadata`,
};
