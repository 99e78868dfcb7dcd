import { definePolicy } from './policy.js';

/** The university's own details are public to read (GET needs no sign-in); administrators change them. */
export const universityPolicy = definePolicy<'update'>({
  resource: 'university',
  rules: { update: { admin: 'all' } },
});
