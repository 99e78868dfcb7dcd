import { definePolicy } from './policy.js';

/**
 * Recruitment (issue 21, item 3): the office's 企劃與境外生招生組 is OIA staff. They run fairs, trips,
 * leads and follow-ups; executives read the trips and the funnel (counts, no names). Leads are personal
 * data: only OIA staff read them (administrators run the system, not the people in it), every read logged.
 */
export const recruitmentPolicy = definePolicy<'read' | 'write' | 'readLeads' | 'writeLeads'>({
  resource: 'recruitment',
  rules: {
    read: { oia_staff: 'all', executive: 'all' },
    write: { oia_staff: 'all' },
    readLeads: { oia_staff: 'all' },
    writeLeads: { oia_staff: 'all' },
  },
});

/**
 * Partners' nominations by link (issue 21, item 4): OIA staff make, revoke and resend the links, set the
 * windows and decide the nominations (the nominees are personal data). Nobody else sees them; the
 * partner's coordinator reaches their own through the link's secret, not through a role.
 */
export const nominationPolicy = definePolicy<'manage'>({
  resource: 'nominations',
  rules: { manage: { oia_staff: 'all' } },
});
