import type { Selectable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { IndicatorVersionsTable } from '#server/db/schema.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import type { IndicatorMethod, SproutChapter } from '#shared/reporting.js';
import type {
  Indicator,
  IndicatorCreate,
  IndicatorSummary,
  IndicatorUpdate,
  IndicatorVersion,
} from '#shared/schemas/indicators.js';
import * as repo from './indicator.repository.js';

export const INDICATOR_ENTITY = 'indicator';

type VersionFields = Omit<IndicatorCreate, 'code' | 'sortOrder'>;

/** The columns of an indicator version (the row of indicator_versions, without who made it). */
type VersionRow = Omit<Selectable<IndicatorVersionsTable>, 'indicator_id' | 'created_by'>;

export const versionOut = (v: VersionRow): IndicatorVersion => ({
  id: v.id,
  versionNo: v.version_no,
  nameZh: v.name_zh,
  nameEn: v.name_en,
  definitionZh: v.definition_zh,
  definitionEn: v.definition_en,
  unit: v.unit,
  strategy: v.strategy,
  chapter: v.chapter,
  method: v.method,
  rule: v.rule,
  activityKind: v.activity_kind,
  sourceZh: v.source_zh,
  sourceEn: v.source_en,
  createdAt: v.created_at,
});

export function summaryOut(i: repo.IndicatorRow): IndicatorSummary {
  const { id: _v, createdAt: _c, ...definition } = versionOut({ ...i, id: i.version_id });
  return {
    ...definition,
    id: i.id,
    code: i.code,
    versionId: i.version_id,
    sortOrder: i.sort_order,
    archivedAt: i.archived_at,
  };
}

async function present(ctx: Ctx, db: Db, id: number): Promise<Indicator | undefined> {
  const row = await repo.findIndicator(db, id);
  if (!row) return undefined;
  const tree = ctx.units;
  return {
    ...summaryOut(row),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    versions: (await repo.findVersions(db, id)).map(versionOut),
    permissions: {
      manage: allows(reportingPolicy, ctx.actor, 'manageIndicators', tree),
      setTargets: allows(reportingPolicy, ctx.actor, 'setTargets', tree),
    },
  };
}

/** What the audit log keeps: the definition, not the version list or the user's permissions. */
const snapshot = ({ versions: _v, permissions: _p, ...rest }: Indicator) => rest;

export async function listIndicators(
  ctx: Ctx,
  q: { strategy?: number; chapter?: SproutChapter; method?: IndicatorMethod; archived?: 'true' | 'false' },
) {
  authorizeAny(reportingPolicy, ctx.actor, 'readIndicators', ctx.units);
  const rows = await repo.findIndicators(ctx.db, { ...q, archived: q.archived === 'true' });
  return { items: rows.map(summaryOut) };
}

export async function getIndicator(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Indicator> {
  authorizeAny(reportingPolicy, ctx.actor, 'readIndicators', ctx.units);
  const found = await present(ctx, db, id);
  if (!found) throw AppError.notFound();
  return found;
}

/** Adds the next version of a definition and makes it current (inside the caller's transaction). */
async function addVersion(trx: Db, ctx: Ctx, indicatorId: number, versionNo: number, f: VersionFields) {
  return repo.insertVersion(trx, {
    indicator_id: indicatorId,
    version_no: versionNo,
    name_zh: f.nameZh,
    name_en: f.nameEn,
    definition_zh: f.definitionZh,
    definition_en: f.definitionEn,
    unit: f.unit,
    strategy: f.strategy,
    chapter: f.chapter,
    method: f.method,
    // A definition counts one way: the other method's field is not kept.
    rule: f.method === 'computed' ? f.rule : null,
    activity_kind: f.method === 'manual' ? f.activityKind : null,
    source_zh: f.sourceZh,
    source_en: f.sourceEn,
    created_by: ctx.actor.id,
    created_at: ctx.now,
  });
}

export async function createIndicator(ctx: Ctx, input: IndicatorCreate): Promise<Indicator> {
  authorizeAny(reportingPolicy, ctx.actor, 'manageIndicators', ctx.units);
  if (await repo.codeTaken(ctx.db, input.code)) throw AppError.field('code', 'duplicate_code');
  const { code, sortOrder, ...fields } = input;
  return uniqueAsFieldError('code', 'duplicate_code', () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertIndicator(trx, {
        code,
        sort_order: sortOrder,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      const versionId = await addVersion(trx, ctx, id, 1, fields);
      await repo.setCurrentVersion(trx, id, versionId);
      const after = await getIndicator(ctx, id, trx);
      await recordAudit(
        trx,
        changeEntry(ctx, 'create', INDICATOR_ENTITY, after.id, recordName(code, code), null, snapshot(after)),
      );
      return after;
    }),
  );
}

/** An edit never changes a version in place: it adds version n+1 and moves `current_version_id` to it. */
export async function updateIndicator(ctx: Ctx, id: number, input: IndicatorUpdate): Promise<Indicator> {
  authorizeAny(reportingPolicy, ctx.actor, 'manageIndicators', ctx.units);
  const before = await getIndicator(ctx, id);
  const { version, sortOrder, ...fields } = input;
  return ctx.db.transaction().execute(async (trx) => {
    return updateAudited(trx, {
      table: 'indicators',
      id,
      version,
      values: { sort_order: sortOrder, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      alsoWrite: async () => {
        const last = Math.max(...before.versions.map((v) => v.versionNo));
        const versionId = await addVersion(trx, ctx, id, last + 1, fields);
        await repo.setCurrentVersion(trx, id, versionId);
      },
      after: () => getIndicator(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          INDICATOR_ENTITY,
          id,
          recordName(before.code, before.code),
          snapshot(before),
          snapshot(after),
        ),
    });
  });
}

/** Archived indicators leave new submissions and progress figures; approved snapshots keep them. */
export async function setArchived(ctx: Ctx, id: number, version: number, archived: boolean): Promise<Indicator> {
  authorizeAny(reportingPolicy, ctx.actor, 'manageIndicators', ctx.units);
  const before = await getIndicator(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const action = archived ? 'archive' : 'restore';
    return updateAudited(trx, {
      table: 'indicators',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getIndicator(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          action,
          INDICATOR_ENTITY,
          id,
          recordName(before.code, before.code),
          snapshot(before),
          snapshot(after),
        ),
    });
  });
}
