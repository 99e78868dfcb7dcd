import type { OidcIdp } from './oidc-idp';
import type { SamlIdp } from './saml-idp';

/**
 * The bodies that register the two test providers with Meridian (POST /api/v1/identity-providers): the
 * campus portal (OpenID Connect) and the campus Shibboleth (SAML), matched by e-mail, no accounts created.
 */
export function campusProviders(oidc: OidcIdp, saml: SamlIdp, slugs: { oidc: string; saml: string }) {
  const common = { matchBy: 'email', matchClaim: 'email', createAccounts: false };
  return [
    {
      ...common,
      protocol: 'oidc',
      slug: slugs.oidc,
      nameZh: '校園入口網',
      nameEn: 'Campus portal',
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
    },
    {
      ...common,
      protocol: 'saml',
      slug: slugs.saml,
      nameZh: '校園 Shibboleth',
      nameEn: 'Campus Shibboleth',
      entryPoint: saml.entryPoint,
      idpEntityId: saml.entityId,
      idpCert: saml.cert,
    },
  ];
}
