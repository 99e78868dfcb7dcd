import type { FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { readContent, readUpload, storeUpload } from '#server/lib/stored-files.js';
import type { OwnerKind } from './engagement-parts.repository.js';

/** A photo is at most 5 MB: JPG, PNG or WebP by its content (thumbnails are not made). */
export const PHOTO_LIMIT = 5 * 1024 * 1024;
const PHOTO_TYPES = ['jpg', 'png', 'webp'] as const;

type Rec = { permissions: { update: boolean } };
type Spec<T extends Rec> = {
  owner: OwnerKind;
  entity: string;
  get: (ctx: Ctx, id: number) => Promise<T>;
  writable: (ctx: Ctx, id: number) => Promise<T>;
  label: (record: T) => AuditSummary;
};

/**
 * Photos of an event or a visit: uploaded (content-checked, size-limited, stored once in stored_files),
 * listed and served to those who may read the record, removed and one marked for the news item by those
 * who may edit it; each change audited on the record.
 */
export function engagementPhotos<T extends Rec>(spec: Spec<T>) {
  const list = async (ctx: Ctx, id: number) => {
    await spec.get(ctx, id);
    const rows = await ctx.db
      .selectFrom('engagement_photos')
      .select(['id', 'file_name', 'content_type', 'is_news', 'uploaded_at'])
      .where('owner_kind', '=', spec.owner)
      .where('owner_id', '=', id)
      .orderBy('id')
      .execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        fileName: r.file_name,
        contentType: r.content_type,
        isNews: r.is_news === 1,
        uploadedAt: r.uploaded_at,
      })),
    };
  };
  const audit = async (db: Db, ctx: Ctx, id: number, record: T, step: 'added' | 'removed' | 'news', data: object) =>
    recordAudit(db, {
      ...changeEntry(
        ctx,
        'update',
        spec.entity,
        id,
        auditSummary(`auditSummaries.engagementPhoto.${step}`, spec.label(record).params),
        null,
        data,
      ),
      parent: { type: spec.entity, id },
    });
  const find = (ctx: Ctx, id: number, photoId: number) =>
    ctx.db
      .selectFrom('engagement_photos')
      .selectAll()
      .where('id', '=', photoId)
      .where('owner_kind', '=', spec.owner)
      .where('owner_id', '=', id)
      .executeTakeFirst();

  async function upload(ctx: Ctx, id: number, req: FastifyRequest) {
    const record = await spec.writable(ctx, id);
    const file = await readUpload(req, PHOTO_LIMIT);
    // The stored file, its photo row and the audit entry are one write: all or nothing.
    await ctx.db.transaction().execute(async (trx) => {
      const stored = await storeUpload(trx, file.data, PHOTO_TYPES, ctx.now);
      await trx
        .insertInto('engagement_photos')
        .values({
          owner_kind: spec.owner,
          owner_id: id,
          file_id: stored.fileId,
          file_name: file.fileName,
          content_type: stored.contentType,
          uploaded_by: ctx.actor.id,
          uploaded_at: ctx.now,
        })
        .execute();
      await audit(trx, ctx, id, record, 'added', { fileName: file.fileName, sha256: stored.sha256 });
    });
    return list(ctx, id);
  }

  async function download(ctx: Ctx, id: number, photoId: number) {
    await spec.get(ctx, id);
    const row = await find(ctx, id, photoId);
    const content = row && (await readContent(ctx.db, row.file_id));
    if (!row || !content) throw AppError.notFound();
    return { fileName: row.file_name, contentType: row.content_type, data: content.data };
  }

  async function remove(ctx: Ctx, id: number, photoId: number) {
    const record = await spec.writable(ctx, id);
    const row = await find(ctx, id, photoId);
    if (!row) throw AppError.notFound();
    await ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('engagement_photos').where('id', '=', photoId).execute();
      await audit(trx, ctx, id, record, 'removed', { fileName: row.file_name });
    });
    return list(ctx, id);
  }

  /** The photo the news item uses (one per record). */
  async function useForNews(ctx: Ctx, id: number, photoId: number) {
    const record = await spec.writable(ctx, id);
    const row = await find(ctx, id, photoId);
    if (!row) throw AppError.notFound();
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('engagement_photos')
        .set((eb) => ({ is_news: eb.case().when('id', '=', photoId).then(1).else(0).end() }))
        .where('owner_kind', '=', spec.owner)
        .where('owner_id', '=', id)
        .execute();
      await audit(trx, ctx, id, record, 'news', { fileName: row.file_name });
    });
    return list(ctx, id);
  }

  return { list, upload, download, remove, useForNews };
}
