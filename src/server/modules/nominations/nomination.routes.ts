import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  LinkCreate,
  LinkParams,
  NominationAccept,
  NominationLink,
  NominationLinkIssued,
  NominationReject,
  NominationWindow,
  PartnerNominations,
  StaffNomination,
  WindowInput,
  WindowUpdate,
} from '#shared/schemas/nominations.js';
import * as service from './nomination.service.js';

/** Staff side of partners' nominations (issue 21, item 4): windows, links, decisions. */
export async function nominationRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['nominations'];

  r.get(
    '/api/v1/nomination-windows',
    { schema: { tags, response: { 200: z.object({ items: z.array(NominationWindow) }) } } },
    (req) => service.listWindows(ctx(req)),
  );
  r.post(
    '/api/v1/nomination-windows',
    { schema: { tags, body: WindowInput, response: { 201: NominationWindow } } },
    async (req, reply) => reply.status(201).send(await service.createWindow(ctx(req), req.body)),
  );
  r.put(
    '/api/v1/nomination-windows/:id',
    { schema: { tags, params: IdParams, body: WindowUpdate, response: { 200: NominationWindow } } },
    (req) => service.updateWindow(ctx(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/partners/:id/nominations',
    { schema: { tags, params: IdParams, response: { 200: PartnerNominations } } },
    (req) => service.partnerNominations(ctx(req), req.params.id),
  );
  r.post(
    '/api/v1/partners/:id/nomination-links',
    { schema: { tags, params: IdParams, body: LinkCreate, response: { 201: NominationLinkIssued } } },
    async (req, reply) => reply.status(201).send(await service.createLink(ctx(req), req.params.id, req.body)),
  );
  r.post(
    '/api/v1/nomination-links/:id/revoke',
    { schema: { tags, params: LinkParams, response: { 200: NominationLink } } },
    (req) => service.revokeLink(ctx(req), req.params.id),
  );
  r.post(
    '/api/v1/nomination-links/:id/resend',
    { schema: { tags, params: LinkParams, response: { 200: NominationLinkIssued } } },
    (req) => service.resendLink(ctx(req), req.params.id),
  );
  r.post(
    '/api/v1/nominations/:id/accept',
    { schema: { tags, params: IdParams, body: NominationAccept, response: { 200: StaffNomination } } },
    (req) => service.acceptNomination(ctx(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/nominations/:id/reject',
    { schema: { tags, params: IdParams, body: NominationReject, response: { 200: StaffNomination } } },
    (req) => service.rejectNomination(ctx(req), req.params.id, req.body),
  );
}
