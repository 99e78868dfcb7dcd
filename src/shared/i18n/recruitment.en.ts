import type { DeepStrings } from './merge.js';
import type { recruitmentZhTW } from './recruitment.zh-TW.js';

export const recruitmentEn: DeepStrings<typeof recruitmentZhTW> = {
  validation: {
    lead_consent_pair: 'Give both the consent text version and the time of consent, or neither.',
    currency_required: 'Choose the currency of the cost.',
    funnel_years: 'The last year cannot be before the first, and at most ten years apart.',
    nomination_window_exists: 'A nomination window for this academic year and term already exists.',
    nomination_window_closed: 'This nomination window is not open.',
    nomination_duplicate: 'This student has already been nominated in this window.',
    nomination_place_year: 'Choose places of the nomination’s academic year.',
    nomination_expiry_past: 'The expiry date must be after today.',
  },
  errors: {
    nomination_link_invalid: 'This nomination link is not valid, was revoked or has expired.',
    nomination_link_not_live: 'This link was revoked or has expired and cannot be resent.',
    nomination_decided: 'This nomination has already been decided.',
  },
  leadChannels: {
    fair: 'Education fair',
    trip: 'Recruitment trip',
    web: 'Website',
    agent: 'Agent',
    referral: 'Referral',
    other: 'Other',
  },
  nominationTerms: { autumn: 'autumn semester', spring: 'spring semester' },
  recruitmentFunnel: {
    fileName: 'recruitment-funnel',
    sheet: 'Funnel',
    academicYear: 'Academic year',
    by: { country: 'Country (area)', channel: 'Channel' },
    leads: 'Leads',
    applicants: 'Applicants',
    admitted: 'Admitted',
    enrolled: 'Enrolled',
  },
  recruitmentMail: {
    footer: 'You receive this because you agreed to hear from us about studying here; reply to this mail to stop.',
  },
  nominationMail: {
    footer: 'This message was sent automatically.',
    link: {
      subject: '{{partner}}: your personal link to nominate exchange students',
      greeting: 'Dear {{name}},',
      body: 'Use the link below during the nomination windows to nominate your exchange students, follow their status, and keep your contacts and factsheet up to date. The link is personal: please do not forward it.',
      expires: 'The link is valid until {{expires}}.',
      open: 'Open the nomination page',
    },
    invite: {
      subject: 'You have been nominated for an exchange',
      greeting: 'Dear {{name}},',
      body: 'Your university has nominated you for an exchange with us in the {{term}} of {{year}}. We will send you instructions to complete your inbound exchange application.',
    },
  },
};
