import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import {
  Indicator,
  IndicatorCreate,
  IndicatorList,
  IndicatorListQuery,
  IndicatorParams,
  IndicatorTargets,
  IndicatorUpdate,
  TargetsQuery,
  TargetsSave,
} from '#shared/schemas/indicators.js';
import { ArchiveBody } from '#shared/schemas/partners.js';
import * as indicators from './indicator.service.js';
import { getTargets, saveTargets } from './indicator-targets.service.js';

/** Indicator definitions (versioned) and targets. */
export async function indicatorRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['indicators'];
  const base = '/api/v1/indicators';

  r.get(base, { schema: { tags, querystring: IndicatorListQuery, response: { 200: IndicatorList } } }, (req) =>
    indicators.listIndicators(ctx(req), req.query),
  );
  r.post(base, { schema: { tags, body: IndicatorCreate, response: { 201: Indicator } } }, async (req, reply) =>
    reply.status(201).send(await indicators.createIndicator(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IndicatorParams, response: { 200: Indicator } } }, (req) =>
    indicators.getIndicator(ctx(req), req.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: IndicatorParams, body: IndicatorUpdate, response: { 200: Indicator } } },
    (req) => indicators.updateIndicator(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/archive`,
    { schema: { tags, params: IndicatorParams, body: ArchiveBody, response: { 200: Indicator } } },
    (req) => indicators.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(
    `${base}/:id/restore`,
    { schema: { tags, params: IndicatorParams, body: ArchiveBody, response: { 200: Indicator } } },
    (req) => indicators.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.get(
    `${base}/:id/history`,
    { schema: { tags, params: IndicatorParams, response: { 200: AuditPage } } },
    async (req) => {
      const c = ctx(req);
      await indicators.getIndicator(c, req.params.id);
      return historyOf(c, indicators.INDICATOR_ENTITY, req.params.id);
    },
  );
  r.get(
    `${base}/:id/targets`,
    { schema: { tags, params: IndicatorParams, querystring: TargetsQuery, response: { 200: IndicatorTargets } } },
    (req) => getTargets(ctx(req), req.params.id, req.query.year),
  );
  r.put(
    `${base}/:id/targets`,
    { schema: { tags, params: IndicatorParams, body: TargetsSave, response: { 200: IndicatorTargets } } },
    (req) => saveTargets(ctx(req), req.params.id, req.body),
  );
}
