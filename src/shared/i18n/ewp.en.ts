import type { ewpZhTW } from './ewp.zh-TW.js';
import type { DeepStrings } from './merge.js';

const reasons = {
  ewp_bilateral: 'EWP agreements are bilateral: the agreement needs exactly one partner to be exported.',
  ewp_partner_schac: 'The partner has no SCHAC code (its domain) yet: add it on the partner first.',
  ewp_own_schac:
    "Our SCHAC code is taken from the university's website address, which is missing: add it under University profile.",
};

export const ewpEn: DeepStrings<typeof ewpZhTW> = {
  validation: {
    schac: 'Enter the institution’s domain in lower case, e.g. uw.edu.pl.',
    duplicate_schac: 'Another partner already has this SCHAC code.',
    ...reasons,
  },
  errors: reasons,
};
