import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  ProviderDetail,
  ProviderInput,
  ProviderList,
  ProviderUpdate,
  SignInSettings,
  SignInSettingsUpdate,
} from '#shared/schemas/sso.js';
import * as service from './identity-provider.service.js';

/** Administrators keep the identity providers and whether students and staff may use local passwords. */
export async function identityProviderRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['identity-providers'];
  const base = '/api/v1/identity-providers';
  r.get(base, { schema: { tags, response: { 200: ProviderList } } }, (req) => service.listProviders(ctx(req)));
  r.post(base, { schema: { tags, body: ProviderInput, response: { 201: ProviderDetail } } }, async (req, reply) =>
    reply.status(201).send(await service.createProvider(ctx(req), req.body)),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: IdParams, body: ProviderUpdate, response: { 200: ProviderDetail } } },
    (req) => service.updateProvider(ctx(req), req.params.id, req.body),
  );
  r.get('/api/v1/sign-in-settings', { schema: { tags, response: { 200: SignInSettings } } }, (req) =>
    service.getSignInSettings(ctx(req)),
  );
  r.put(
    '/api/v1/sign-in-settings',
    { schema: { tags, body: SignInSettingsUpdate, response: { 200: SignInSettings } } },
    (req) => service.updateSignInSettings(ctx(req), req.body),
  );
}
