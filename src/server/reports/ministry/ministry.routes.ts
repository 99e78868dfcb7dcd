import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { DrillDown } from '#shared/schemas/drilldown.js';
import {
  CountingSettings,
  CountingSettingsUpdate,
  MinistryCellQuery,
  MinistryQuery,
  MinistryTableParams,
  MinistryTableResult,
  ReportingPeriodOptions,
} from '#shared/schemas/ministry.js';
import {
  FilingCheck,
  FilingCheckQuery,
  FilingCreate,
  IdentityDisagreements,
  MinistryFiling,
} from '#shared/schemas/ministry-filing.js';
import * as filing from './filing.service.js';
import * as ministry from './ministry.service.js';
import * as settings from './settings.service.js';

/** The Ministry's tables (screen, drill-down, xlsx) and the counting settings. */
export async function ministryRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['reports'];
  const base = '/api/v1/reports/ministry';

  r.get(`${base}/periods`, { schema: { tags, response: { 200: ReportingPeriodOptions } } }, (req) =>
    ministry.periodOptions(ctx(req)),
  );
  r.get(`${base}/identity-check`, { schema: { tags, response: { 200: IdentityDisagreements } } }, (req) =>
    filing.identityDisagreements(ctx(req)),
  );
  r.get(`${base}/checks`, { schema: { tags, querystring: FilingCheckQuery, response: { 200: FilingCheck } } }, (req) =>
    filing.filingCheck(ctx(req), req.query.periodId),
  );
  r.post(
    `${base}/filings`,
    { schema: { tags, body: FilingCreate, response: { 201: MinistryFiling } } },
    async (req, reply) => reply.status(201).send(await filing.fileMinistry(ctx(req), req.body)),
  );
  r.get(`${base}/export.xlsx`, { schema: { tags, querystring: MinistryQuery } }, (req, reply) =>
    ministry.exportTables(ctx(req), reply, req.query),
  );
  r.get(
    `${base}/:table`,
    {
      schema: { tags, params: MinistryTableParams, querystring: MinistryQuery, response: { 200: MinistryTableResult } },
    },
    (req) => ministry.getTable(ctx(req), req.params.table, req.query),
  );
  r.get(
    `${base}/:table/cells`,
    { schema: { tags, params: MinistryTableParams, querystring: MinistryCellQuery, response: { 200: DrillDown } } },
    (req) => ministry.getCell(ctx(req), req.params.table, req.query),
  );

  r.get('/api/v1/reports/settings', { schema: { tags, response: { 200: CountingSettings } } }, (req) =>
    settings.getSettings(ctx(req)),
  );
  r.put(
    '/api/v1/reports/settings',
    { schema: { tags, body: CountingSettingsUpdate, response: { 200: CountingSettings } } },
    (req) => settings.updateSettings(ctx(req), req.body),
  );
}
