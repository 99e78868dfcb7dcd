/**
 * Integrations (issue 22, items 4–5, docs/decisions/0034): API tokens and webhook subscriptions each carry
 * one role in one unit, and go through the same policies as a person with that role there. Roles whose
 * scope is "the actor's own records" (students, assistants) make no sense for a machine and are not offered.
 */
export const INTEGRATION_ROLES = ['oia_staff', 'college_coordinator', 'unit_staff', 'executive'] as const;
export type IntegrationRole = (typeof INTEGRATION_ROLES)[number];

/** What a webhook can be subscribed to; each is derived from the audit entry its change writes. */
export const WEBHOOK_EVENTS = [
  'agreement.status_changed',
  'mobility.created',
  'mobility.changed',
  'application.submitted',
  'submission.approved',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** Each event's catalog key (i18n keys cannot hold a dot). */
export const WEBHOOK_EVENT_KEYS: Record<WebhookEvent, string> = {
  'agreement.status_changed': 'agreement_status_changed',
  'mobility.created': 'mobility_created',
  'mobility.changed': 'mobility_changed',
  'application.submitted': 'application_submitted',
  'submission.approved': 'submission_approved',
};

export const DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The headers a delivery carries; a receiver signs `${timestamp}.${body}` with the secret to check it. */
export const WEBHOOK_HEADERS = {
  event: 'x-meridian-event',
  delivery: 'x-meridian-delivery',
  timestamp: 'x-meridian-timestamp',
  signature: 'x-meridian-signature',
} as const;

/** A receiver refuses a delivery whose timestamp is further than this from its own clock. */
export const REPLAY_WINDOW_SECONDS = 300;

/** API tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'mrd_';
