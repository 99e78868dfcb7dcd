import { definePolicy } from './policy.js';

/** An enquiry as the policy sees it: the division its category routed it to. */
export type EnquiryScope = { unit_id: number | null };

/**
 * The enquiry desk (issue 20). A division handles (reads, assigns, notes, replies to) the enquiries
 * routed to it and nothing else: the enquirer's name and e-mail are personal data. The office head
 * (OIA staff at the office unit) sees every division's, being above them; administrators all.
 * The desk's settings (categories and their routing, saved replies, the FAQ) are the office's.
 * The figures hold no personal data: executives read them for the whole desk.
 */
export const enquiryPolicy = definePolicy<'handle' | 'figures' | 'settings', EnquiryScope>({
  resource: 'enquiries',
  unitOf: (e) => e.unit_id,
  rules: {
    handle: { admin: 'all', oia_staff: 'unit' },
    figures: { admin: 'all', oia_staff: 'unit', executive: 'all' },
    settings: { admin: 'all', oia_staff: 'all' },
  },
});
