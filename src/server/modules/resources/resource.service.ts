import type { FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual, recordName } from '#server/lib/audit-summary.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { readUpload, storeUpload } from '#server/lib/stored-files.js';
import { updateAudited } from '#server/lib/versioned.js';
import { allows, authorize, authorizeAny, can, unitScope } from '#server/policies/policy.js';
import { resourcePolicy } from '#server/policies/resources.policy.js';
import type {
  Resource,
  ResourceCreate,
  ResourceListQuery,
  ResourceSummary,
  ResourceUpdate,
} from '#shared/schemas/resources.js';
import * as repo from './resource.repository.js';

export const ENTITY = 'resource';
/** Office documents are PDFs (and scanned pages as images); 20 MB is the app's ceiling for any file. */
const FILE_TYPES = ['pdf', 'png', 'jpg'] as const;

const tagsOf = (stored: string) => stored.split(',').filter(Boolean);
export const toSummary = (r: repo.ItemRow): ResourceSummary => ({
  id: r.id,
  categoryId: r.category_id,
  kind: r.kind,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  descriptionZh: r.description_zh,
  descriptionEn: r.description_en,
  languages: r.languages,
  url: r.url,
  audience: r.audience,
  unitId: r.unit_id,
  tags: tagsOf(r.tags),
  agreementKind: r.agreement_kind,
  ownerId: r.owner_id,
  reviewOn: r.review_on,
  hasFile: r.current_version_id !== null,
  archived: r.archived_at !== null,
  version: r.version,
  updatedAt: r.updated_at,
});

/** A unit item is read by those who may read that unit's; everything else by every staff reader. */
function mayRead(ctx: Ctx, r: Pick<repo.ItemRow, 'audience' | 'unit_id'>) {
  if (!allows(resourcePolicy, ctx.actor, 'read', ctx.units)) return false;
  return r.audience !== 'unit' || can(resourcePolicy, ctx.actor, 'readUnit', { unit_id: r.unit_id }, ctx.units);
}

export async function listResources(ctx: Ctx, query: ResourceListQuery) {
  authorizeAny(resourcePolicy, ctx.actor, 'read', ctx.units);
  const unitItems = unitScope(resourcePolicy, ctx.actor, 'readUnit', ctx.units);
  const rows = await repo.findItems(ctx.db, { ...query, unitItems });
  return { items: rows.map(toSummary) };
}

async function present(ctx: Ctx, db: Db, row: repo.ItemRow): Promise<Resource> {
  const current = row.current_version_id;
  const versions = await repo.listVersions(db, row.id);
  return {
    ...toSummary(row),
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      fileName: v.file_name,
      size: v.size,
      note: v.note,
      uploadedBy: v.uploader,
      uploadedAt: v.uploaded_at,
      current: v.id === current,
    })),
    permissions: { update: can(resourcePolicy, ctx.actor, 'write', { unit_id: row.unit_id }, ctx.units) },
  };
}

