import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AgreementFile, FileIdParams } from '../../../shared/schemas/agreements.js';
import { IdParams, OkResponse } from '../../../shared/schemas/common.js';
import { FILE_LIMIT } from '../../app.js';
import { ctx } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { typed } from '../../http/router.js';
import { contentDisposition } from '../../lib/http-files.js';
import { downloadFile, FILE_KINDS, removeFile, type Upload, uploadFile } from './agreement-files.service.js';

const FileKind = z.enum(FILE_KINDS);

/** The name the user's file had, without any client path ("C:\\fakepath\\…"), at most 255 characters. */
const baseName = (name: string) => name.split(/[\\/]/).pop()?.trim().slice(-255) || 'file.pdf';

/**
 * Reads `kind` and then one file from a multipart body. The file name comes from the part's
 * Content-Disposition (UTF-8, so Chinese names arrive intact).
 */
async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await req.file();
  if (!part) throw AppError.field('file', 'required');
  const field = part.fields.kind;
  const raw = field && !Array.isArray(field) && field.type === 'field' ? field.value : undefined;
  const kind = FileKind.safeParse(raw);
  if (!kind.success) {
    part.file.resume(); // drain it: the request must finish for the error to be sent
    throw AppError.field('kind', raw === undefined ? 'required' : 'invalid_value');
  }
  try {
    return { kind: kind.data, fileName: baseName(part.filename), data: await part.toBuffer() };
  } catch (err) {
    if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
    throw new AppError('PAYLOAD_TOO_LARGE', {
      fields: [{ path: 'file', key: 'file_too_large', params: { maxMb: FILE_LIMIT / 1024 / 1024 } }],
    });
  }
}

/** Signed agreements and drafts as PDF: upload (multipart), download with the original name, remove. */
export async function fileRoutes(app: FastifyInstance, base: string) {
  const r = typed(app);
  const tags = ['agreements'];

  r.post(
    `${base}/:id/files`,
    { schema: { tags, params: IdParams, consumes: ['multipart/form-data'], response: { 201: AgreementFile } } },
    async (req, reply) => reply.status(201).send(await uploadFile(ctx(req), req.params.id, () => readUpload(req))),
  );
  r.get(`${base}/:id/files/:fileId`, { schema: { tags, params: FileIdParams } }, async (req, reply) => {
    const file = await downloadFile(ctx(req), req.params.id, req.params.fileId);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', contentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .send(file.data);
  });
  r.post(
    `${base}/:id/files/:fileId/remove`,
    { schema: { tags, params: FileIdParams, response: { 200: OkResponse } } },
    (req) => removeFile(ctx(req), req.params.id, req.params.fileId),
  );
}
