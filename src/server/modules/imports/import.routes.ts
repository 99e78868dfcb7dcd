import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { AppError } from '#server/lib/errors.js';
import { contentDisposition } from '#server/lib/http-files.js';
import { baseName, readWhole } from '#server/lib/stored-files.js';
import {
  IMPORT_MAX_BYTES,
  ImportBatch,
  ImportCommitBody,
  ImportIdParams,
  ImportIssuePage,
  ImportIssueQuery,
  ImportKindQuery,
  ImportRowPage,
  ImportRowQuery,
  ImportValidated,
} from '#shared/schemas/imports.js';
import { XLSX_TYPE } from './import.repository.js';
import * as service from './import.service.js';

/** Bulk import from xlsx (partners and agreements, or mobility records): template, upload (check only), report, commit. */
export async function importRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['imports'];
  const base = '/api/v1/imports';

  r.get(`${base}/template.xlsx`, { schema: { tags, querystring: ImportKindQuery } }, async (req, reply) => {
    const { fileName, data } = await service.importTemplate(ctx(req), req.query.kind);
    return reply.type(XLSX_TYPE).header('content-disposition', contentDisposition(fileName)).send(data);
  });
  r.post(
    base,
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        querystring: ImportKindQuery,
        response: { 201: ImportValidated },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.uploadImport(ctx(req), req.query.kind, () => readUpload(req))),
  );
  r.get(`${base}/:id`, { schema: { tags, params: ImportIdParams, response: { 200: ImportBatch } } }, (req) =>
    service.getImport(ctx(req), req.params.id),
  );
  r.get(
    `${base}/:id/issues`,
    { schema: { tags, params: ImportIdParams, querystring: ImportIssueQuery, response: { 200: ImportIssuePage } } },
    (req) => service.importIssues(ctx(req), req.params.id, req.query),
  );
  r.get(
    `${base}/:id/rows`,
    { schema: { tags, params: ImportIdParams, querystring: ImportRowQuery, response: { 200: ImportRowPage } } },
    (req) => service.importRows(ctx(req), req.params.id, req.query),
  );
  r.post(
    `${base}/:id/commit`,
    { schema: { tags, params: ImportIdParams, body: ImportCommitBody, response: { 200: ImportBatch } } },
    (req) => service.commitImport(ctx(req), req.params.id, req.body),
  );
}

/** The one uploaded file, read up to the import limit (below the app-wide multipart limit). */
async function readUpload(req: FastifyRequest): Promise<service.Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { messageKey: 'importNoFile' });
  const part = await req.file({ limits: { fileSize: IMPORT_MAX_BYTES } });
  if (!part) throw new AppError('VALIDATION_FAILED', { messageKey: 'importNoFile' });
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', { messageKey: 'importTooLarge' });
  const data = await readWhole(part, IMPORT_MAX_BYTES, tooLarge);
  return { fileName: baseName(part.filename, 'import.xlsx'), data };
}
