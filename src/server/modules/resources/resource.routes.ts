import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  Resource,
  ResourceCategory,
  ResourceCategoryInput,
  ResourceCategoryList,
  ResourceCategoryUpdate,
  ResourceCreate,
  ResourceList,
  ResourceListQuery,
  ResourceUpdate,
  ResourceVersionParams,
} from '#shared/schemas/resources.js';
import * as service from './resource.service.js';
import * as categories from './resource-categories.service.js';

const BASE = '/api/v1/resources';

/** The resource center (issue 20): categories, documents and links with versions, search by text and tag. */
export async function resourceRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['resources'];
  const one = { tags, params: IdParams, response: { 200: Resource } };
  r.get(`${BASE}/categories`, { schema: { tags, response: { 200: ResourceCategoryList } } }, (req) =>
    categories.listCategories(ctx(req)),
  );
  r.post(
    `${BASE}/categories`,
    { schema: { tags, body: ResourceCategoryInput, response: { 201: ResourceCategory } } },
    async (req, reply) => reply.status(201).send(await categories.createCategory(ctx(req), req.body)),
  );
  r.put(
    `${BASE}/categories/:id`,
    { schema: { tags, params: IdParams, body: ResourceCategoryUpdate, response: { 200: ResourceCategory } } },
    (req) => categories.updateCategory(ctx(req), req.params.id, req.body),
  );
  r.get(BASE, { schema: { tags, querystring: ResourceListQuery, response: { 200: ResourceList } } }, (req) =>
    service.listResources(ctx(req), req.query),
  );
  r.post(BASE, { schema: { tags, body: ResourceCreate, response: { 201: Resource } } }, async (req, reply) =>
    reply.status(201).send(await service.createResource(ctx(req), req.body)),
  );
  r.get(`${BASE}/:id`, { schema: one }, (req) => service.getResource(ctx(req), req.params.id));
  r.put(`${BASE}/:id`, { schema: { ...one, body: ResourceUpdate } }, (req) =>
    service.updateResource(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/:id/versions`, { schema: one }, (req) => service.uploadVersion(ctx(req), req.params.id, req));
  r.get(`${BASE}/:id/file`, { schema: { tags, params: IdParams } }, async (req, reply) => {
    const f = await service.versionFile(ctx(req), req.params.id);
    return sendDownload(reply, {
      fileName: f.file_name,
      contentType: f.content_type,
      data: Buffer.from(f.data as Uint8Array),
    });
  });
  r.get(
    `${BASE}/:id/versions/:versionId/file`,
    { schema: { tags, params: ResourceVersionParams } },
    async (req, reply) => {
      const f = await service.versionFile(ctx(req), req.params.id, req.params.versionId);
      return sendDownload(reply, {
        fileName: f.file_name,
        contentType: f.content_type,
        data: Buffer.from(f.data as Uint8Array),
      });
    },
  );
}
