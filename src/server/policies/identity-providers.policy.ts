import { definePolicy } from './policy.js';

/**
 * Identity providers and the sign-in settings are kept by system administrators only: they decide who
 * can sign in at all. The login page's list of buttons is public and needs no rule.
 */
export const identityProviderPolicy = definePolicy<'update'>({
  resource: 'identity_providers',
  rules: { update: { admin: 'all' } },
});
