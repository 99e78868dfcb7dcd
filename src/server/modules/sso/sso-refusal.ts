import type { SsoFailure } from '#shared/sso.js';

/**
 * A sign-in through a provider that is refused: the reason goes to the login page (`?sso_error=`), the
 * detail only to the log. Thrown before anything is written, or inside the transaction that it undoes.
 */
export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

const SAML_REASONS: [RegExp, SsoFailure][] = [
  [/signature|signed|no certificate|invalid document/i, 'signature'],
  // A subject confirmation is only ever rejected for its time window.
  [/expired|not yet valid|too old|NotOnOrAfter|NotBefore|no valid subject confirmation/i, 'expired'],
  [/audience/i, 'audience'],
  [/InResponseTo/i, 'replayed'],
  [/issuer/i, 'signature'],
];

/** What a node-saml error means for the user. */
export function samlReason(err: unknown): SsoFailure {
  if (err instanceof SsoRefusal) return err.reason;
  const message = err instanceof Error ? err.message : String(err);
  return SAML_REASONS.find(([re]) => re.test(message))?.[1] ?? 'invalid';
}

/** What an openid-client error means for the user. */
export function oidcReason(err: unknown): SsoFailure {
  if (err instanceof SsoRefusal) return err.reason;
  type Cause = { claim?: string; message?: string; cause?: Cause };
  const e = err as { code?: string; error?: string; cause?: Cause; message?: string };
  // openid-client wraps oauth4webapi's error: the claim that failed is one or two causes down.
  const claim = e.cause?.claim ?? e.cause?.cause?.claim;
  const detail = `${e.message ?? ''} ${e.cause?.message ?? ''}`;
  if (e.error === 'invalid_grant') return 'replayed';
  if (e.error === 'access_denied' || e.error === 'login_required' || e.error === 'consent_required') return 'denied';
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return 'nonce';
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'aud') return 'audience';
  if (e.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return 'expired';
  if (e.code === 'OAUTH_JWS_SIGNATURE_VERIFICATION_FAILED') return 'signature';
  if (e.code === 'OAUTH_INVALID_RESPONSE' && /state/i.test(detail)) return 'state';
  if (err instanceof TypeError || /fetch|ECONNREFUSED|timeout/i.test(detail)) return 'provider_unavailable';
  return 'invalid';
}
