import type { DeepStrings } from './merge.js';
import type { notificationsZhTW } from './notifications.zh-TW.js';

export const notificationsEn: DeepStrings<typeof notificationsZhTW> = {
  notifications: {
    agreement: {
      notice: {
        title: 'Notice period has begun: {{agreement}}',
        body: 'The agreement “{{agreement}}” with {{partner}} has entered its notice period and ends on {{endDate}} ({{days}} days left). If it should not renew or needs changes, tell the partner in time.',
      },
      expiry_180: {
        title: 'Agreement ends within 180 days: {{agreement}}',
        body: 'The agreement “{{agreement}}” with {{partner}} ends on {{endDate}} ({{days}} days left). Please start considering its renewal.',
      },
      expiry_90: {
        title: 'Agreement ends within 90 days: {{agreement}}',
        body: 'The agreement “{{agreement}}” with {{partner}} ends on {{endDate}} ({{days}} days left). Please decide on its renewal and contact the partner.',
      },
      expiry_30: {
        title: 'Agreement ends within 30 days: {{agreement}}',
        body: 'The agreement “{{agreement}}” with {{partner}} ends on {{endDate}} ({{days}} days left). If it is to be renewed, please complete the signing soon.',
      },
      signed_file_missing: {
        title: 'Signed copy missing: {{agreement}}',
        body: 'The active agreement “{{agreement}}” ({{partner}}) has no signed copy on file. Please upload the signed PDF.',
      },
    },
  },
  errors: {
    mail_not_retryable: 'This message has been sent or is being sent; it cannot be retried.',
  },
  validation: {
    mail_topic_repeated: 'Each kind of notification can be set only once.',
  },
};
