import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { readUpload } from '#server/lib/stored-files.js';
import {
  AdmissionApplication,
  ApplicantApplications,
  ApplicantCodeRequest,
  ApplicantSession,
  ApplicantVerify,
  ApplicationForm,
  ApplicationStart,
  DocParams,
  ResponseInput,
  RoundList,
  RoundParams,
} from '#shared/schemas/admissions.js';
import { OkResponse, Version } from '#shared/schemas/common.js';
import { applicantOf, requestCode, verifyCode } from './applicant-auth.js';
import * as portal from './portal.service.js';
import { openRounds } from './round.service.js';
import { withdrawApplication } from './withdraw.service.js';

const BASE = '/api/v1/public/admissions';
/** An application form is a few KB of text; a statement of purpose fits well under this. */
const FORM_BODY_LIMIT = 32 * 1024;

/**
 * The applicant portal's API (no staff sign-in): open rounds, a sign-in code by e-mail, and — with the
 * session token in `x-applicant-token` — the applicant's own applications only. The code request has the
 * public forms' hourly per-address ceiling and a honeypot; every write is rate-limited per address and
 * size-limited (documents: 5 MB each, PDF/JPG/PNG by content).
 */
export async function admissionPortalRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['admissions-portal'];
  const perHour = { rateLimit: { max: app.deps.env.PUBLIC_FORM_RATE_PER_HOUR, timeWindow: '1 hour' } };
  const perMinute = { rateLimit: { max: app.deps.env.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } };
  const small = { bodyLimit: FORM_BODY_LIMIT, config: perMinute };
  const me = (req: FastifyRequest) => applicantOf(req);
  const params = RoundParams;

  r.get(`${BASE}/rounds`, { schema: { tags, response: { 200: RoundList } } }, () => openRounds(app.deps));
  r.post(
    `${BASE}/code`,
    { schema: { tags, body: ApplicantCodeRequest, response: { 200: OkResponse } }, bodyLimit: 4096, config: perHour },
    (req) => requestCode(app.deps, req.body),
  );
  r.post(
    `${BASE}/session`,
    {
      schema: { tags, body: ApplicantVerify, response: { 200: ApplicantSession } },
      bodyLimit: 4096,
      config: perMinute,
    },
    (req) => verifyCode(app.deps, req.body),
  );
  r.get(`${BASE}/applications`, { schema: { tags, response: { 200: ApplicantApplications } } }, async (req) =>
    portal.myApplications(app.deps, await me(req)),
  );
  r.post(
    `${BASE}/applications`,
    { ...small, schema: { tags, body: ApplicationStart, response: { 201: AdmissionApplication } } },
    async (req, reply) => reply.status(201).send(await portal.startApplication(app.deps, await me(req), req.body)),
  );
  r.get(
    `${BASE}/applications/:id`,
    { schema: { tags, params, response: { 200: AdmissionApplication } } },
    async (req) => portal.myApplication(app.deps, await me(req), req.params.id),
  );
  r.put(
    `${BASE}/applications/:id`,
    { ...small, schema: { tags, params, body: ApplicationForm, response: { 200: AdmissionApplication } } },
    async (req) => portal.saveApplication(app.deps, await me(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/applications/:id/documents`,
    {
      config: perMinute,
      schema: { tags, params, consumes: ['multipart/form-data'], response: { 200: AdmissionApplication } },
    },
    async (req) =>
      portal.uploadDocument(app.deps, await me(req), req.params.id, () =>
        readUpload(req as FastifyRequest, portal.DOCUMENT_MAX_BYTES),
      ),
  );
  r.get(`${BASE}/applications/:id/documents/:docId`, { schema: { tags, params: DocParams } }, async (req, reply) =>
    sendDownload(reply, await portal.downloadOwnDocument(app.deps, await me(req), req.params.id, req.params.docId), {
      noStore: true,
    }),
  );
  r.post(
    `${BASE}/applications/:id/submit`,
    {
      ...small,
      schema: { tags, params, body: z.object({ version: Version }).strict(), response: { 200: AdmissionApplication } },
    },
    async (req) => portal.submitApplication(app.deps, await me(req), req.params.id, req.body.version),
  );
  r.post(
    `${BASE}/applications/:id/withdraw`,
    {
      ...small,
      schema: { tags, params, body: z.object({ version: Version }).strict(), response: { 200: AdmissionApplication } },
    },
    async (req) => withdrawApplication(app.deps, await me(req), req.params.id, req.body.version),
  );
  r.post(
    `${BASE}/applications/:id/response`,
    { ...small, schema: { tags, params, body: ResponseInput, response: { 200: AdmissionApplication } } },
    async (req) => portal.respond(app.deps, await me(req), req.params.id, req.body),
  );
  r.get(`${BASE}/applications/:id/letter.pdf`, { schema: { tags, params } }, async (req, reply) =>
    sendDownload(
      reply,
      { ...(await portal.ownLetter(app.deps, await me(req), req.params.id)), contentType: 'application/pdf' },
      { noStore: true },
    ),
  );
}
