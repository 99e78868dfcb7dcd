import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { AppError } from '#server/lib/errors.js';
import { contentDisposition } from '#server/lib/http-files.js';
import { readUpload } from '#server/lib/stored-files.js';
import { IdParams } from '#shared/schemas/common.js';
import { EwpApproveBody, EwpImportResult, EwpResolveBody, EwpStatus } from '#shared/schemas/ewp.js';
import { exportIia } from './ewp.service.js';
import { approveCopy, ewpStatus, importCopy } from './ewp-copies.service.js';
import { resolveDifference } from './ewp-take.js';
import { ownFactsheetRoutes } from './own-factsheet.routes.js';

/** An IIA file is small; a partner's whole list of agreements in one response stays well under this. */
const IIA_FILE_LIMIT = 5 * 1024 * 1024;
const AgreementField = z.coerce.number().int().positive().max(2_147_483_647).optional();

/** Erasmus Without Paper files (issue 22): agreements as IIAs v7 files both ways, and our factsheet. */
export async function ewpRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['agreements'];
  r.get('/api/v1/agreements/:id/ewp-iia.xml', { schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await exportIia(ctx(req), req.params.id);
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('content-disposition', contentDisposition(file.fileName))
      .header('x-iia-hash', file.hash)
      .send(file.xml);
  });
  r.get('/api/v1/agreements/:id/ewp', { schema: { tags, params: IdParams, response: { 200: EwpStatus } } }, (req) =>
    ewpStatus(ctx(req), req.params.id),
  );
  // A partner's copy, matched to one of our agreements: this one when posted from its page.
  const upload = async (req: FastifyRequest, wanted: number | undefined) => {
    const file = await readUpload(req, IIA_FILE_LIMIT);
    const field = AgreementField.safeParse(file.fields.agreementId || undefined);
    if (!field.success) throw AppError.field('agreementId', 'invalid_value');
    return importCopy(ctx(req), file, wanted ?? field.data);
  };
  r.post(
    '/api/v1/ewp/iia-copies',
    { schema: { tags, consumes: ['multipart/form-data'], response: { 200: EwpImportResult } } },
    (req) => upload(req, undefined),
  );
  r.post(
    '/api/v1/agreements/:id/ewp/copies',
    { schema: { tags, params: IdParams, consumes: ['multipart/form-data'], response: { 200: EwpImportResult } } },
    (req) => upload(req, req.params.id),
  );
  r.post(
    '/api/v1/agreements/:id/ewp/resolve',
    { schema: { tags, params: IdParams, body: EwpResolveBody, response: { 200: EwpStatus } } },
    (req) => resolveDifference(ctx(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/agreements/:id/ewp/approval',
    { schema: { tags, params: IdParams, body: EwpApproveBody, response: { 200: EwpStatus } } },
    (req) => approveCopy(ctx(req), req.params.id, req.body),
  );
  await ownFactsheetRoutes(app);
}