export async function getResource(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Resource> {
  const row = await repo.findItem(db, id);
  if (!row || !mayRead(ctx, row)) throw AppError.notFound();
  return present(ctx, db, row);
}

const labelOf = (r: Pick<ResourceSummary, 'titleZh' | 'titleEn'>) => recordName(r.titleZh, r.titleEn);
const snapshot = (r: Resource) => ({ ...r, permissions: undefined, versions: undefined });

async function checkInput(ctx: Ctx, input: ResourceCreate) {
  const problems: FieldProblem[] = [];
  if (!input.titleZh && !input.titleEn) problems.push({ path: 'titleZh', key: 'resource_title_required' });
  if (input.kind === 'link' && !input.url) problems.push({ path: 'url', key: 'resource_url_required' });
  if (input.audience === 'unit' && !input.unitId) problems.push({ path: 'unitId', key: 'resource_unit_required' });
  if (input.unitId && !ctx.units.has(input.unitId)) problems.push({ path: 'unitId', key: 'unit' });
  const category = await repo.findCategory(ctx.db, input.categoryId);
  if (!category || category.archived_at) problems.push({ path: 'categoryId', key: 'resource_category' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
  authorize(resourcePolicy, ctx.actor, 'write', { unit_id: input.unitId ?? null }, ctx.units);
}

function columnsOf(input: ResourceCreate, now: string) {
  const tags = [...new Set(input.tags)];
  return {
    category_id: input.categoryId,
    kind: input.kind,
    title_zh: input.titleZh,
    title_en: input.titleEn,
    description_zh: input.descriptionZh,
    description_en: input.descriptionEn,
    languages: input.languages,
    url: input.kind === 'link' ? input.url : null,
    audience: input.audience,
    unit_id: input.unitId ?? null,
    tags: tags.length ? `,${tags.join(',')},` : '',
    search_text: [input.titleZh, input.titleEn, input.descriptionZh, input.descriptionEn, ...tags]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
    agreement_kind: input.agreementKind ?? null,
    owner_id: input.ownerId ?? null,
    review_on: input.reviewOn,
    updated_at: now,
  };
}

export async function createResource(ctx: Ctx, input: ResourceCreate) {
  await checkInput(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertItem(trx, { ...columnsOf(input, ctx.now), created_at: ctx.now });
    const after = await getResource(ctx, id, trx);
    await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, labelOf(after), null, snapshot(after)));
    return after;
  });
}

export async function updateResource(ctx: Ctx, id: number, input: ResourceUpdate) {
  const before = await getResource(ctx, id);
  if (!before.permissions.update) throw AppError.forbidden();
  const { version, archived, ...fields } = input;
  await checkInput(ctx, fields);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'resource_items',
      id,
      version,
      values: { ...columnsOf(fields, ctx.now), archived_at: archived ? (before.archived ? undefined : ctx.now) : null },
      // The 409 carries the whole record (versions and permissions too): the page shows it as it is now.
      current: () => repo.findItem(trx, id).then((r) => (r ? getResource(ctx, id, trx) : undefined)),
      after: () => getResource(ctx, id, trx),
      audit: (after) => changeEntry(ctx, 'update', ENTITY, id, labelOf(after), snapshot(before), snapshot(after)),
    }),
  );
}

/** A new version becomes the current one; the earlier ones stay, downloadable from the item. */
export async function uploadVersion(ctx: Ctx, id: number, req: FastifyRequest) {
  const before = await getResource(ctx, id);
  if (!before.permissions.update || before.kind !== 'document') throw AppError.forbidden();
  const upload = await readUpload(req);
  const note = upload.fields.note?.trim().slice(0, 500) || null;
  return ctx.db.transaction().execute(async (trx) => {
    const stored = await storeUpload(trx, upload.data, FILE_TYPES, ctx.now);
    const versionId = await repo.insertVersion(trx, {
      itemId: id,
      fileId: stored.fileId,
      fileName: upload.fileName,
      size: stored.size,
      note,
      by: ctx.actor.id,
      at: ctx.now,
    });
    await repo.setCurrentVersion(trx, id, versionId, { updated_at: ctx.now });
    const after = await getResource(ctx, id, trx);
    const summary = auditSummary('auditSummaries.resourceVersion', {
      name: bilingual(after.titleZh || after.titleEn || '', after.titleEn || after.titleZh || ''),
      version: after.versions[0]?.number ?? 0,
      file: upload.fileName,
    });
    await recordAudit(trx, changeEntry(ctx, 'update', ENTITY, id, summary, null, { version: after.versions[0] }));
    return after;
  });
}

/** A version's file (the current one when no version is named). */
export async function versionFile(ctx: Ctx, id: number, versionId?: number) {
  const item = await getResource(ctx, id);
  const wanted = versionId ?? item.versions.find((v) => v.current)?.id;
  const file = wanted ? await repo.versionFile(ctx.db, id, wanted) : undefined;
  if (!file) throw AppError.notFound();
  return file;
}
