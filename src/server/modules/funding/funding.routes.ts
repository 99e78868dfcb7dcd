import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import {
  AwardCreate,
  AwardParams,
  AwardUpdate,
  FundingProgram,
  FundingProgramCreate,
  FundingProgramList,
  FundingProgramListQuery,
  FundingProgramUpdate,
  FundingSummary,
  FundingSummaryQuery,
  FundingYear,
  FundingYearCreate,
  FundingYearParams,
  FundingYearUpdate,
  MobilityAward,
  MobilityFunding,
  ProgramAwardList,
} from '#shared/schemas/funding.js';
import { ArchiveBody } from '#shared/schemas/partners.js';
import { exportProgramAwards } from './funding.export.js';
import * as awards from './funding-awards.service.js';
import * as programs from './funding-programs.service.js';

/** Funding programs, their years, the awards to mobilities, summaries and the awards export. */
export async function fundingRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['funding'];
  const base = '/api/v1/funding/programs';
  const year = `${base}/:id/years/:yearId`;

  r.get(
    base,
    { schema: { tags, querystring: FundingProgramListQuery, response: { 200: FundingProgramList } } },
    (req) => programs.listPrograms(ctx(req), req.query),
  );
  r.post(
    base,
    { schema: { tags, body: FundingProgramCreate, response: { 201: FundingProgram } } },
    async (req, reply) => reply.status(201).send(await programs.createProgram(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: FundingProgram } } }, (req) =>
    programs.getProgram(ctx(req), req.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: IdParams, body: FundingProgramUpdate, response: { 200: FundingProgram } } },
    (req) => programs.updateProgram(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/archive`,
    { schema: { tags, params: IdParams, body: ArchiveBody, response: { 200: FundingProgram } } },
    (req) => programs.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(
    `${base}/:id/restore`,
    { schema: { tags, params: IdParams, body: ArchiveBody, response: { 200: FundingProgram } } },
    (req) => programs.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.get(`${base}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await programs.getProgram(c, req.params.id);
    return historyOf(c, programs.PROGRAM_ENTITY, req.params.id);
  });

  r.post(
    `${base}/:id/years`,
    { schema: { tags, params: IdParams, body: FundingYearCreate, response: { 201: FundingYear } } },
    async (req, reply) => reply.status(201).send(await programs.createYear(ctx(req), req.params.id, req.body)),
  );
  r.put(
    year,
    { schema: { tags, params: FundingYearParams, body: FundingYearUpdate, response: { 200: FundingYear } } },
    (req) => programs.updateYear(ctx(req), req.params.id, req.params.yearId, req.body),
  );
  r.get(`${year}/awards`, { schema: { tags, params: FundingYearParams, response: { 200: ProgramAwardList } } }, (req) =>
    awards.programAwards(ctx(req), req.params.id, req.params.yearId),
  );
  r.get(`${year}/awards/export.xlsx`, { schema: { tags, params: FundingYearParams } }, (req, reply) =>
    exportProgramAwards(ctx(req), reply, req.params.id, req.params.yearId),
  );

  r.get(
    '/api/v1/funding/summary',
    { schema: { tags, querystring: FundingSummaryQuery, response: { 200: FundingSummary } } },
    (req) => programs.fundingSummary(ctx(req), req.query),
  );

  const awardsOf = '/api/v1/mobilities/:id/funding';
  r.get(awardsOf, { schema: { tags, params: IdParams, response: { 200: MobilityFunding } } }, (req) =>
    awards.mobilityFunding(ctx(req), req.params.id),
  );
  r.post(
    awardsOf,
    { schema: { tags, params: IdParams, body: AwardCreate, response: { 201: MobilityAward } } },
    async (req, reply) => reply.status(201).send(await awards.createAward(ctx(req), req.params.id, req.body)),
  );
  r.put(
    `${awardsOf}/:awardId`,
    { schema: { tags, params: AwardParams, body: AwardUpdate, response: { 200: MobilityAward } } },
    (req) => awards.updateAward(ctx(req), req.params.id, req.params.awardId, req.body),
  );
  r.delete(`${awardsOf}/:awardId`, { schema: { tags, params: AwardParams, response: { 200: OkResponse } } }, (req) =>
    awards.removeAward(ctx(req), req.params.id, req.params.awardId),
  );
}
