/**
 * How a user wants e-mail for a topic of notifications (the in-app notification is always recorded):
 * 'digest' — gathered into one mail a day; 'each' — one mail per notification; 'none' — no mail.
 */
export const MAIL_MODES = ['digest', 'each', 'none'] as const;
export type MailMode = (typeof MAIL_MODES)[number];
export const DEFAULT_MAIL_MODE: MailMode = 'digest';

/**
 * Preferences are kept per topic — a family of notification kinds — rather than per kind string: eighteen
 * kinds (expiry_180, expiry_90, …) would make a settings page nobody reads, and a user who wants the 30-day
 * reminder also wants the 90-day one.
 */
export const MAIL_TOPICS = [
  'agreement',
  'document',
  'submission_reminder',
  'submission_review',
  'call_result',
] as const;
export type MailTopic = (typeof MAIL_TOPICS)[number];

/** The topic of a notification kind ('agreement.expiry_90' → 'agreement'); null for a kind nobody configures. */
export function mailTopicOf(kind: string): MailTopic | null {
  const [family, event = ''] = kind.split('.');
  if (family === 'agreement') return 'agreement';
  if (family === 'document') return 'document';
  if (family === 'call') return 'call_result';
  if (family === 'submission')
    return event === 'opened' || event.startsWith('reminder_') ? 'submission_reminder' : 'submission_review';
  return null;
}

/** Where in the app a notification's record is (the same paths as the web's src/web/lib/paths.ts). */
const RECORD_PATHS: Record<string, string> = {
  agreement: '/agreements/',
  person: '/people/',
  mobility: '/mobility/',
  application: '/applications/',
  call: '/calls/',
  submission: '/reporting/submissions/',
  enquiry: '/enquiries/',
};

/** The app path of a notification's record, or null when it has none. */
export function recordPath(entityType: string | null, entityId: number | null): string | null {
  const base = entityType === null ? undefined : RECORD_PATHS[entityType];
  return base === undefined || entityId === null ? null : `${base}${entityId}`;
}

/**
 * The kind a notification is grouped under: the same reminder at another distance is the same thing to look
 * at ('agreement.expiry_90' and 'agreement.expiry_30' → 'agreement.expiry'; 'submission.reminder_7' →
 * 'submission.reminder'). A first run of the reminder jobs raises every threshold already passed at once.
 */
export function groupKindOf(kind: string): string {
  return kind.replace(/\.(expiry|reminder)_\d+$/, '.$1');
}
