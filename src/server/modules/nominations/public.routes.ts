import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { typed } from '#server/http/router.js';
import { OkResponse } from '#shared/schemas/common.js';
import {
  ContactsUpdate,
  CoordinatorView,
  NomineeInput,
  PublicFactsheet,
  PublicFactsheetUpdate,
  TokenParams,
} from '#shared/schemas/nominations.js';
import { Contact } from '#shared/schemas/partners.js';
import * as service from './public.service.js';

/** A nomination or a factsheet is a few KB of text; anything larger is not one. */
const PUBLIC_BODY_LIMIT = 32 * 1024;

/** The partner coordinator's pages, by the secret in their link (no sign-in). */
export async function nominationPublicRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['nominations-public'];
  const BASE = '/api/v1/public/nominations/:token';
  // Per address, as the other signed-out forms: a coordinator nominates a handful; a script guessing
  // secrets or filling forms is slowed to a crawl.
  const config = { rateLimit: { max: app.deps.env.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } };
  const limits = { bodyLimit: PUBLIC_BODY_LIMIT, config };

  r.get(BASE, { schema: { tags, params: TokenParams, response: { 200: CoordinatorView } }, config }, (req) =>
    service.coordinatorView(app.deps, req.params.token),
  );
  r.post(
    `${BASE}/nominees`,
    { schema: { tags, params: TokenParams, body: NomineeInput, response: { 201: OkResponse } }, ...limits },
    async (req, reply) => reply.status(201).send(await service.nominate(app.deps, req.params.token, req.body, req.ip)),
  );
  r.put(
    `${BASE}/contacts`,
    {
      schema: {
        tags,
        params: TokenParams,
        body: ContactsUpdate,
        response: { 200: z.object({ items: z.array(Contact) }) },
      },
      ...limits,
    },
    (req) => service.updateContacts(app.deps, req.params.token, req.body, req.ip),
  );
  r.put(
    `${BASE}/factsheet`,
    {
      schema: { tags, params: TokenParams, body: PublicFactsheetUpdate, response: { 200: PublicFactsheet } },
      ...limits,
    },
    (req) => service.updateFactsheet(app.deps, req.params.token, req.body, req.ip),
  );
}
