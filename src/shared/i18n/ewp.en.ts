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
    ewp_xsd_invalid: 'Line {{line}}, <{{element}}>: not as the EWP schema requires ({{detail}}).',
    ewp_xml_malformed: 'Line {{line}}: not well-formed XML ({{detail}}).',
    ewp_validator_missing: 'EWP files cannot be checked on this server (xmllint is missing): ask the administrator.',
    ewp_copy_not_ours: 'This file is not about us: none of its agreements names our SCHAC code ({{hei}}) as a partner.',
    ewp_copy_not_this_agreement:
      'This file is not a copy of this agreement: neither our agreement number nor the partner’s SCHAC code matches.',
    ewp_copy_no_agreement:
      'No agreement of ours matches this file: give the partner its SCHAC code, or import the file from the agreement’s page.',
    ewp_copy_not_valid_for_approval:
      'The partner’s copy still has parts marked not yet defined: it cannot be approved until they complete it.',
    ewp_copies_differ:
      'The two copies still differ in {{count}} places: take their values or agree with the partner first.',
    ewp_difference_gone: 'This difference is no longer there: the page has been refreshed.',
    ewp_language_without_cefr:
      'Their copy names {{language}} without a CEFR level, which our places need: enter it yourself.',
    ewp_levels_not_one:
      'Their condition covers several EQF levels together ({{levels}}); our places keep one level each.',
    ewp_places_ambiguous: 'Our {{count}} places of that year match this condition: change them in the places table.',
    ewp_factsheet_missing: 'Our factsheet for partners has not been filled in yet.',
    e164: 'Enter the number in international form, e.g. +886223456789.',
    http_url: 'Enter a web address starting with https://.',
    ...reasons,
  },
  errors: {
    ...reasons,
    ewp_xsd_invalid_file: 'The file is not a valid EWP agreement file (IIAs v7): see the lines below.',
    ewp_factsheet_missing: 'Our factsheet for partners has not been filled in yet.',
    ewp_cannot_export: 'Our copy of this agreement cannot be written yet.',
  },
};
