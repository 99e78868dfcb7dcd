import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { type AuditInput, changeEntry, recordAudits } from '#server/lib/audit.js';
import { auditSummary, label } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { readContent, storeUpload } from '#server/lib/stored-files.js';
import { updateAudited } from '#server/lib/versioned.js';
import { checklistPolicy } from '#server/policies/checklist.policy.js';
import { authorizeAny, unitScope } from '#server/policies/policy.js';
import { addDays, businessDate } from '#shared/calendar.js';
import type {
  ChecklistItem,
  ChecklistItemUpdate,
  ChecklistListQuery,
  ChecklistPage,
  ChecklistReview,
  MobilityChecklist,
} from '#shared/schemas/checklist.js';
import * as repo from './checklist.repository.js';
import {
  accessTo,
  auditView,
  defaultOwner,
  ENDED_STATUSES,
  HEALTH,
  hasChecklist,
  letterAvailable,
  mayDownloadLetter,
  present,
} from './checklist-access.js';

export const ENTITY = 'mobility_document';

/** An entry's summary: a health check's says neither its kind nor the decision (issue 16). */
const summaryOf = (kind: string, action?: string) =>
  kind === HEALTH
    ? auditSummary('auditSummaries.checklistRestricted')
    : action
      ? auditSummary('auditSummaries.checklistAction', {
          kind: label('checklistKinds', kind),
          action: { t: `auditSummaries.checklistActions.${action}` },
        })
      : auditSummary('auditSummaries.checklistItem', { kind: label('checklistKinds', kind) });

/**
 * Creates the missing default items (one per kind, owned by its default office) for one inbound student
 * mobility, or for every running one (the office queue). The UNIQUE (mobility_id, kind) settles a race
 * between two first reads; only the rows actually inserted are audited (as the system's doing).
 */
export async function ensureDefaults(db: Db, now: string, mobilityId?: number): Promise<void> {
  const missing = await repo.findMissingDefaults(db, { mobilityId, endedStatuses: ENDED_STATUSES });
  if (!missing.length) return;
  const units = await repo.unitIdsByCode(db);
  await db.transaction().execute(async (trx) => {
    const rows = missing.map((m) => ({ ...m, owningUnitId: defaultOwner(m.kind, units) }));
    const inserted = await repo.insertDefaults(trx, rows, now);
    const entries: AuditInput[] = inserted.map((r) => ({
      at: now,
      actorId: null,
      action: 'create',
      entityType: ENTITY,
      entityId: r.id,
      summary: summaryOf(r.kind),
      after: { id: r.id, mobilityId: r.mobility_id, kind: r.kind, status: 'pending' },
      parent: { type: 'mobility', id: r.mobility_id },
    }));
    await recordAudits(trx, entries);
  });
}

const reveal = (ctx: Ctx, r: repo.ItemRow, action: 'reveal' | 'download') => ({
  userId: ctx.actor.id,
  personId: r.person_id,
  action,
  detail: `${ENTITY}:${r.id} mobility:${r.mobility_id}`,
  ip: ctx.ip,
  at: ctx.now,
});

/** Every health item shown to someone other than the student themselves is logged as a reveal. */
async function logReveals(ctx: Ctx, shown: { row: repo.ItemRow; self: boolean }[]) {
  const rows = shown.filter((s) => s.row.kind === HEALTH && !s.self).map((s) => reveal(ctx, s.row, 'reveal'));
  await repo.logHealthAccess(ctx.db, rows);
}

/** The checklist of one mobility as this user may see it (created on first read for an inbound student). */
export async function getChecklist(ctx: Ctx, mobilityId: number): Promise<MobilityChecklist> {
  const tree = ctx.units;
  authorizeAny(checklistPolicy, ctx.actor, 'read', tree);
  const m = await repo.findMobility(ctx.db, mobilityId);
  if (!m) throw AppError.notFound();
  const self = m.user_id !== null && m.user_id === ctx.actor.id;
  const letter = letterAvailable(m) && mayDownloadLetter(ctx.actor, m, tree);
  if (!hasChecklist(m)) {
    if (!self && unitScope(checklistPolicy, ctx.actor, 'read', tree) !== 'all') throw AppError.forbidden();
    return { mobilityId, direction: m.direction as 'inbound', applicable: false, items: [], acceptanceLetter: letter };
  }
  await ensureDefaults(ctx.db, ctx.now, mobilityId);
  const rows = await repo.findItems(ctx.db, mobilityId);
  const shown: { row: repo.ItemRow; self: boolean }[] = [];
  const items: MobilityChecklist['items'] = [];
  let readable = false;
  for (const row of rows) {
    const access = accessTo(ctx.actor, row, tree);
    if (access.read) {
      items.push(present(row, access));
      shown.push({ row, self: access.self });
      readable = true;
    } else if (row.kind === HEALTH && access.checklist) {
      // Someone who reads the checklist but not this health item learns only that it exists.
      items.push({ kind: HEALTH, restricted: true });
    }
  }
  if (!readable && !letter) throw AppError.forbidden();
  await logReveals(ctx, shown);
  return { mobilityId, direction: 'inbound', applicable: true, items, acceptanceLetter: letter };
}

/** One item the actor may read (health check: only the owning office and the student), or 404. */
async function readable(ctx: Ctx, db: Db, id: number) {
  const row = await repo.findItem(db, id);
  if (!row) throw AppError.notFound();
  const access = accessTo(ctx.actor, row, ctx.units);
  // A health item outside the actor's reach does not exist for them.
  if (!access.read) throw row.kind === HEALTH ? AppError.notFound() : AppError.forbidden();
  return { row, access };
}

