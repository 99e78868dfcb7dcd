import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  News,
  NewsCreate,
  NewsList,
  NewsUpdate,
  PartnerIdQuery,
  PartnerProfile,
  PartnerProfileUpdate,
  Testimonial,
  TestimonialCreate,
  TestimonialList,
  TestimonialUpdate,
} from '#shared/schemas/portal.js';
import * as service from './portal-admin.service.js';

const BASE = '/api/v1/portal';

/** What the office publishes on the portal: news (with a photo), partners' public profiles, testimonials. */
export async function portalAdminRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['portal'];
  r.get(`${BASE}/news`, { schema: { tags, response: { 200: NewsList } } }, (req) => service.listNews(ctx(req)));
  r.post(`${BASE}/news`, { schema: { tags, body: NewsCreate, response: { 201: News } } }, async (req, reply) =>
    reply.status(201).send(await service.createNews(ctx(req), req.body)),
  );
  r.put(`${BASE}/news/:id`, { schema: { tags, params: IdParams, body: NewsUpdate, response: { 200: News } } }, (req) =>
    service.updateNews(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/news/:id/photo`, { schema: { tags, params: IdParams, response: { 200: News } } }, (req) =>
    service.uploadNewsPhoto(ctx(req), req.params.id, req),
  );
  const profile = { tags, params: IdParams, response: { 200: PartnerProfile } };
  r.get(`${BASE}/partners/:id`, { schema: profile }, (req) => service.getProfile(ctx(req), req.params.id));
  r.put(`${BASE}/partners/:id`, { schema: { ...profile, body: PartnerProfileUpdate } }, (req) =>
    service.saveProfile(ctx(req), req.params.id, req.body),
  );
  r.get(
    `${BASE}/testimonials`,
    { schema: { tags, querystring: PartnerIdQuery, response: { 200: TestimonialList } } },
    (req) => service.listTestimonials(ctx(req), req.query.partnerId),
  );
  r.post(
    `${BASE}/testimonials`,
    { schema: { tags, body: TestimonialCreate, response: { 201: Testimonial } } },
    async (req, reply) => reply.status(201).send(await service.createTestimonial(ctx(req), req.body)),
  );
  r.put(
    `${BASE}/testimonials/:id`,
    { schema: { tags, params: IdParams, body: TestimonialUpdate, response: { 200: Testimonial } } },
    (req) => service.updateTestimonial(ctx(req), req.params.id, req.body),
  );
}
