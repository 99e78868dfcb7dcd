import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import {
  ApplicationCreate,
  ApplicationSummary,
  Assistant,
  AssistantEnd,
  AssistantList,
  AssistantListQuery,
  FeedbackParams,
  FeedbackWrite,
  HoursCreate,
  HoursEntry,
  HoursReview,
  MonthQuery,
  MyAssistantTerms,
  RoundCreate,
  RoundDetail,
  RoundList,
  RoundUpdate,
  StageChange,
  Task,
  TaskCreate,
  TaskStatusChange,
} from '#shared/schemas/assistants.js';
import { IdParams } from '#shared/schemas/common.js';
import * as assistants from './assistant.service.js';
import { serviceCertificate } from './certificate.js';
import { exportMonthlyHours } from './hours.export.js';
import * as rounds from './round.service.js';

/** The student-assistant corps: recruitment rounds and applications, assistants, tasks, hours, feedback. */
export async function assistantRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['assistants'];
  const one = (response: z.ZodType) => ({ tags, params: IdParams, response: { 200: response } });

  r.get('/api/v1/assistant-rounds', { schema: { tags, response: { 200: RoundList } } }, (req) =>
    rounds.listRounds(ctx(req)),
  );
  r.post(
    '/api/v1/assistant-rounds',
    { schema: { tags, body: RoundCreate, response: { 201: RoundDetail } } },
    async (req, reply) => reply.status(201).send(await rounds.createRound(ctx(req), req.body)),
  );
  r.get('/api/v1/assistant-rounds/:id', { schema: one(RoundDetail) }, (req) =>
    rounds.getRound(ctx(req), req.params.id),
  );
  r.put('/api/v1/assistant-rounds/:id', { schema: { ...one(RoundDetail), body: RoundUpdate } }, (req) =>
    rounds.updateRound(ctx(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/assistant-rounds/:id/applications',
    { schema: { tags, params: IdParams, body: ApplicationCreate, response: { 201: ApplicationSummary } } },
    async (req, reply) => reply.status(201).send(await rounds.apply(ctx(req), req.params.id, req.body)),
  );
  r.post(
    '/api/v1/assistant-applications/:id/stage',
    { schema: { ...one(ApplicationSummary), body: StageChange } },
    (req) => rounds.changeStage(ctx(req), req.params.id, req.body),
  );

  r.get(
    '/api/v1/assistants',
    { schema: { tags, querystring: AssistantListQuery, response: { 200: AssistantList } } },
    (req) => assistants.listAssistants(ctx(req), req.query),
  );
  r.get('/api/v1/assistants/mine', { schema: { tags, response: { 200: MyAssistantTerms } } }, (req) =>
    assistants.myTerms(ctx(req)),
  );
  r.get('/api/v1/assistants/:id', { schema: one(Assistant) }, (req) =>
    assistants.getAssistant(ctx(req), req.params.id),
  );
  r.post('/api/v1/assistants/:id/end', { schema: { ...one(Assistant), body: AssistantEnd } }, (req) =>
    assistants.endService(ctx(req), req.params.id, req.body.endedOn, req.body.version),
  );
  r.post(
    '/api/v1/assistants/:id/tasks',
    { schema: { tags, params: IdParams, body: TaskCreate, response: { 201: Task } } },
    async (req, reply) => reply.status(201).send(await assistants.addTask(ctx(req), req.params.id, req.body)),
  );
  r.post('/api/v1/assistant-tasks/:id/status', { schema: { ...one(Task), body: TaskStatusChange } }, (req) =>
    assistants.setTaskStatus(ctx(req), req.params.id, req.body.status, req.body.version),
  );
  r.post(
    '/api/v1/assistants/:id/hours',
    { schema: { tags, params: IdParams, body: HoursCreate, response: { 201: HoursEntry } } },
    async (req, reply) => reply.status(201).send(await assistants.logHours(ctx(req), req.params.id, req.body)),
  );
  r.post('/api/v1/assistant-hours/:id/review', { schema: { ...one(HoursEntry), body: HoursReview } }, (req) =>
    assistants.reviewHours(ctx(req), req.params.id, req.body),
  );
  r.put(
    '/api/v1/assistants/:id/feedback/:author',
    { schema: { tags, params: FeedbackParams, body: FeedbackWrite, response: { 200: Assistant } } },
    (req) => assistants.writeFeedback(ctx(req), req.params.id, req.params.author, req.body),
  );
  r.get(
    '/api/v1/assistants/:id/hours.xlsx',
    { schema: { tags, params: IdParams, querystring: MonthQuery } },
    (req, reply) => exportMonthlyHours(ctx(req), reply, req.params.id, req.query.month),
  );
  r.get('/api/v1/assistants/:id/certificate.pdf', { schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await serviceCertificate(ctx(req), req.params.id);
    return sendDownload(reply, { ...file, contentType: 'application/pdf' }, { noStore: true });
  });
}
