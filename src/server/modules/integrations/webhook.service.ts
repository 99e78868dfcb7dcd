import { randomBytes } from 'node:crypto';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { piiCipher } from '#server/lib/pii.js';
import { updateAudited } from '#server/lib/versioned.js';
import { integrationPolicy } from '#server/policies/integrations.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type { DeliveryStatus, IntegrationRole, WebhookEvent } from '#shared/integrations.js';
import type {
  Webhook,
  WebhookDelivery,
  WebhookInput,
  WebhookUpdate,
  WebhookWithSecret,
} from '#shared/schemas/integrations.js';
import { assertUnit } from './api-token.service.js';
import * as repo from './webhook.repository.js';

const ENTITY = 'webhook_subscription';
/** The deliveries shown per subscription: the latest ones (older rows stay in the table). */
const DELIVERY_PAGE = 100;

const present = (r: repo.SubscriptionRow): Webhook => ({
  id: r.id,
  name: r.name,
  url: r.url,
  events: JSON.parse(r.events) as WebhookEvent[],
  role: r.role as IntegrationRole,
  unitId: r.unit_id,
  active: r.active === 1,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const manage = (ctx: Ctx) => authorizeAny(integrationPolicy, ctx.actor, 'manage', ctx.units);

async function load(ctx: Ctx, id: number, db = ctx.db) {
  const row = await repo.findSubscription(db, id);
  if (!row) throw AppError.notFound();
  return present(row);
}

export async function listWebhooks(ctx: Ctx) {
  manage(ctx);
  return { items: (await repo.findSubscriptions(ctx.db)).map(present) };
}

export async function getWebhook(ctx: Ctx, id: number) {
  manage(ctx);
  return load(ctx, id);
}

/** A new subscription with a 32-byte signing secret: shown once in this answer, kept encrypted. */
export async function createWebhook(ctx: Ctx, input: WebhookInput): Promise<WebhookWithSecret> {
  manage(ctx);
  assertUnit(ctx, input.unitId);
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertSubscription(trx, {
      name: input.name,
      url: input.url,
      events: JSON.stringify(input.events),
      role: input.role,
      unit_id: input.unitId,
      secret_enc: piiCipher(ctx.env).encrypt(secret),
      active: input.active ? 1 : 0,
      created_by: ctx.actor.id,
      created_at: ctx.now,
    });
    const after = await load(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', ENTITY, id, auditSummary('auditSummaries.webhook', { name: input.name }), null, after),
    );
    return { ...after, secret };
  });
}

export async function updateWebhook(ctx: Ctx, id: number, input: WebhookUpdate): Promise<Webhook> {
  manage(ctx);
  assertUnit(ctx, input.unitId);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await load(ctx, id, trx);
    return updateAudited(trx, {
      table: 'webhook_subscriptions',
      id,
      version: input.version,
      values: {
        name: input.name,
        url: input.url,
        events: JSON.stringify(input.events),
        role: input.role,
        unit_id: input.unitId,
        active: input.active ? 1 : 0,
        updated_at: ctx.now,
      },
      current: () => repo.findSubscription(trx, id).then((r) => r && present(r)),
      after: () => load(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          id,
          auditSummary('auditSummaries.webhook', { name: input.name }),
          before,
          after,
        ),
    });
  });
}

export async function listDeliveries(ctx: Ctx, id: number): Promise<{ items: WebhookDelivery[] }> {
  manage(ctx);
  await load(ctx, id);
  const rows = await repo.findDeliveries(ctx.db, id, DELIVERY_PAGE);
  return {
    items: rows.map((d) => ({
      id: d.id,
      eventId: d.event_id,
      eventKind: d.event_kind as WebhookEvent,
      status: d.status as DeliveryStatus,
      attempts: d.attempts,
      nextAttemptAt: d.next_attempt_at,
      responseStatus: d.response_status,
      responseExcerpt: d.response_excerpt,
      lastError: d.last_error,
      createdAt: d.created_at,
      deliveredAt: d.delivered_at,
      payload: d.payload,
    })),
  };
}

/** Sends a failed (or waiting) delivery again now, with a fresh round of attempts. */
export async function redeliver(ctx: Ctx, id: number, deliveryId: number) {
  manage(ctx);
  if (!(await repo.requeueDelivery(ctx.db, id, deliveryId, ctx.now)))
    throw new AppError('INVALID_TRANSITION', { messageKey: 'delivery_not_failed' });
  return { ok: true as const };
}
