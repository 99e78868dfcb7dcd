import { z } from 'zod';
import { DELIVERY_STATUSES, INTEGRATION_ROLES, WEBHOOK_EVENTS } from '../integrations.js';
import { INT_MAX, requiredText, Timestamp, Version } from './common.js';

/** API tokens and webhooks (issue 22, items 4–5): administrators keep both at /integrations. */
const UnitId = z.number().int().positive().max(INT_MAX);
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ApiTokenInput = z.object({
  name: requiredText(200),
  role: z.enum(INTEGRATION_ROLES),
  unitId: UnitId,
  expiresOn: DateOnly.nullish().transform((v) => v ?? null),
});
export type ApiTokenInput = z.infer<typeof ApiTokenInput>;

export const ApiToken = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(INTEGRATION_ROLES),
  unitId: z.number().int(),
  prefix: z.string(),
  createdAt: Timestamp,
  createdBy: z.string().nullable(),
  expiresOn: z.string().nullable(),
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
/** The one answer that carries the secret: shown once, never again. */
export const ApiTokenCreated = ApiToken.extend({ token: z.string() });
export type ApiTokenCreated = z.infer<typeof ApiTokenCreated>;
export const ApiTokenList = z.object({ items: z.array(ApiToken) });

/** Where deliveries are posted: http(s) only (invalid_url otherwise). */
const HttpUrl = z.url({ protocol: /^https?$/ }).max(1000);

export const WebhookInput = z.object({
  name: requiredText(200),
  url: HttpUrl,
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
  role: z.enum(INTEGRATION_ROLES),
  unitId: UnitId,
  active: z.boolean().default(true),
});
export type WebhookInput = z.infer<typeof WebhookInput>;
export const WebhookUpdate = WebhookInput.extend({ version: Version });
export type WebhookUpdate = z.infer<typeof WebhookUpdate>;

export const Webhook = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  role: z.enum(INTEGRATION_ROLES),
  unitId: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Webhook = z.infer<typeof Webhook>;
/** Made or given a new secret: the signing secret, shown once. */
export const WebhookWithSecret = Webhook.extend({ secret: z.string() });
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;
export const WebhookList = z.object({ items: z.array(Webhook) });

export const WebhookDelivery = z.object({
  id: z.number().int(),
  eventId: z.string(),
  eventKind: z.enum(WEBHOOK_EVENTS),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: Timestamp,
  responseStatus: z.number().int().nullable(),
  responseExcerpt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  deliveredAt: Timestamp.nullable(),
  payload: z.string(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
export const WebhookDeliveryList = z.object({ items: z.array(WebhookDelivery) });
export const DeliveryParams = z.object({
  id: z.coerce.number().int().positive().max(INT_MAX),
  deliveryId: z.coerce.number().int().positive().max(INT_MAX),
});
