import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import {
  AdmissionApplication,
  AdmissionRound,
  ApplicationExportQuery,
  ApplicationListQuery,
  ApplicationPage,
  DecisionInput,
  DocParams,
  FeeUpdate,
  ProgramCreate,
  ProgramUpdate,
  RoundCreate,
  RoundList,
  RoundParams,
  RoundUpdate,
  ScoreInput,
} from '#shared/schemas/admissions.js';
import { exportApplications } from './applications.export.js';
import * as review from './review.service.js';
import * as rounds from './round.service.js';

const BASE = '/api/v1/admissions';

/** International admissions for staff and committees: rounds, programs, the list, review and decisions. */
export async function admissionRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['admissions'];
  const params = RoundParams;
  r.get(`${BASE}/rounds`, { schema: { tags, response: { 200: RoundList } } }, (req) => rounds.listRounds(ctx(req)));
  r.post(
    `${BASE}/rounds`,
    { schema: { tags, body: RoundCreate, response: { 201: AdmissionRound } } },
    async (req, reply) => reply.status(201).send(await rounds.createRound(ctx(req), req.body)),
  );
  r.get(`${BASE}/rounds/:id`, { schema: { tags, params, response: { 200: AdmissionRound } } }, (req) =>
    rounds.getRound(ctx(req), req.params.id),
  );
  r.put(
    `${BASE}/rounds/:id`,
    { schema: { tags, params, body: RoundUpdate, response: { 200: AdmissionRound } } },
    (req) => rounds.updateRound(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/rounds/:id/programs`,
    { schema: { tags, params, body: ProgramCreate, response: { 201: AdmissionRound } } },
    async (req, reply) => reply.status(201).send(await rounds.createProgram(ctx(req), req.params.id, req.body)),
  );
  r.put(
    `${BASE}/programs/:id`,
    { schema: { tags, params, body: ProgramUpdate, response: { 200: AdmissionRound } } },
    (req) => rounds.updateProgram(ctx(req), req.params.id, req.body),
  );
  r.get(
    `${BASE}/rounds/:id/applications`,
    { schema: { tags, params, querystring: ApplicationListQuery, response: { 200: ApplicationPage } } },
    (req) => review.listApplications(ctx(req), req.params.id, req.query),
  );
  r.get(
    `${BASE}/rounds/:id/applications.xlsx`,
    { schema: { tags, params, querystring: ApplicationExportQuery } },
    (req, reply) => exportApplications(ctx(req), reply, req.params.id, req.query),
  );
  r.get(`${BASE}/applications/:id`, { schema: { tags, params, response: { 200: AdmissionApplication } } }, (req) =>
    review.getApplication(ctx(req), req.params.id),
  );
  r.post(
    `${BASE}/applications/:id/fee`,
    { schema: { tags, params, body: FeeUpdate, response: { 200: AdmissionApplication } } },
    (req) => review.setFee(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/applications/:id/scores`,
    { schema: { tags, params, body: ScoreInput, response: { 200: AdmissionApplication } } },
    (req) => review.scoreApplication(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/applications/:id/decision`,
    { schema: { tags, params, body: DecisionInput, response: { 200: AdmissionApplication } } },
    (req) => review.decide(ctx(req), req.params.id, req.body),
  );
  r.get(`${BASE}/applications/:id/letter.pdf`, { schema: { tags, params } }, async (req, reply) =>
    sendDownload(
      reply,
      { ...(await review.staffLetter(ctx(req), req.params.id)), contentType: 'application/pdf' },
      { noStore: true },
    ),
  );
  r.get(`${BASE}/applications/:id/documents/:docId`, { schema: { tags, params: DocParams } }, async (req, reply) =>
    sendDownload(
      reply,
      await review.staffDocument(
        ctx(req as FastifyRequest<{ Params: { id: number; docId: number } }>),
        req.params.id,
        req.params.docId,
      ),
      {
        noStore: true,
      },
    ),
  );
}
