import type { DeepStrings } from './merge.js';
import type { uiAccountsZhTW } from './ui.accounts.zh-TW.js';

export const uiAccountsEn: DeepStrings<typeof uiAccountsZhTW> = {
  passwordPages: {
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
