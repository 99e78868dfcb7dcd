import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { IdParams } from '#shared/schemas/common.js';
import { PhotoList, PhotoParams } from '#shared/schemas/visits.js';
import type { engagementPhotos } from './engagement-photos.js';

type Photos = ReturnType<typeof engagementPhotos>;

/** The photo routes of events and visits (`base` is /api/v1/events or /api/v1/visits). */
export function photoRoutes(app: FastifyInstance, base: string, tags: string[], photos: Photos) {
  const r = typed(app);
  const list = { tags, params: IdParams, response: { 200: PhotoList } };
  r.get(`${base}/:id/photos`, { schema: list }, (req) => photos.list(ctx(req), req.params.id));
  r.post(
    `${base}/:id/photos`,
    { schema: { ...list, consumes: ['multipart/form-data'], response: { 201: PhotoList } } },
    async (req, reply) => reply.status(201).send(await photos.upload(ctx(req), req.params.id, req)),
  );
  r.get(`${base}/:id/photos/:photoId`, { schema: { tags, params: PhotoParams } }, async (req, reply) =>
    sendDownload(reply, await photos.download(ctx(req), req.params.id, req.params.photoId), { noStore: true }),
  );
  r.post(`${base}/:id/photos/:photoId/remove`, { schema: { ...list, params: PhotoParams } }, (req) =>
    photos.remove(ctx(req), req.params.id, req.params.photoId),
  );
  r.post(`${base}/:id/photos/:photoId/news`, { schema: { ...list, params: PhotoParams } }, (req) =>
    photos.useForNews(ctx(req), req.params.id, req.params.photoId),
  );
}
