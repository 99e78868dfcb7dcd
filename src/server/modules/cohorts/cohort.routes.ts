import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { readUpload } from '#server/lib/stored-files.js';
import { CohortMenteeList } from '#shared/schemas/cohort-mentees.js';
import {
  CohortApplication,
  CohortApplicationCreate,
  CohortApplicationListQuery,
  CohortApplicationPage,
  CohortAttendance,
  CohortAttendanceBody,
  CohortChildParams,
  CohortImportResult,
  CohortInterviewUpdate,
  CohortNoteCreate,
  CohortNoteList,
  CohortParticipantList,
  CohortParticipantUpdate,
  CohortProgram,
  CohortProgramCreate,
  CohortProgramList,
  CohortProgramParams,
  CohortProgramUpdate,
  CohortSchedule,
  CohortSessionCreate,
  CohortSessionUpdate,
  CohortStageChange,
} from '#shared/schemas/cohorts.js';
import { importApplications } from './application.import.js';
import * as applications from './application.service.js';
import { certificatePdf, issueCertificate } from './certificate.js';
import { recordInterview } from './interview.service.js';
import { myMentees } from './mentor.service.js';
import * as participants from './participant.service.js';
import * as programs from './program.service.js';
import { updateSession } from './session.service.js';

const BASE = '/api/v1/cohorts';
/** A spreadsheet of a few thousand applicants is well under this. */
const IMPORT_LIMIT = 5 * 1024 * 1024;

/** Cohort programs for the office's staff: program, schedule, funnel, participants, counselling, certificates. */
export async function cohortRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['cohorts'];
  const P = CohortProgramParams;
  const C = CohortChildParams;

  r.get(BASE, { schema: { tags, response: { 200: CohortProgramList } } }, (req) => programs.listPrograms(ctx(req)));
  r.post(BASE, { schema: { tags, body: CohortProgramCreate, response: { 201: CohortProgram } } }, async (req, reply) =>
    reply.status(201).send(await programs.createProgram(ctx(req), req.body)),
  );
  r.get(`${BASE}/mentees`, { schema: { tags, response: { 200: CohortMenteeList } } }, (req) => myMentees(ctx(req)));
  r.get(`${BASE}/mentors`, { schema: { tags } }, (req) => participants.mentorCandidates(ctx(req)));
  r.get(`${BASE}/:id`, { schema: { tags, params: P, response: { 200: CohortProgram } } }, (req) =>
    programs.getProgram(ctx(req), req.params.id),
  );
  r.put(
    `${BASE}/:id`,
    { schema: { tags, params: P, body: CohortProgramUpdate, response: { 200: CohortProgram } } },
    (req) => programs.updateProgram(ctx(req), req.params.id, req.body),
  );
  r.get(`${BASE}/:id/sessions`, { schema: { tags, params: P, response: { 200: CohortSchedule } } }, (req) =>
    programs.listSessions(ctx(req), req.params.id),
  );
  r.post(
    `${BASE}/:id/sessions`,
    { schema: { tags, params: P, body: CohortSessionCreate, response: { 201: CohortSchedule } } },
    async (req, reply) => reply.status(201).send(await programs.addSession(ctx(req), req.params.id, req.body)),
  );
  r.put(
    `${BASE}/:id/sessions/:childId`,
    { schema: { tags, params: C, body: CohortSessionUpdate, response: { 200: CohortSchedule } } },
    (req) => updateSession(ctx(req), req.params.id, req.params.childId, req.body),
  );
  r.get(
    `${BASE}/:id/sessions/:childId/attendance`,
    { schema: { tags, params: C, response: { 200: CohortAttendance } } },
    (req) => participants.getAttendance(ctx(req), req.params.id, req.params.childId),
  );
  r.put(
    `${BASE}/:id/sessions/:childId/attendance`,
    { schema: { tags, params: C, body: CohortAttendanceBody, response: { 200: CohortAttendance } } },
    (req) => participants.setAttendance(ctx(req), req.params.id, req.params.childId, req.body.marks),
  );

  r.get(
    `${BASE}/:id/applications`,
    { schema: { tags, params: P, querystring: CohortApplicationListQuery, response: { 200: CohortApplicationPage } } },
    (req) => applications.listApplications(ctx(req), req.params.id, req.query),
  );
  r.post(
    `${BASE}/:id/applications`,
    { schema: { tags, params: P, body: CohortApplicationCreate, response: { 201: CohortApplication } } },
    async (req, reply) =>
      reply.status(201).send(await applications.createApplication(ctx(req), req.params.id, req.body)),
  );
  r.post(
    `${BASE}/:id/applications/import`,
    { schema: { tags, params: P, response: { 200: CohortImportResult } } },
    async (req) => {
      const c = ctx(req);
      const upload = await readUpload(req, IMPORT_LIMIT);
      return importApplications(c, req.params.id, upload.data);
    },
  );
  r.post(
    `${BASE}/:id/applications/:childId/stage`,
    { schema: { tags, params: C, body: CohortStageChange, response: { 200: CohortApplication } } },
    (req) => applications.changeStage(ctx(req), req.params.id, req.params.childId, req.body),
  );
  r.put(
    `${BASE}/:id/applications/:childId/interview`,
    { schema: { tags, params: C, body: CohortInterviewUpdate, response: { 200: CohortApplication } } },
    (req) => recordInterview(ctx(req), req.params.id, req.params.childId, req.body),
  );

  r.get(`${BASE}/:id/participants`, { schema: { tags, params: P, response: { 200: CohortParticipantList } } }, (req) =>
    participants.listParticipants(ctx(req), req.params.id),
  );
  r.put(
    `${BASE}/:id/participants/:childId`,
    { schema: { tags, params: C, body: CohortParticipantUpdate, response: { 200: CohortParticipantList } } },
    (req) => participants.updateParticipant(ctx(req), req.params.id, req.params.childId, req.body),
  );
  r.get(
    `${BASE}/:id/participants/:childId/counselling`,
    { schema: { tags, params: C, response: { 200: CohortNoteList } } },
    (req) => participants.listNotes(ctx(req), req.params.id, req.params.childId),
  );
  r.post(
    `${BASE}/:id/participants/:childId/counselling`,
    { schema: { tags, params: C, body: CohortNoteCreate, response: { 201: CohortNoteList } } },
    async (req, reply) =>
      reply.status(201).send(await participants.addNote(ctx(req), req.params.id, req.params.childId, req.body)),
  );
  r.post(
    `${BASE}/:id/participants/:childId/certificate`,
    { schema: { tags, params: C, response: { 200: z.object({ code: z.string(), issuedOn: z.string() }) } } },
    (req) => issueCertificate(ctx(req), req.params.id, req.params.childId),
  );
  r.get(`${BASE}/:id/participants/:childId/certificate.pdf`, { schema: { tags, params: C } }, async (req, reply) => {
    const pdf = await certificatePdf(ctx(req), req.params.id, req.params.childId);
    return sendDownload(reply, { ...pdf, contentType: 'application/pdf' }, { noStore: true });
  });
}
