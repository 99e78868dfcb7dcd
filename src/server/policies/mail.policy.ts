import { definePolicy } from './policy.js';

/**
 * Outgoing mail: administrators may read the outbox (in development it is how reminders are seen
 * without an SMTP server) and retry failed messages. Everyone reads their own in-app notifications
 * (enforced by the notification queries, which always filter on the signed-in user).
 */
export const mailPolicy = definePolicy<'outbox' | 'retry'>({
  resource: 'mail',
  rules: {
    outbox: { admin: 'all' },
    retry: { admin: 'all' },
  },
});
