import type { DeepStrings } from './merge.js';
import type { serverZhTW } from './server.zh-TW.js';

export const serverEn: DeepStrings<typeof serverZhTW> = {
  validation: {
    end_before_start: 'The end date cannot be before the start date.',
    open_ended_with_end: 'An open-ended agreement has no end date.',
    month_day: 'Enter month-day, e.g. 03-15.',
    over_allocation: 'Not enough places: {{used}} of {{places}} already used.',
    places_below_used: 'Places cannot be fewer than the {{used}} already used.',
    partner: 'Choose a valid partner institution.',
    duplicate_place: 'Places for this year, direction, level and mobility kind already exist.',
    places_not_for_kind: 'This kind of agreement has no exchange places.',
    not_pdf: 'Upload a PDF file.',
    file_too_large: 'The file cannot be larger than {{maxMb}} MB.',
    missing_for_activation: 'Needed before it can take effect: {{fields}}.',
    signed_copy_required:
      'Upload the signed agreement first, or confirm that the signed copy will follow (you will be reminded until it is uploaded).',
    place_in_use: 'These places are in use ({{used}}) and cannot be removed.',
    invalid_type: 'Invalid value.',
    too_big_string: 'Use at most {{maximum}} characters.',
    too_small_number: 'Must be at least {{minimum}}.',
    nul_character: 'Must not contain a NUL character.',
    too_big_number: 'Must be at most {{maximum}}.',
    too_small_array: 'Add at least {{minimum}}.',
    too_big_array: 'At most {{maximum}} allowed.',
    invalid_email: 'Enter a valid e-mail address.',
    invalid_url: 'Enter a web address starting with http:// or https://.',
    invalid_date: 'Enter a valid date (YYYY-MM-DD).',
    invalid_format: 'Invalid format.',
    invalid_value: 'Not one of the allowed options.',
    unrecognized_keys: 'Unexpected field(s): {{keys}}.',
    country: 'Choose a valid country or region.',
    unit: 'Choose a valid unit.',
    duplicate_code: 'This code is already in use.',
    duplicate_email: 'This e-mail is already in use.',
    own_roles: 'You cannot change your own roles; another administrator must do it.',
    admin_personal_data:
      'An administrator account cannot also hold a role that reads personal data (OIA staff, college coordinator, unit staff); use a separate ordinary account.',
    password_common:
      'This password is too common (it appears in lists of leaked passwords); choose one that is hard to guess.',
    password_email: 'The password must not contain the name of your e-mail address.',
    last_admin: 'The last system administrator cannot be removed.',
    university_exists: 'The university (the root unit) already exists: leave out the university names.',
    unit_root_parent: 'The university is the top unit and has no parent unit.',
    unit_inactive: 'The parent unit is inactive: reactivate it first or choose another unit.',
    unit_cycle: 'A unit cannot sit under itself or one of its own sub-units.',
    unit_root_active: 'The university cannot be deactivated.',
    unit_active_children: 'This unit still has active sub-units: deactivate them first.',
    unit_in_use: '{{count}} records point to this unit, so it cannot be deleted; deactivate it instead.',
    term_bounds: 'A semester of this academic year lies between {{from}} and {{to}}.',
    term_dates_order: 'The last day cannot be before the first day.',
    term_teaching_inside: 'Teaching dates lie inside the semester.',
    term_overlap: 'These dates overlap semester {{semester}} of academic year {{roc}} (ROC).',
    term_sequence:
      'The first semester comes before the second: check the order against semester {{semester}} of academic year {{roc}} (ROC).',
    term_duplicate: 'This semester of the academic year already has dates: edit them instead.',
    wrong_current_password: 'The current password is wrong.',
    file_empty: 'The file is empty; please choose it again.',
    file_type: 'Only these file types are accepted: {{types}}.',
    arc_format:
      'Residence permit number not valid: the current format is one letter and nine digits with 8 or 9 as the second character (the old format: two letters and eight digits).',
    passport_format: 'A passport number has 5–20 letters and digits.',
  },
  agreements: {
    signedCopyFollows: 'Activated without the signed copy; it will follow.',
  },
  notifications: {
    mail: {
      greeting: 'Dear {{name}},',
      agreement: 'Agreement',
      partner: 'Partner',
      endDate: 'End date',
      daysLeft: 'Days left',
      days: '{{days}} days',
      open: 'Open this agreement in Meridian',
      openRecord: 'Open in Meridian',
      footer:
        'This message was sent automatically by Meridian, the international affairs platform. Please do not reply.',
    },
    digest: {
      subject: 'Daily notification digest ({{date}}): {{count}}',
      intro:
        'Here are the {{count}} notifications since the last digest. You can choose how you get mail on the Notifications page in Meridian.',
      more: '{{count}} more notifications are on your Notifications page in Meridian',
    },
  },
};
