import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  AssignBody,
  CategoryParams,
  CategoryUpdate,
  Enquiry,
  EnquiryCategory,
  EnquiryCategoryList,
  EnquiryFigures,
  EnquiryListQuery,
  EnquiryPage,
  FaqEntry,
  FaqInput,
  FaqList,
  FaqUpdate,
  FiguresQuery,
  NoteBody,
  ReplyBody,
  SavedReply,
  SavedReplyCreate,
  SavedReplyList,
  VersionBody,
} from '#shared/schemas/enquiries.js';
import * as settings from './desk-settings.service.js';
import * as service from './enquiry.service.js';
import * as faq from './faq.service.js';
import { enquiryFigures } from './figures.service.js';

const BASE = '/api/v1/enquiries';

/** The enquiry desk for staff: the queue, one enquiry and its actions, figures, and the desk's settings. */
export async function enquiryRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['enquiries'];
  const one = { tags, params: IdParams, response: { 200: Enquiry } };

  r.get(BASE, { schema: { tags, querystring: EnquiryListQuery, response: { 200: EnquiryPage } } }, (req) =>
    service.listEnquiries(ctx(req), req.query),
  );
  r.get(`${BASE}/figures`, { schema: { tags, querystring: FiguresQuery, response: { 200: EnquiryFigures } } }, (req) =>
    enquiryFigures(ctx(req), req.query),
  );
  r.get(`${BASE}/:id`, { schema: one }, (req) => service.readEnquiry(ctx(req), req.params.id));
  r.post(`${BASE}/:id/assign`, { schema: { ...one, body: AssignBody } }, (req) =>
    service.assign(ctx(req), req.params.id, req.body.assigneeId, req.body.version),
  );
  r.post(`${BASE}/:id/notes`, { schema: { ...one, body: NoteBody } }, (req) =>
    service.addNote(ctx(req), req.params.id, req.body.body),
  );
  r.post(`${BASE}/:id/replies`, { schema: { ...one, body: ReplyBody } }, (req) =>
    service.reply(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/:id/close`, { schema: { ...one, body: VersionBody } }, (req) =>
    service.close(ctx(req), req.params.id, req.body.version),
  );
  r.post(`${BASE}/:id/reopen`, { schema: { ...one, body: VersionBody } }, (req) =>
    service.reopen(ctx(req), req.params.id, req.body.version),
  );
  r.post(
    `${BASE}/:id/faq`,
    { schema: { tags, params: IdParams, body: FaqInput, response: { 201: FaqEntry } } },
    async (req, reply) => reply.status(201).send(await service.promoteToFaq(ctx(req), req.params.id, req.body)),
  );

  r.get('/api/v1/enquiry-categories', { schema: { tags, response: { 200: EnquiryCategoryList } } }, (req) =>
    settings.listCategories(ctx(req)),
  );
  r.put(
    '/api/v1/enquiry-categories/:code',
    { schema: { tags, params: CategoryParams, body: CategoryUpdate, response: { 200: EnquiryCategory } } },
    (req) => settings.updateCategory(ctx(req), req.params.code, req.body),
  );
  r.get('/api/v1/enquiry-saved-replies', { schema: { tags, response: { 200: SavedReplyList } } }, (req) =>
    settings.listSavedReplies(ctx(req)),
  );
  r.post(
    '/api/v1/enquiry-saved-replies',
    { schema: { tags, body: SavedReplyCreate, response: { 201: SavedReply } } },
    async (req, reply) => reply.status(201).send(await settings.createSavedReply(ctx(req), req.body)),
  );
  r.get('/api/v1/faq', { schema: { tags, response: { 200: FaqList } } }, (req) => faq.listFaq(ctx(req)));
  r.post('/api/v1/faq', { schema: { tags, body: FaqInput, response: { 201: FaqEntry } } }, async (req, reply) =>
    reply.status(201).send(await faq.createFaq(ctx(req), req.body, null)),
  );
  r.put(
    '/api/v1/faq/:id',
    { schema: { tags, params: IdParams, body: FaqUpdate, response: { 200: FaqEntry } } },
    (req) => faq.updateFaq(ctx(req), req.params.id, req.body),
  );
}
