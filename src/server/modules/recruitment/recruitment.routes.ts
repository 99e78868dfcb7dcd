import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  FollowupResult,
  FollowupSend,
  Funnel,
  FunnelQuery,
  Lead,
  LeadInput,
  LeadListQuery,
  LeadPage,
  LeadUpdate,
  Template,
  TemplateInput,
  TemplateUpdate,
  Trip,
  TripInput,
  TripListQuery,
  TripPage,
  TripUpdate,
  VersionBody,
} from '#shared/schemas/recruitment.js';
import * as followups from './followup.service.js';
import { funnel, funnelXlsx } from './funnel.service.js';
import * as leads from './lead.service.js';
import * as trips from './trip.service.js';

const BASE = '/api/v1/recruitment';

/** Recruitment (issue 21, item 3): fairs and trips, leads, follow-up templates and mails, the funnel. */
export async function recruitmentRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['recruitment'];

  r.get(`${BASE}/trips`, { schema: { tags, querystring: TripListQuery, response: { 200: TripPage } } }, (req) =>
    trips.listTrips(ctx(req), req.query),
  );
  r.post(`${BASE}/trips`, { schema: { tags, body: TripInput, response: { 201: Trip } } }, async (req, reply) =>
    reply.status(201).send(await trips.createTrip(ctx(req), req.body)),
  );
  r.get(`${BASE}/trips/:id`, { schema: { tags, params: IdParams, response: { 200: Trip } } }, (req) =>
    trips.getTrip(ctx(req), req.params.id),
  );
  r.put(`${BASE}/trips/:id`, { schema: { tags, params: IdParams, body: TripUpdate, response: { 200: Trip } } }, (req) =>
    trips.updateTrip(ctx(req), req.params.id, req.body),
  );
  r.get(
    `${BASE}/trips/:id/history`,
    { schema: { tags, params: IdParams, response: { 200: AuditPage } } },
    async (req) => {
      const c = ctx(req);
      await trips.getTrip(c, req.params.id);
      return historyOf(c, trips.TRIP_ENTITY, req.params.id);
    },
  );

  r.get(`${BASE}/leads`, { schema: { tags, querystring: LeadListQuery, response: { 200: LeadPage } } }, (req) =>
    leads.listLeads(ctx(req), req.query),
  );
  r.post(`${BASE}/leads`, { schema: { tags, body: LeadInput, response: { 201: Lead } } }, async (req, reply) =>
    reply.status(201).send(await leads.createLead(ctx(req), req.body)),
  );
  r.get(`${BASE}/leads/:id`, { schema: { tags, params: IdParams, response: { 200: Lead } } }, (req) =>
    leads.getLead(ctx(req), req.params.id),
  );
  r.put(`${BASE}/leads/:id`, { schema: { tags, params: IdParams, body: LeadUpdate, response: { 200: Lead } } }, (req) =>
    leads.updateLead(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/leads/:id/withdraw-consent`,
    { schema: { tags, params: IdParams, body: VersionBody, response: { 200: Lead } } },
    (req) => leads.withdrawConsent(ctx(req), req.params.id, req.body.version),
  );

  r.get(`${BASE}/templates`, { schema: { tags, response: { 200: z.object({ items: z.array(Template) }) } } }, (req) =>
    followups.listTemplates(ctx(req)),
  );
  r.post(
    `${BASE}/templates`,
    { schema: { tags, body: TemplateInput, response: { 201: Template } } },
    async (req, reply) => reply.status(201).send(await followups.createTemplate(ctx(req), req.body)),
  );
  r.get(`${BASE}/templates/:id`, { schema: { tags, params: IdParams, response: { 200: Template } } }, (req) =>
    followups.getTemplate(ctx(req), req.params.id),
  );
  r.put(
    `${BASE}/templates/:id`,
    { schema: { tags, params: IdParams, body: TemplateUpdate, response: { 200: Template } } },
    (req) => followups.updateTemplate(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/followups`, { schema: { tags, body: FollowupSend, response: { 200: FollowupResult } } }, (req) =>
    followups.sendFollowups(ctx(req), req.body),
  );

  r.get(`${BASE}/funnel`, { schema: { tags, querystring: FunnelQuery, response: { 200: Funnel } } }, (req) =>
    funnel(ctx(req), req.query),
  );
  r.get(`${BASE}/funnel.xlsx`, { schema: { tags, querystring: FunnelQuery } }, (req, reply) =>
    funnelXlsx(ctx(req), req.query, reply),
  );
}
