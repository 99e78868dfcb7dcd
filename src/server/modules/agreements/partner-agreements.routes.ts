import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { Factsheet, FactsheetUpdate, PartnerAgreements } from '#shared/schemas/agreements.js';
import { IdParams } from '#shared/schemas/common.js';
import { getFactsheet, saveFactsheet } from './factsheet.service.js';
import { partnerAgreements } from './partner-agreements.service.js';

/** Partner-scoped views kept by this module: the partner's agreements and places, and its factsheet. */
export async function partnerSideRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['agreements', 'partners'];
  const base = '/api/v1/partners/:id';

  r.get(`${base}/agreements`, { schema: { tags, params: IdParams, response: { 200: PartnerAgreements } } }, (req) =>
    partnerAgreements(ctx(req), req.params.id),
  );
  r.get(`${base}/factsheet`, { schema: { tags, params: IdParams, response: { 200: Factsheet } } }, (req) =>
    getFactsheet(ctx(req), req.params.id),
  );
  r.put(
    `${base}/factsheet`,
    { schema: { tags, params: IdParams, body: FactsheetUpdate, response: { 200: Factsheet } } },
    (req) => saveFactsheet(ctx(req), req.params.id, req.body),
  );
}
