import type { FastifyInstance } from 'fastify';
import { typed } from '#server/http/router.js';
import { OkResponse } from '#shared/schemas/common.js';
import {
  EnquiryReceipt,
  EnquirySubmit,
  PublicCategoryList,
  PublicFaqList,
  RatingSubmit,
} from '#shared/schemas/enquiries.js';
import { publicFaq } from './faq.service.js';
import { publicCategories, rateEnquiry, submitEnquiry } from './public-desk.service.js';

/** A question is a few kilobytes: anything bigger is refused before it is parsed (413). */
export const PUBLIC_BODY_LIMIT = 16 * 1024;

/**
 * The desk's public routes (no sign-in): the form's categories, a question, a rating, the FAQ. Each
 * does only that (public-desk.service.ts); the writes have a per-IP ceiling per hour and a small body
 * limit; the question form has a honeypot field.
 */
export async function publicDeskRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['public'];
  const limited = {
    bodyLimit: PUBLIC_BODY_LIMIT,
    config: { rateLimit: { max: app.deps.env.PUBLIC_FORM_RATE_PER_HOUR, timeWindow: '1 hour' } },
  };

  r.get('/api/public/enquiry-categories', { schema: { tags, response: { 200: PublicCategoryList } } }, () =>
    publicCategories(app.deps),
  );
  r.post(
    '/api/public/enquiries',
    { ...limited, schema: { tags, body: EnquirySubmit, response: { 201: EnquiryReceipt } } },
    async (req, reply) => reply.status(201).send(await submitEnquiry(app.deps, req.body)),
  );
  r.post(
    '/api/public/enquiry-ratings',
    { ...limited, schema: { tags, body: RatingSubmit, response: { 200: OkResponse } } },
    async (req) => {
      await rateEnquiry(app.deps, req.body);
      return { ok: true as const };
    },
  );
  r.get('/api/public/faq', { schema: { tags, response: { 200: PublicFaqList } } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return publicFaq(app.deps.db);
  });
}
