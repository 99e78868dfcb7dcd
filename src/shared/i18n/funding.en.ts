import type { fundingZhTW } from './funding.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const fundingEn: DeepStrings<typeof fundingZhTW> = {
  validation: {
    matching_below_minimum: "The university's matching is too low: at least {{required}} ({{pct}}% of the grant).",
    year_below_awarded: 'The grant plus matching cannot be less than the {{awarded}} already awarded.',
    duplicate_funding_year: 'This program already has a grant for this academic year.',
    funding_requires_outbound_study:
      'Xuehai Feiyang / Xizhu fund only students going abroad to study for credit (exchange, dual degree, short-term study) with credits recognised.',
    funding_excluded_country:
      'Xuehai Feiyang / Xizhu do not fund study in mainland China, Hong Kong or Macau ({{country}}).',
    funding_requires_internship: 'Xuehai Zhumeng / New Southbound Zhumeng fund only internships abroad.',
    funding_needs_dates:
      'Enter the start and end dates of this mobility first, so the internship length can be checked.',
    funding_internship_too_short: 'The internship lasts {{days}} days, less than the required {{minimum}} days.',
    funding_requires_teep: 'TEEP funding is only for incoming TEEP interns.',
    program_archived: 'This funding program is archived and takes no new awards.',
    spent_above_award: 'The amount spent cannot exceed the amount awarded.',
    duplicate_award: 'This mobility already has an award from this program-year; edit that one instead.',
    award_above_balance: "This is more than the program-year's available balance of {{balance}}.",
  },
  fundingKinds: {
    xuehai_feiyang: 'Xuehai Feiyang (study abroad)',
    xuehai_xizhu: 'Xuehai Xizhu (study abroad, disadvantaged students)',
    xuehai_zhumeng: 'Xuehai Zhumeng (internships abroad)',
    nsb_zhumeng: 'New Southbound Zhumeng (internships)',
    teep: 'TEEP (Taiwan Experience Education Program)',
    sprout: 'Higher Education Sprout Project',
    university: 'University scholarship',
    partner: 'Partner sponsorship',
    government: 'Government grant',
    other: 'Other',
  },
  fundingExport: {
    sheet: 'Awards',
    file: 'awards',
    nameZh: 'Name (Chinese)',
    nameEn: 'Name (English)',
    studentNo: 'Student no.',
    department: 'Department',
    mobilityKind: 'Mobility kind',
    country: 'Country / region',
    startDate: 'Start date',
    endDate: 'End date',
    amount: 'Awarded (NT$)',
    spentAmount: 'Spent (NT$)',
    notes: 'Notes',
  },
};
