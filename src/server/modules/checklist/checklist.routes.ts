import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { AppError } from '#server/lib/errors.js';
import { sendDownload } from '#server/lib/http-files.js';
import { readUpload } from '#server/lib/stored-files.js';
import {
  ChecklistItem,
  ChecklistItemParams,
  ChecklistItemUpdate,
  ChecklistListQuery,
  ChecklistPage,
  ChecklistReview,
  MobilityChecklist,
} from '#shared/schemas/checklist.js';
import { IdParams, Version } from '#shared/schemas/common.js';
import { acceptanceLetter } from './acceptance-letter.js';
import * as service from './checklist.service.js';

/** Checklist documents: PDF, JPG or PNG, at most 10 MB. */
export const CHECKLIST_FILE_LIMIT = 10 * 1024 * 1024;

const DateField = ChecklistItemUpdate.shape.expiresOn;

/** Reads `version` (and optionally `expiresOn`) and then one file from a multipart body. */
async function readItemUpload(req: FastifyRequest): Promise<service.ItemUpload> {
  const upload = await readUpload(req, CHECKLIST_FILE_LIMIT);
  const version = Version.safeParse(Number(upload.fields.version));
  if (!version.success) throw AppError.field('version', upload.fields.version ? 'invalid_value' : 'required');
  const expiresOn = DateField.safeParse(upload.fields.expiresOn ?? null);
  if (!expiresOn.success) throw AppError.field('expiresOn', 'invalid_date');
  return { version: version.data, expiresOn: expiresOn.data, fileName: upload.fileName, data: upload.data };
}

/** The inbound document checklist, the offices' review queue, and the acceptance letter. */
export async function checklistRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['checklist'];
  const items = '/api/v1/checklist/items/:id';

  r.get(
    '/api/v1/mobilities/:id/checklist',
    { schema: { tags, params: IdParams, response: { 200: MobilityChecklist } } },
    (req) => service.getChecklist(ctx(req), req.params.id),
  );
  r.get('/api/v1/mobilities/:id/acceptance-letter.pdf', { schema: { tags, params: IdParams } }, async (req, reply) => {
    const letter = await acceptanceLetter(ctx(req), req.params.id);
    return sendDownload(reply, { ...letter, contentType: 'application/pdf' }, { noStore: true });
  });
  r.get(
    '/api/v1/checklist',
    { schema: { tags, querystring: ChecklistListQuery, response: { 200: ChecklistPage } } },
    (req) => service.listQueue(ctx(req), req.query),
  );
  r.put(
    items,
    { schema: { tags, params: ChecklistItemParams, body: ChecklistItemUpdate, response: { 200: ChecklistItem } } },
    (req) => service.updateItem(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${items}/review`,
    { schema: { tags, params: ChecklistItemParams, body: ChecklistReview, response: { 200: ChecklistItem } } },
    (req) => service.reviewItem(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${items}/file`,
    {
      schema: {
        tags,
        params: ChecklistItemParams,
        consumes: ['multipart/form-data'],
        response: { 200: ChecklistItem },
      },
    },
    (req) => service.uploadItem(ctx(req), req.params.id, () => readItemUpload(req)),
  );
  r.get(`${items}/file`, { schema: { tags, params: ChecklistItemParams } }, async (req, reply) => {
    return sendDownload(reply, await service.downloadItem(ctx(req), req.params.id), { noStore: true });
  });
}
