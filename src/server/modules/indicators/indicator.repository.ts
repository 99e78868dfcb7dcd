import { type Insertable, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { IndicatorsTable, IndicatorTargetsTable, IndicatorVersionsTable } from '#server/db/schema.js';
import type { IndicatorMethodSpec } from '#server/modules/counting/index.js';
import { daysInMonth } from '#shared/calendar.js';
import type { ActivityKind, ComputedRule, IndicatorMethod, SproutChapter } from '#shared/reporting.js';

/** Indicator definitions (with their current version), versions, targets, and the units that report. */
const withVersion = (db: Db) =>
  db
    .selectFrom('indicators as i')
    .innerJoin('indicator_versions as v', 'v.id', 'i.current_version_id')
    .select([
      'i.id',
      'i.code',
      'i.sort_order',
      'i.version',
      'i.archived_at',
      'i.created_at',
      'i.updated_at',
      'v.id as version_id',
      'v.version_no',
      'v.name_zh',
      'v.name_en',
      'v.definition_zh',
      'v.definition_en',
      'v.unit',
      'v.strategy',
      'v.chapter',
      'v.method',
      'v.rule',
      'v.activity_kind',
      'v.source_zh',
      'v.source_en',
    ]);
export type IndicatorRow = Awaited<ReturnType<ReturnType<typeof withVersion>['executeTakeFirstOrThrow']>>;
export type VersionRow = {
  method: string;
  rule: string | null;
  activity_kind: string | null;
};

/** Indicators with their current definition, in the administrators' order. */
export async function findIndicators(
  db: Db,
  f: { archived?: boolean; strategy?: number; chapter?: SproutChapter; method?: IndicatorMethod } = {},
): Promise<IndicatorRow[]> {
  let q = withVersion(db).where('i.archived_at', f.archived ? 'is not' : 'is', null);
  if (f.strategy) q = q.where('v.strategy', '=', f.strategy);
  if (f.chapter) q = q.where('v.chapter', '=', f.chapter);
  if (f.method) q = q.where('v.method', '=', f.method);
  return q.orderBy('i.sort_order').orderBy('i.code').execute();
}

export async function findIndicator(db: Db, id: number): Promise<IndicatorRow | undefined> {
  return withVersion(db).where('i.id', '=', id).executeTakeFirst();
}

export async function findVersions(db: Db, indicatorId: number) {
  return db
    .selectFrom('indicator_versions')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .orderBy('version_no', 'desc')
    .execute();
}

export async function codeTaken(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('indicators').select('id').where('code', '=', code).executeTakeFirst());
}

/** How the counting module makes this definition's figure. */
export function specOf(v: VersionRow): IndicatorMethodSpec {
  return v.method === 'computed'
    ? { method: 'computed', rule: v.rule as ComputedRule }
    : { method: 'manual', activityKind: v.activity_kind as ActivityKind };
}

/** The university's root unit (whole-university targets) and the colleges, the root first. */
export async function reportingUnits(db: Db) {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'code', 'name_zh', 'name_en', 'kind', 'parent_id'])
    .where((eb) => eb.or([eb('parent_id', 'is', null), eb('kind', '=', 'college')]))
    .orderBy('id')
    .execute();
  const root = rows.find((u) => u.parent_id === null);
  return { root, colleges: rows.filter((u) => u.kind === 'college') };
}

export async function findTargets(db: Db, f: { indicatorIds?: number[]; year: number; quarter?: number }) {
  let q = db.selectFrom('indicator_targets').selectAll().where('year', '=', f.year);
  if (f.indicatorIds) {
    if (!f.indicatorIds.length) return [];
    q = q.where('indicator_id', 'in', f.indicatorIds);
  }
  if (f.quarter !== undefined) q = q.where('quarter', '=', f.quarter);
  return q.orderBy('unit_id').orderBy('quarter').execute();
}

/** The first and last day of a calendar year, or of one of its quarters (1–4). */
export function quarterRange(year: number, quarter?: number | null): { from: string; to: string } {
  if (!quarter) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = daysInMonth(year, lastMonth);
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(firstMonth)}-01`, to: `${year}-${mm(lastMonth)}-${lastDay}` };
}

/** How one version of an indicator is counted (for figures kept in an approved snapshot). */
export const findVersionDefinition = (db: Db, versionId: number) =>
  db
    .selectFrom('indicator_versions')
    .select(['method', 'rule', 'activity_kind'])
    .where('id', '=', versionId)
    .executeTakeFirst();

export async function insertIndicator(db: Db, row: Insertable<IndicatorsTable>): Promise<number> {
  const { id } = await db.insertInto('indicators').values(row).returning('id').executeTakeFirstOrThrow();
  return id as number;
}

export async function insertVersion(db: Db, row: Insertable<IndicatorVersionsTable>): Promise<number> {
  const { id } = await db.insertInto('indicator_versions').values(row).returning('id').executeTakeFirstOrThrow();
  return id as number;
}

export async function setCurrentVersion(db: Db, indicatorId: number, versionId: number) {
  await db.updateTable('indicators').set({ current_version_id: versionId }).where('id', '=', indicatorId).execute();
}

/** One target cell as the client read it: a stale version matches nothing. */
export type TargetCellRead = { indicator_id: number; unit_id: number; year: number; quarter: number; version: number };

export async function insertTarget(db: Db, row: Insertable<IndicatorTargetsTable>) {
  await db.insertInto('indicator_targets').values(row).execute();
}

/** Clears the cell if it still has the version read; false when it did not. */
export async function deleteTarget(db: Db, read: TargetCellRead): Promise<boolean> {
  const gone = await db
    .deleteFrom('indicator_targets')
    .where((eb) => eb.and(read))
    .executeTakeFirst();
  return Number(gone.numDeletedRows) === 1;
}

/** Changes the cell's target (and bumps its version) if it still has the version read; false when it did not. */
export async function updateTarget(
  db: Db,
  read: TargetCellRead,
  change: { target: number; updatedBy: number; now: string },
): Promise<boolean> {
  const done = await db
    .updateTable('indicator_targets')
    .set({ target: change.target, version: sql`version + 1`, updated_by: change.updatedBy, updated_at: change.now })
    .where((eb) => eb.and(read))
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}
