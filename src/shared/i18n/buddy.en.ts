import type { buddyZhTW } from './buddy.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const buddyEn: DeepStrings<typeof buddyZhTW> = {
  validation: {
    buddy_person: 'No such student.',
    buddy_no_person: 'Your account is not linked to a student record yet; please ask the OIA.',
    buddy_not_student: 'Only students take part in the buddy program.',
    buddy_no_inbound: 'This student has no inbound record, so they cannot join as an international student.',
    buddy_inbound_is_international: 'This student has an inbound record: add them as an international student.',
    buddy_capacity: 'At most {{max}}.',
    buddy_weights_all_zero: 'At least one weight must be above 0.',
    buddy_profile_exists: 'This student is already in this round.',
    buddy_profile_side: 'Choose a student of this round with that role.',
    buddy_pair_exists: 'These two are already paired.',
    buddy_capacity_full: 'This student already has as many buddies as they take.',
    buddy_date_future: 'The date cannot be after today.',
    buddy_feedback_exists: 'You have already given your feedback.',
  },
  errors: {
    buddy_round_closed: 'This round has ended.',
    buddy_nothing_to_publish: 'There are no unpublished pairs.',
  },
  notifications: {
    buddy: {
      matched_international: {
        title: 'Your buddy: {{buddy}}',
        body: '{{round}}: {{buddy}} is your local buddy and will contact you to help you settle in.',
      },
      matched_local: {
        title: 'Your international buddy: {{buddy}}',
        body: '{{round}}: you are paired with {{buddy}}. Please get in touch within a week and log your first contact and meetings.',
      },
    },
  },
};
