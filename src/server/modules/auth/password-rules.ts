import { createRequire } from 'node:module';
import { AppError } from '#server/lib/errors.js';

/**
 * What a new password must not be, beyond the length the schemas check (issue 16: "1234567890" was
 * accepted): one of the 30,000 most common passwords of the breach corpus bundled with zxcvbn 4.4.2
 * (Dropbox, MIT; `lib/frequency_lists.js`, from Xato's 10 million leaked passwords), or anything
 * containing the e-mail's name (the whole local part, or a part of it of four letters or more).
 * Read once, on the first password set.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!common) {
    const lists = createRequire(import.meta.url)('zxcvbn/lib/frequency_lists.js') as { passwords: string[] };
    common = new Set(lists.passwords);
  }
  return common;
}

export function passwordProblem(password: string, email: string): 'password_common' | 'password_email' | null {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'password_common';
  const local = email.toLowerCase().split('@')[0] ?? '';
  const parts = [local, ...local.split(/[._+-]+/)].filter((p) => p.length >= 4 || (p === local && p.length >= 3));
  if (parts.some((p) => lower.includes(p))) return 'password_email';
  return null;
}

/** Throws the field error (400, in the user's language) when the password may not be used. */
export function checkNewPassword(password: string, email: string, path = 'password') {
  const problem = passwordProblem(password, email);
  if (problem) throw AppError.field(path, problem);
}
