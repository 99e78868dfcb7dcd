import { definePolicy } from './policy.js';

/**
 * The Ministry's country and area list (names, codes, regions) is reference data every signed-in user
 * reads; system administrators correct it when the Ministry publishes a new list.
 */
export const countryPolicy = definePolicy<'update'>({
  resource: 'countries',
  rules: { update: { admin: 'all' } },
});
