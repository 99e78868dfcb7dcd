import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { sha256Of, sniffType, storeContent, type Upload } from '#server/lib/stored-files.js';
import { updateAudited } from '#server/lib/versioned.js';
import { authorizeAny } from '#server/policies/policy.js';
import { universityPolicy } from '#server/policies/university.policy.js';
import type { University, UniversityUpdate } from '#shared/schemas/university.js';
import { LOGO_TYPES } from '#shared/university.js';
import {
  detailsOf,
  findProfile,
  PROFILE_ID,
  type ProfileRow,
  profileColumns,
  setLogo,
} from './university.repository.js';

const ENTITY = 'university';

function toUniversity(row: ProfileRow): University {
  return {
    ...detailsOf(row),
    logoUrl: row.logo_file_id ? `/api/v1/university/logo?v=${row.logo_file_id}` : null,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export async function getUniversity(db: Db): Promise<University> {
  return toUniversity(await findProfile(db));
}

/** Administrators change the details; the version guards against overwriting someone else's edit. */
export async function updateUniversity(ctx: Ctx, input: UniversityUpdate): Promise<University> {
  authorizeAny(universityPolicy, ctx.actor, 'update', ctx.units);
  const { version, ...details } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findProfile(trx);
    const after = await updateAudited(trx, {
      table: 'university_profile',
      id: PROFILE_ID,
      version,
      values: { ...profileColumns(details), updated_at: ctx.now, updated_by: ctx.actor.id },
      current: async () => toUniversity(await findProfile(trx)),
      after: () => findProfile(trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          PROFILE_ID,
          recordName(details.nameZh, details.nameEn),
          detailsOf(before),
          detailsOf(after),
        ),
    });
    return toUniversity(after);
  });
}

/** SVG by its text: an `<svg` element near the start (after an XML declaration, comments, a doctype). */
function isSvg(data: Buffer): boolean {
  const head = data
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

/** A PNG or SVG logo (size limited by the upload reader); replaces the previous one. */
export async function uploadLogo(ctx: Ctx, read: () => Promise<Upload>): Promise<University> {
  authorizeAny(universityPolicy, ctx.actor, 'update', ctx.units);
  const { data, fileName } = await read();
  const type = sniffType(data) === 'png' ? 'png' : isSvg(data) ? 'svg' : null;
  if (!type) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      fields: [
        { path: 'file', key: 'file_type', params: { types: LOGO_TYPES.map((t) => t.toUpperCase()).join(', ') } },
      ],
    });
  }
  const contentType = type === 'png' ? 'image/png' : 'image/svg+xml';
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findProfile(trx);
    const sha256 = sha256Of(data);
    const fileId = await storeContent(trx, { sha256, size: data.length, contentType, data }, ctx.now);
    await setLogo(trx, fileId, ctx.now, ctx.actor.id);
    const summary = auditSummary('auditSummaries.logo', { file: fileName });
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'upload',
        ENTITY,
        PROFILE_ID,
        summary,
        { logoFileId: before.logo_file_id },
        { logoFileId: fileId, sha256 },
      ),
    );
    return toUniversity(await findProfile(trx));
  });
}
