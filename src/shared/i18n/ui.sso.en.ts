import type { DeepStrings } from './merge.js';
import type { uiSsoZhTW } from './ui.sso.zh-TW.js';

export const uiSsoEn: DeepStrings<typeof uiSsoZhTW> = {
  ssoLogin: {
    or: 'or sign in with a password',
    signInWith: 'Sign in with {{name}}',
    failures: {
      unknown_provider: 'This sign-in service does not exist or is turned off. Please sign in another way.',
      provider_unavailable: 'The university’s sign-in service cannot be reached right now. Please try again later.',
      denied: 'The sign-in service did not allow this sign-in.',
      state: 'This sign-in could not be matched to one started in this browser. Please sign in again.',
      nonce: 'The sign-in service’s answer does not belong to this sign-in and was refused. Please sign in again.',
      replayed: 'This sign-in answer was already used or has expired. Please sign in again.',
      expired: 'The sign-in answer has expired (or its time is wrong). Please sign in again.',
      signature: 'The sign-in answer’s signature is not valid; it was refused.',
      audience: 'The sign-in answer was not meant for Meridian; it was refused.',
      missing_claim:
        'The sign-in service did not send what Meridian matches accounts by (e-mail, or student/staff number). Please contact the administrator.',
      unknown_user:
        'No Meridian user matches this university account. Please contact the Office of International Affairs.',
      inactive: 'This account is deactivated. Please contact the administrator.',
      invalid:
        'The sign-in could not be completed. Please sign in again; if it keeps failing, contact the administrator.',
    },
  },
};
