import { definePolicy } from './policy.js';

/**
 * API tokens and webhook subscriptions are kept by system administrators only: each hands a role in a
 * unit to a machine. What a token or subscription then reads is decided by the policies of that role.
 */
export const integrationPolicy = definePolicy<'manage'>({
  resource: 'integrations',
  rules: { manage: { admin: 'all' } },
});
