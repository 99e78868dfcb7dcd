import { definePolicy } from './policy.js';

/**
 * What the public portal shows (issue 20, docs/decisions/0026): news, partners' public profiles and
 * students' testimonials. The office (OIA staff, administrators) decides what is published; reading
 * the portal itself needs no policy — its rows say they are public.
 */
export const portalPolicy = definePolicy<'manage'>({
  resource: 'portal',
  rules: { manage: { admin: 'all', oia_staff: 'all' } },
});
