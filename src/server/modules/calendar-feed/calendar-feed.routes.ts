import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { AppError } from '#server/lib/errors.js';
import {
  CalendarFeedCreated,
  CalendarFeedList,
  FeedTokenParams,
  PublicFeedQuery,
} from '#shared/schemas/calendar-feed.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import * as service from './calendar-feed.service.js';

const CALENDAR = 'text/calendar; charset=utf-8';

/**
 * The user's own feed addresses (signed in), the private feed itself (the secret in the address is the
 * only credential: calendar clients send no cookies) and the public feed of public events.
 */
export async function calendarFeedRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['calendar'];
  r.get('/api/v1/calendar/feeds', { schema: { tags, response: { 200: CalendarFeedList } } }, async (req) => ({
    items: await service.listFeeds(ctx(req)),
  }));
  r.post('/api/v1/calendar/feeds', { schema: { tags, response: { 201: CalendarFeedCreated } } }, async (req, reply) =>
    reply.status(201).send(await service.createFeed(ctx(req))),
  );
  r.post(
    '/api/v1/calendar/feeds/:id/revoke',
    { schema: { tags, params: IdParams, response: { 200: OkResponse } } },
    (req) => service.revokeFeed(ctx(req), req.params.id),
  );
  r.get(
    '/api/v1/calendar/:token/feed.ics',
    {
      // A malformed secret is as unknown as a wrong one: 404, never a validation answer that tells them apart.
      schema: { tags },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const params = FeedTokenParams.safeParse(req.params);
      if (!params.success) throw AppError.notFound();
      const text = await service.privateFeed(req.server.deps, params.data.token);
      return reply.type(CALENDAR).header('cache-control', 'private, no-store').send(text);
    },
  );
  r.get('/api/v1/calendar/public.ics', { schema: { tags, querystring: PublicFeedQuery } }, async (req, reply) => {
    const text = await service.publicFeed(req.server.deps, req.query.locale);
    return reply.type(CALENDAR).header('cache-control', 'public, max-age=900').send(text);
  });
}
