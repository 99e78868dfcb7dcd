import type { DeepStrings } from './merge.js';
import type { ssoZhTW } from './sso.zh-TW.js';

export const ssoEn: DeepStrings<typeof ssoZhTW> = {
  errors: {
    passwordOff:
      'This account signs in with the university account (single sign-on); its local password is turned off.',
  },
  validation: {
    provider_slug_taken: 'Another sign-in provider (perhaps one set in the environment) already uses this code.',
    provider_cert_invalid:
      'This certificate cannot be read: paste the identity provider’s X.509 signing certificate (PEM or base64).',
    provider_unit_unknown: 'No such unit.',
    provider_role_claim_required: 'Name the claim that carries the roles before mapping its values.',
    provider_https_required:
      'The identity provider’s address must use https (http only for a provider on this machine).',
  },
};
