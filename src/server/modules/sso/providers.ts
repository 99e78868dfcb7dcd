import { X509Certificate } from 'node:crypto';
import type { Env } from '#server/env.js';
import { piiCipher } from '#server/lib/pii.js';
import type { ProviderDetail, ProviderInput, RoleMapping } from '#shared/schemas/sso.js';
import { ssoPaths } from '#shared/sso.js';
import type { ProviderRow } from './identity-provider.repository.js';

/**
 * A provider ready to use, from the database or the environment: every setting, the client secret in
 * clear (in memory only — at rest it is encrypted with the personal-data cipher, lib/pii.ts).
 */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type Provider = Without<ProviderInput, 'clientSecret'> & {
  id: number | null;
  source: 'database' | 'environment';
  clientSecret: string | null;
  version: number;
  updatedAt: string | null;
};

/** What config_json keeps: every setting but the columns of their own and the secret. */
export function configOf(input: ProviderInput): Record<string, unknown> {
  const { slug: _s, protocol: _p, nameZh: _z, nameEn: _e, active: _a, ...rest } = input;
  if ('clientSecret' in rest) delete rest.clientSecret;
  return rest;
}

export function fromRow(env: Env, row: ProviderRow): Provider {
  const config = JSON.parse(row.config_json) as Record<string, unknown>;
  return {
    ...(config as Omit<ProviderInput, 'slug' | 'protocol' | 'nameZh' | 'nameEn' | 'active'>),
    protocol: row.protocol,
    slug: row.slug,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    active: row.active === 1,
    roleMap: (config.roleMap as RoleMapping[] | undefined) ?? [],
    id: row.id,
    source: 'database',
    clientSecret: row.secret_enc ? piiCipher(env).decrypt(row.secret_enc) : null,
    version: row.version,
    updatedAt: row.updated_at,
  } as Provider;
}

export function fromEnv(input: ProviderInput): Provider {
  return {
    ...input,
    id: null,
    source: 'environment',
    clientSecret: input.protocol === 'oidc' ? (input.clientSecret ?? null) : null,
    version: 1,
    updatedAt: null,
  } as Provider;
}

/** The addresses a campus registers for Meridian, from the app's public address. */
export const callbackUrl = (env: Env, p: Pick<Provider, 'slug' | 'protocol'>) =>
  env.APP_URL + (p.protocol === 'oidc' ? ssoPaths.oidcCallback(p.slug) : ssoPaths.samlAcs(p.slug));
/** The SP's entity ID is its metadata address: stable, unique per provider, and resolvable. */
export const spEntityId = (env: Env, slug: string) => env.APP_URL + ssoPaths.samlMetadata(slug);

export function toDetail(env: Env, p: Provider): ProviderDetail {
  const base = {
    id: p.id,
    source: p.source,
    slug: p.slug,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    active: p.active,
    matchBy: p.matchBy,
    matchClaim: p.matchClaim,
    createAccounts: p.createAccounts,
    roleClaim: p.roleClaim,
    roleMap: p.roleMap,
    callbackUrl: callbackUrl(env, p),
    version: p.version,
    updatedAt: p.updatedAt,
  };
  if (p.protocol === 'oidc') {
    return {
      ...base,
      protocol: 'oidc',
      issuer: p.issuer,
      clientId: p.clientId,
      scopes: p.scopes,
      hasSecret: p.clientSecret !== null,
    };
  }
  return {
    ...base,
    protocol: 'saml',
    entryPoint: p.entryPoint,
    idpEntityId: p.idpEntityId,
    idpCert: p.idpCert,
    spEntityId: spEntityId(env, p.slug),
    metadataUrl: spEntityId(env, p.slug),
  };
}

/** A certificate as PEM, whether it was pasted with or without its BEGIN/END lines. */
export function certPem(cert: string): string {
  if (cert.includes('-----BEGIN')) return cert.trim();
  const body = cert.replace(/\s+/g, '');
  return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----`;
}

export function isCertificate(cert: string): boolean {
  try {
    new X509Certificate(certPem(cert));
    return true;
  } catch {
    return false;
  }
}
