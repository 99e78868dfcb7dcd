import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  AccessReport,
  AccessReportQuery,
  Consent,
  ConsentCreate,
  ConsentList,
  ConsentParams,
  ConsentWithdraw,
  NoticeCreate,
  NoticeList,
  PrivacyNotice,
  RetentionKindParams,
  RetentionPolicy,
  RetentionPolicyList,
  RetentionPolicyUpdate,
  RetentionRun,
  RetentionRunBody,
  RetentionRunList,
  SubjectAccess,
} from '#shared/schemas/privacy.js';
import { accessReportJson, subjectAccess } from './access.service.js';
import * as consents from './consent.service.js';
import { exportAccessReport, exportConsents, exportSubjectAccess } from './privacy.export.js';
import * as retention from './retention.service.js';

/** The PDPA duties: notice and consent, retention, subject-access and access (breach) reports. */
export async function privacyRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['privacy'];
  const base = '/api/v1/privacy';

  r.get(`${base}/notices`, { schema: { tags, response: { 200: NoticeList } } }, (req) =>
    consents.listNotices(ctx(req)),
  );
  r.post(
    `${base}/notices`,
    { schema: { tags, body: NoticeCreate, response: { 201: PrivacyNotice } } },
    async (req, reply) => reply.status(201).send(await consents.publishNotice(ctx(req), req.body)),
  );
  r.get(`${base}/people/:id/consents`, { schema: { tags, params: IdParams, response: { 200: ConsentList } } }, (req) =>
    consents.listConsents(ctx(req), req.params.id),
  );
  r.post(
    `${base}/people/:id/consents`,
    { schema: { tags, params: IdParams, body: ConsentCreate, response: { 201: Consent } } },
    async (req, reply) => reply.status(201).send(await consents.recordConsent(ctx(req), req.params.id, req.body)),
  );
  r.post(
    `${base}/people/:id/consents/:consentId/withdraw`,
    { schema: { tags, params: ConsentParams, body: ConsentWithdraw, response: { 200: Consent } } },
    (req) => consents.withdrawConsent(ctx(req), req.params.id, req.params.consentId, req.body),
  );
  r.get(`${base}/consents/export.xlsx`, { schema: { tags } }, (req, reply) => exportConsents(ctx(req), reply));

  r.get(`${base}/retention/policies`, { schema: { tags, response: { 200: RetentionPolicyList } } }, (req) =>
    retention.listPolicies(ctx(req)),
  );
  r.put(
    `${base}/retention/policies/:kind`,
    { schema: { tags, params: RetentionKindParams, body: RetentionPolicyUpdate, response: { 200: RetentionPolicy } } },
    (req) => retention.updatePolicy(ctx(req), req.params.kind, req.body),
  );
  r.get(`${base}/retention/runs`, { schema: { tags, response: { 200: RetentionRunList } } }, (req) =>
    retention.listRuns(ctx(req)),
  );
  r.post(
    `${base}/retention/runs`,
    { schema: { tags, body: RetentionRunBody, response: { 201: RetentionRun } } },
    async (req, reply) => reply.status(201).send(await retention.runNow(ctx(req), req.body.dryRun)),
  );

  r.get(
    `${base}/people/:id/subject-access`,
    { schema: { tags, params: IdParams, response: { 200: SubjectAccess } } },
    (req) => subjectAccess(ctx(req), req.params.id, 'json'),
  );
  r.get(`${base}/people/:id/subject-access.xlsx`, { schema: { tags, params: IdParams } }, (req, reply) =>
    exportSubjectAccess(ctx(req), reply, req.params.id),
  );
  r.get(
    `${base}/access-report`,
    { schema: { tags, querystring: AccessReportQuery, response: { 200: AccessReport } } },
    (req) => accessReportJson(ctx(req), req.query),
  );
  r.get(`${base}/access-report.xlsx`, { schema: { tags, querystring: AccessReportQuery } }, (req, reply) =>
    exportAccessReport(ctx(req), reply, req.query),
  );
}
