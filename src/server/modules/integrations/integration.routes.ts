import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import {
  ApiToken,
  ApiTokenCreated,
  ApiTokenInput,
  ApiTokenList,
  DeliveryParams,
  Webhook,
  WebhookDeliveryList,
  WebhookInput,
  WebhookList,
  WebhookUpdate,
  WebhookWithSecret,
} from '#shared/schemas/integrations.js';
import * as tokens from './api-token.service.js';
import * as hooks from './webhook.service.js';

/** Administrators keep the API tokens and webhook subscriptions of integrations (docs/decisions/0034). */
export async function integrationRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['integrations'];
  const t = '/api/v1/api-tokens';
  r.get(t, { schema: { tags, response: { 200: ApiTokenList } } }, (req) => tokens.listTokens(ctx(req)));
  r.post(t, { schema: { tags, body: ApiTokenInput, response: { 201: ApiTokenCreated } } }, async (req, reply) =>
    reply.status(201).send(await tokens.createToken(ctx(req), req.body)),
  );
  r.post(
    `${t}/:id/revoke`,
    { schema: { tags, summary: 'Revoke an API token', params: IdParams, response: { 200: ApiToken } } },
    (req) => tokens.revokeToken(ctx(req), req.params.id),
  );

  const w = '/api/v1/webhooks';
  r.get(w, { schema: { tags, response: { 200: WebhookList } } }, (req) => hooks.listWebhooks(ctx(req)));
  r.post(w, { schema: { tags, body: WebhookInput, response: { 201: WebhookWithSecret } } }, async (req, reply) =>
    reply.status(201).send(await hooks.createWebhook(ctx(req), req.body)),
  );
  r.get(`${w}/:id`, { schema: { tags, params: IdParams, response: { 200: Webhook } } }, (req) =>
    hooks.getWebhook(ctx(req), req.params.id),
  );
  r.put(`${w}/:id`, { schema: { tags, params: IdParams, body: WebhookUpdate, response: { 200: Webhook } } }, (req) =>
    hooks.updateWebhook(ctx(req), req.params.id, req.body),
  );
  r.get(`${w}/:id/deliveries`, { schema: { tags, params: IdParams, response: { 200: WebhookDeliveryList } } }, (req) =>
    hooks.listDeliveries(ctx(req), req.params.id),
  );
  r.post(
    `${w}/:id/deliveries/:deliveryId/redeliver`,
    {
      schema: { tags, summary: 'Send a webhook delivery again', params: DeliveryParams, response: { 200: OkResponse } },
    },
    (req) => hooks.redeliver(ctx(req), req.params.id, req.params.deliveryId),
  );
}
