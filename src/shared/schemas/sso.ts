import { z } from 'zod';
import { ROLES } from '#shared/roles.js';
import { SSO_MATCH_BY, SSO_SLUG_PATTERN } from '#shared/sso.js';
import { requiredText, Timestamp, Version } from './common.js';

/** Claim value → role in a unit, set by an administrator: the only way a role comes from a provider. */
export const RoleMapping = z.object({
  value: requiredText(200),
  role: z.enum(ROLES),
  unitId: z.number().int().positive(),
});
export type RoleMapping = z.infer<typeof RoleMapping>;

const common = {
  slug: z.string().trim().regex(SSO_SLUG_PATTERN),
  nameZh: requiredText(100),
  nameEn: requiredText(100),
  active: z.boolean().default(true),
  /** Match by e-mail, or by a claim carrying the student/staff number. */
  matchBy: z.enum(SSO_MATCH_BY).default('email'),
  /** The claim (OIDC) or attribute (SAML) that carries the e-mail or the number. */
  matchClaim: requiredText(200).default('email'),
  /** Create an account on first sign-in, only for a person already in Meridian without one. */
  createAccounts: z.boolean().default(false),
  roleClaim: z.string().trim().max(200).nullable().default(null),
  roleMap: z.array(RoleMapping).max(50).default([]),
};

const oidc = {
  protocol: z.literal('oidc'),
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: requiredText(200),
  scopes: requiredText(300).default('openid email profile'),
};

const saml = {
  protocol: z.literal('saml'),
  /** The IdP's single sign-on address (HTTP-Redirect binding). */
  entryPoint: z.url({ protocol: /^https?$/ }).max(500),
  /** The IdP's entity ID; when set, the assertion's issuer must be it. */
  idpEntityId: z.string().trim().max(500).nullable().default(null),
  /** The IdP's signing certificate (PEM or base64). */
  idpCert: z.string().trim().min(40).max(20_000),
};

/** A provider as an administrator or the environment gives it; the OIDC client secret is write-only. */
export const ProviderInput = z.discriminatedUnion('protocol', [
  z.object({ ...common, ...oidc, clientSecret: z.string().min(1).max(500).optional() }).strict(),
  z.object({ ...common, ...saml }).strict(),
]);
export type ProviderInput = z.infer<typeof ProviderInput>;

export const ProviderUpdate = z.discriminatedUnion('protocol', [
  z.object({ ...common, ...oidc, clientSecret: z.string().min(1).max(500).optional(), version: Version }).strict(),
  z.object({ ...common, ...saml, version: Version }).strict(),
]);
export type ProviderUpdate = z.infer<typeof ProviderUpdate>;

/** SSO_PROVIDERS: a JSON array of providers kept in the environment (read-only in the UI). */
export const EnvProviders = z.array(ProviderInput).max(20);

const detailCommon = z.object({
  id: z.number().int().nullable(),
  source: z.enum(['database', 'environment']),
  slug: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  matchBy: z.enum(SSO_MATCH_BY),
  matchClaim: z.string(),
  createAccounts: z.boolean(),
  roleClaim: z.string().nullable(),
  roleMap: z.array(RoleMapping),
  /** What to register at the provider: the redirect URI (OIDC) or the ACS address (SAML). */
  callbackUrl: z.string(),
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
});

/** A provider as an administrator sees it: every setting but the secret, of which only whether it is set. */
export const ProviderDetail = z.discriminatedUnion('protocol', [
  detailCommon.extend({
    protocol: z.literal('oidc'),
    issuer: z.string(),
    clientId: z.string(),
    scopes: z.string(),
    hasSecret: z.boolean(),
  }),
  detailCommon.extend({
    protocol: z.literal('saml'),
    entryPoint: z.string(),
    idpEntityId: z.string().nullable(),
    idpCert: z.string(),
    spEntityId: z.string(),
    metadataUrl: z.string(),
  }),
]);
export type ProviderDetail = z.infer<typeof ProviderDetail>;
export const ProviderList = z.object({ items: z.array(ProviderDetail) });
export type ProviderList = z.infer<typeof ProviderList>;

/** GET /api/v1/sso/providers (public): the login page's buttons. */
export const LoginOption = z.object({
  slug: z.string(),
  protocol: z.enum(['oidc', 'saml']),
  nameZh: z.string(),
  nameEn: z.string(),
  startUrl: z.string(),
});
export type LoginOption = z.infer<typeof LoginOption>;
export const LoginOptions = z.object({ providers: z.array(LoginOption) });
export type LoginOptions = z.infer<typeof LoginOptions>;

export const SsoStartQuery = z.object({ redirect: z.string().max(500).optional() });
/** Any text: an unknown or malformed slug is refused as an unknown provider, on the login page. */
export const SlugParams = z.object({ slug: z.string().max(100) });

/** Local passwords per kind of account; administrators always keep theirs (docs/decisions/0019). */
export const SignInSettings = z.object({
  studentPasswords: z.boolean(),
  staffPasswords: z.boolean(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type SignInSettings = z.infer<typeof SignInSettings>;
export const SignInSettingsUpdate = z
  .object({ studentPasswords: z.boolean(), staffPasswords: z.boolean(), version: Version })
  .strict();
export type SignInSettingsUpdate = z.infer<typeof SignInSettingsUpdate>;

export const LogoutResponse = z.object({ ok: z.literal(true), providerLogoutUrl: z.string().optional() });
