import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import {
  Place,
  PlaceCreate,
  PlaceIdParams,
  PlaceList,
  PlaceUpdate,
  PlaceUsageCreate,
} from '#shared/schemas/agreements.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import * as places from './agreement-places.service.js';

/** Exchange places of an agreement, and taking places (usages). */
export async function placeRoutes(app: FastifyInstance, base: string) {
  const r = typed(app);
  const tags = ['agreements'];
  const one = `${base}/:id/places/:placeId`;

  r.get(`${base}/:id/places`, { schema: { tags, params: IdParams, response: { 200: PlaceList } } }, (req) =>
    places.listPlaces(ctx(req), req.params.id),
  );
  r.post(
    `${base}/:id/places`,
    { schema: { tags, params: IdParams, body: PlaceCreate, response: { 201: Place } } },
    async (req, reply) => reply.status(201).send(await places.createPlace(ctx(req), req.params.id, req.body)),
  );
  r.put(one, { schema: { tags, params: PlaceIdParams, body: PlaceUpdate, response: { 200: Place } } }, (req) =>
    places.updatePlace(ctx(req), req.params.id, req.params.placeId, req.body),
  );
  r.post(`${one}/remove`, { schema: { tags, params: PlaceIdParams, response: { 200: OkResponse } } }, (req) =>
    places.removePlace(ctx(req), req.params.id, req.params.placeId),
  );
  r.post(
    `${one}/usages`,
    { schema: { tags, params: PlaceIdParams, body: PlaceUsageCreate, response: { 201: Place } } },
    async (req, reply) =>
      reply.status(201).send(await places.usePlaces(ctx(req), req.params.id, req.params.placeId, req.body)),
  );
}
