import type { accountsZhTW } from './accounts.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const accountsEn: DeepStrings<typeof accountsZhTW> = {
  accountMail: {
    greeting: 'Dear {{name}},',
    invite: {
      subject: '[Meridian] Your account is ready: set your password',
      body: 'An administrator has created your account ({{email}}) on Meridian, the international affairs platform. Use the link below to set your password; it works once and until {{expires}}.',
      action: 'Set password',
    },
    reset: {
      subject: '[Meridian] Reset your password',
      body: 'We received a request to reset the password of {{email}}. Use the link below to set a new one; it works once and until {{expires}}. Setting it signs you out everywhere else.',
      action: 'Reset password',
      ignore: 'If you did not ask for this, ignore this message: your password stays as it is.',
    },
    footer: 'This message was sent automatically; please do not reply to it.',
  },
  errors: {
    tokenInvalid: 'This link is invalid, already used or expired. Please ask for a new one.',
    inviteInactive: 'The account is deactivated: no invitation can be sent.',
  },
  validation: {
    person_unknown: 'No such person record (or it is archived).',
    person_taken: 'This person record is already linked to another account.',
  },
};
