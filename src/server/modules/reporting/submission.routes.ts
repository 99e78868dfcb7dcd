import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { DrillDown } from '#shared/schemas/drilldown.js';
import { ArchiveBody } from '#shared/schemas/partners.js';
import {
  DrillQuery,
  FigureParams,
  NotesSave,
  Period,
  PeriodCreate,
  PeriodList,
  PeriodUpdate,
  ReturnBody,
  Submission,
  SubmissionAction,
  SubmissionParams,
} from '#shared/schemas/reporting.js';
import * as periods from './period.service.js';
import * as submissions from './submission.service.js';
import * as review from './submission-review.service.js';

const PeriodListQuery = z.object({ archived: z.enum(['true', 'false']).optional() });
const PeriodSubmissions = z.object({
  items: z.array(z.object({ submissionId: z.number().int(), unitId: z.number().int(), status: z.string() })),
});

/** Reporting periods, college submissions, review and snapshots. */
export async function submissionRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['reporting'];
  const base = '/api/v1/reporting/periods';
  const sub = '/api/v1/reporting/submissions';

  r.get(base, { schema: { tags, querystring: PeriodListQuery, response: { 200: PeriodList } } }, (req) =>
    periods.listPeriods(ctx(req), req.query),
  );
  r.post(base, { schema: { tags, body: PeriodCreate, response: { 201: Period } } }, async (req, reply) =>
    reply.status(201).send(await periods.createPeriod(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: SubmissionParams, response: { 200: Period } } }, (req) =>
    periods.getPeriod(ctx(req), req.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: SubmissionParams, body: PeriodUpdate, response: { 200: Period } } },
    (req) => periods.updatePeriod(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/archive`,
    { schema: { tags, params: SubmissionParams, body: ArchiveBody, response: { 200: Period } } },
    (req) => periods.setPeriodArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(
    `${base}/:id/restore`,
    { schema: { tags, params: SubmissionParams, body: ArchiveBody, response: { 200: Period } } },
    (req) => periods.setPeriodArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.get(
    `${base}/:id/submissions`,
    { schema: { tags, params: SubmissionParams, response: { 200: PeriodSubmissions } } },
    (req) => submissions.periodSubmissions(ctx(req), req.params.id),
  );

  r.get(`${sub}/:id`, { schema: { tags, params: SubmissionParams, response: { 200: Submission } } }, (req) =>
    submissions.getSubmission(ctx(req), req.params.id),
  );
  r.put(
    `${sub}/:id/notes`,
    { schema: { tags, params: SubmissionParams, body: NotesSave, response: { 200: Submission } } },
    (req) => submissions.saveNotes(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${sub}/:id/submit`,
    { schema: { tags, params: SubmissionParams, body: SubmissionAction, response: { 200: Submission } } },
    (req) => review.submitSubmission(ctx(req), req.params.id, req.body.version),
  );
  r.post(
    `${sub}/:id/return`,
    { schema: { tags, params: SubmissionParams, body: ReturnBody, response: { 200: Submission } } },
    (req) => review.returnSubmission(ctx(req), req.params.id, req.body.version, req.body.comment),
  );
  r.post(
    `${sub}/:id/approve`,
    { schema: { tags, params: SubmissionParams, body: SubmissionAction, response: { 200: Submission } } },
    (req) => review.approveSubmission(ctx(req), req.params.id, req.body.version),
  );
  r.get(
    `${sub}/:id/indicators/:indicatorId/records`,
    { schema: { tags, params: FigureParams, querystring: DrillQuery, response: { 200: DrillDown } } },
    (req) => submissions.figureRecords(ctx(req), req.params.id, req.params.indicatorId, req.query),
  );
  r.get(
    `${sub}/:id/history`,
    { schema: { tags, params: SubmissionParams, response: { 200: AuditPage } } },
    async (req) => {
      const c = ctx(req);
      await submissions.loadSubmission(c, req.params.id);
      return historyOf(c, submissions.SUBMISSION_ENTITY, req.params.id);
    },
  );
}
