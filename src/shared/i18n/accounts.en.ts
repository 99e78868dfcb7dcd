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
  passwordPages: {
    forgotLink: 'Forgot your password?',
    forgotTitle: 'Forgot password',
    forgotIntro: 'Enter your e-mail and we will send a link to reset your password (valid for 1 hour).',
    forgotSubmit: 'Send reset link',
    forgotSent: 'If this e-mail has an account, a reset link is on its way. Please check your mail.',
    setTitle: 'Set your password',
    setIntro: 'Choose a new password; you are signed in once it is set.',
    password: 'New password',
    confirm: 'Confirm new password',
    submit: 'Set password',
    mismatch: 'The two passwords do not match.',
    done: 'Your password is set.',
    missingToken: 'The link has no code: use the whole link from the e-mail.',
    backToLogin: 'Back to sign-in',
  },
  users: {
    fields: {
      person: 'Linked person record',
    },
    form: {
      personHint:
        'A student account is linked to the student’s person record and sees only their own records. Enter the person’s ID; leave empty for no link.',
      inviteHint:
        'Without a password, an invitation is mailed and the user sets their own password (the link works for 7 days).',
      sendInvite: 'Send invitation',
      inviteSent: 'Invitation queued for sending.',
      pending: 'Password not set yet',
    },
  },
};