async function presentById(ctx: Ctx, db: Db, id: number): Promise<ChecklistItem | undefined> {
  const row = await repo.findItem(db, id);
  return row && present(row, accessTo(ctx.actor, row, ctx.units));
}

/** A versioned change of one item with its audit entry (parent: the mobility), in one transaction. */
async function change(
  ctx: Ctx,
  id: number,
  version: number,
  action: 'update' | 'upload' | 'approve' | 'reject',
  changes: repo.ItemChanges | ((trx: Db) => Promise<repo.ItemChanges>),
): Promise<ChecklistItem> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = (await presentById(ctx, trx, id)) as ChecklistItem;
    const values = typeof changes === 'function' ? await changes(trx) : changes;
    return updateAudited(trx, {
      table: 'mobility_documents',
      id,
      version,
      values: { ...values, updated_at: ctx.now },
      current: () => presentById(ctx, trx, id),
      after: async () => (await presentById(ctx, trx, id)) as ChecklistItem,
      audit: (after) => ({
        ...changeEntry(
          ctx,
          action === 'upload' ? 'upload' : 'update',
          ENTITY,
          id,
          summaryOf(after.kind, action),
          auditView(before),
          auditView(after),
        ),
        parent: { type: 'mobility', id: after.mobilityId },
      }),
    });
  });
}

/** The owning office corrects the expiry date and notes. */
export async function updateItem(ctx: Ctx, id: number, body: ChecklistItemUpdate) {
  const { access } = await readable(ctx, ctx.db, id);
  if (!access.review) throw AppError.forbidden();
  return change(ctx, id, body.version, 'update', { expires_on: body.expiresOn, notes: body.notes });
}

/** Approve, or reject with a reason — the owning office only. */
export async function reviewItem(ctx: Ctx, id: number, body: ChecklistReview) {
  const { access } = await readable(ctx, ctx.db, id);
  if (!access.review) throw AppError.forbidden();
  const approve = body.decision === 'approve';
  return change(ctx, id, body.version, approve ? 'approve' : 'reject', {
    status: approve ? 'approved' : 'rejected',
    rejection_reason: approve ? null : body.reason,
    reviewed_by: ctx.actor.id,
    reviewed_at: ctx.now,
  });
}

export type ItemUpload = { version: number; expiresOn: string | null; fileName: string; data: Buffer };

/**
 * The student (their own) or the owning office uploads the document (PDF/JPG/PNG by content): it
 * replaces the previous file and goes (back) to review. `read` takes the body once the upload is allowed.
 */
export async function uploadItem(ctx: Ctx, id: number, read: () => Promise<ItemUpload>) {
  const { access } = await readable(ctx, ctx.db, id);
  if (!access.upload) throw AppError.forbidden();
  const file = await read();
  return change(ctx, id, file.version, 'upload', async (trx) => {
    const stored = await storeUpload(trx, file.data, ['pdf', 'jpg', 'png'], ctx.now);
    return {
      file_id: stored.fileId,
      file_name: file.fileName,
      uploaded_by: ctx.actor.id,
      uploaded_at: ctx.now,
      status: 'under_review',
      rejection_reason: null,
      reviewed_by: null,
      reviewed_at: null,
      ...(file.expiresOn ? { expires_on: file.expiresOn } : {}),
    };
  });
}

/** The file of an item; a health document's download is logged (also the student's own). */
export async function downloadItem(ctx: Ctx, id: number) {
  const { row } = await readable(ctx, ctx.db, id);
  if (!row.file_id || !row.file_name) throw AppError.notFound();
  const content = await readContent(ctx.db, row.file_id);
  if (!content) throw AppError.notFound();
  if (row.kind === HEALTH) await repo.logHealthAccess(ctx.db, [reveal(ctx, row, 'download')]);
  return { fileName: row.file_name, contentType: content.contentType, data: content.data };
}

/** The office's queue: items owned by the user's office(s), health checks only for their own office. */
export async function listQueue(ctx: Ctx, query: ChecklistListQuery): Promise<ChecklistPage> {
  const tree = ctx.units;
  authorizeAny(checklistPolicy, ctx.actor, 'review', tree);
  // Both actions are unit-scoped for every role that has them (never 'all').
  const scope = (action: 'review' | 'readHealth') => {
    const units = unitScope(checklistPolicy, ctx.actor, action, tree);
    return units === 'all' ? [] : units;
  };
  await ensureDefaults(ctx.db, ctx.now);
  const today = businessDate(new Date(ctx.now));
  const filter: repo.QueueFilter = {
    units: scope('review'),
    healthUnits: scope('readHealth'),
    status: query.status,
    kind: query.kind,
    expiringBetween: query.expiringWithinDays ? [today, addDays(today, query.expiringWithinDays)] : undefined,
  };
  const [page, counts] = await Promise.all([
    keysetListPage(
      query,
      repo.queueSortKeys(query.order),
      (window) => repo.findQueue(ctx.db, filter, query.order, window),
      (cap) => repo.countQueue(ctx.db, filter, cap),
      async (rows) => {
        const shown = rows.map((row) => ({ row, access: accessTo(ctx.actor, row, tree) }));
        await logReveals(
          ctx,
          shown.map((s) => ({ row: s.row, self: s.access.self })),
        );
        return shown.map(({ row, access }) => ({
          ...present(row, access),
          person: {
            id: row.person_id,
            nameZh: row.person_name_zh,
            nameEn: row.person_name_en,
            nationality: row.nationality,
          },
          mobility: { kind: row.mobility_kind, status: row.mobility_status, startDate: row.start_date },
        }));
      },
    ),
    repo.countByStatus(ctx.db, filter),
  ]);
  return { ...page, counts };
}
