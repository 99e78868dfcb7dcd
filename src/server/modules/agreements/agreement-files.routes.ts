import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { AppError } from '#server/lib/errors.js';
import { sendDownload } from '#server/lib/http-files.js';
import { readUpload } from '#server/lib/stored-files.js';
import { AgreementFile, FileIdParams } from '#shared/schemas/agreements.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import { downloadFile, FILE_KINDS, removeFile, type Upload, uploadFile } from './agreement-files.service.js';

const FileKind = z.enum(FILE_KINDS);

/** Reads `kind` and then one file from a multipart body. */
async function readAgreementUpload(req: FastifyRequest): Promise<Upload> {
  const upload = await readUpload(req);
  const raw = upload.fields.kind;
  const kind = FileKind.safeParse(raw);
  if (!kind.success) throw AppError.field('kind', raw === undefined ? 'required' : 'invalid_value');
  return { kind: kind.data, fileName: upload.fileName, data: upload.data };
}

/** Signed agreements and drafts as PDF: upload (multipart), download with the original name, remove. */
export async function fileRoutes(app: FastifyInstance, base: string) {
  const r = typed(app);
  const tags = ['agreements'];

  r.post(
    `${base}/:id/files`,
    { schema: { tags, params: IdParams, consumes: ['multipart/form-data'], response: { 201: AgreementFile } } },
    async (req, reply) =>
      reply.status(201).send(await uploadFile(ctx(req), req.params.id, () => readAgreementUpload(req))),
  );
  r.get(`${base}/:id/files/:fileId`, { schema: { tags, params: FileIdParams } }, async (req, reply) => {
    return sendDownload(reply, await downloadFile(ctx(req), req.params.id, req.params.fileId));
  });
  r.post(
    `${base}/:id/files/:fileId/remove`,
    { schema: { tags, params: FileIdParams, response: { 200: OkResponse } } },
    (req) => removeFile(ctx(req), req.params.id, req.params.fileId),
  );
}
