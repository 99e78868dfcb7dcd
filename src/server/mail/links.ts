/**
 * Mails keep paths, not absolute URLs: a link is written as this token + path when the mail is queued and
 * becomes APP_URL + path when it is sent (or shown in the outbox), so a mail queued before APP_URL was set
 * right, or before the app moved, still links to where the app is now.
 */
export const APP_URL_TOKEN = '{{APP_URL}}';

/** A link to a path of the app ('/agreements/3'), for a mail body. */
export const appLink = (path: string) => `${APP_URL_TOKEN}${path}`;

/** The mail text with its links made absolute against the app's address now. */
export const resolveLinks = (text: string, appUrl: string) => text.replaceAll(APP_URL_TOKEN, appUrl);

/**
 * Headers of every mail Meridian sends: all of them are automatic (RFC 3834), so auto-responders and
 * Exchange out-of-office replies stay quiet instead of answering no-reply@.
 */
export const AUTOMATIC_MAIL_HEADERS = { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' };
