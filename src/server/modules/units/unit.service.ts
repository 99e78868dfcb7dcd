import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { authorizeAny } from '#server/policies/policy.js';
import { unitPolicy } from '#server/policies/units.policy.js';
import type { Unit, UnitCreate, UnitDetail, UnitUpdate } from '#shared/schemas/units.js';
import * as repo from './unit.repository.js';
import { type PlacedUnit, parseProgramTypes, placementProblem } from './unit.rules.js';
import { invalidateUnitTrees } from './unit-tree.loader.js';

const ENTITY = 'unit';

export function toUnit(r: repo.UnitRecord): Unit {
  return {
    id: r.id,
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    kind: r.kind as Unit['kind'],
    parentId: r.parent_id,
    moeCode: r.moe_code,
    programTypes: parseProgramTypes(r.program_types) as Unit['programTypes'],
    active: r.active === 1,
  };
}

/** The unit columns for validated input — shared by the form and the bulk import. */
export function unitColumns(input: UnitCreate) {
  return {
    code: input.code,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    kind: input.kind,
    parent_id: input.parentId,
    moe_code: input.moeCode,
    program_types: JSON.stringify(input.programTypes),
  };
}

/** Reference data for every signed-in user: all units, inactive ones too (records still name them). */
export async function listUnits(ctx: Ctx): Promise<{ items: Unit[] }> {
  return { items: (await repo.findUnits(ctx.db)).map(toUnit) };
}

async function present(db: Db, id: number): Promise<UnitDetail | undefined> {
  const row = await repo.findUnitById(db, id);
  if (!row) return undefined;
  return {
    ...toUnit(row),
    version: row.version,
    references: await repo.countReferences(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getUnit(ctx: Ctx, id: number, db: Db = ctx.db): Promise<UnitDetail> {
  authorizeAny(unitPolicy, ctx.actor, 'read', ctx.units);
  const unit = await present(db, id);
  if (!unit) throw AppError.notFound();
  return unit;
}

/** Units as placement checks see them, read once. */
export async function placedUnits(db: Db): Promise<Map<number, PlacedUnit>> {
  const rows = await repo.findUnits(db);
  return new Map(rows.map((r) => [r.id, { id: r.id, parentId: r.parent_id, active: r.active === 1 }]));
}

async function checkInput(ctx: Ctx, input: UnitCreate, selfId: number | null) {
  const units = await placedUnits(ctx.db);
  const problem = placementProblem(input.kind, input.parentId, selfId, (id) => units.get(id));
  if (problem) throw AppError.field('parentId', problem);
  if (await repo.codeTaken(ctx.db, input.code, selfId ?? undefined)) throw AppError.field('code', 'duplicate_code');
}

/** Runs a unit change in one transaction, then drops the cached unit trees (after the commit). */
async function changing<T>(work: () => Promise<T>): Promise<T> {
  const out = await uniqueAsFieldError('code', 'duplicate_code', work);
  invalidateUnitTrees();
  return out;
}

export async function createUnit(ctx: Ctx, input: UnitCreate): Promise<UnitDetail> {
  authorizeAny(unitPolicy, ctx.actor, 'create', ctx.units);
  await checkInput(ctx, input, null);
  return changing(() =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertUnit(trx, { ...unitColumns(input), created_at: ctx.now, updated_at: ctx.now });
      const after = await getUnit(ctx, id, trx);
      await recordAudit(
        trx,
        changeEntry(ctx, 'create', ENTITY, id, recordName(input.nameZh, input.nameEn), null, after),
      );
      return after;
    }),
  );
}

export async function updateUnit(ctx: Ctx, id: number, input: UnitUpdate): Promise<UnitDetail> {
  const before = await getUnit(ctx, id);
  authorizeAny(unitPolicy, ctx.actor, 'update', ctx.units);
  await checkInput(ctx, input, id);
  return changing(() =>
    ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: 'units',
        id,
        version: input.version,
        values: { ...unitColumns(input), updated_at: ctx.now },
        current: () => present(trx, id),
        after: () => getUnit(ctx, id, trx),
        audit: (after) => changeEntry(ctx, 'update', ENTITY, id, recordName(input.nameZh, input.nameEn), before, after),
      }),
    ),
  );
}

/**
 * Deactivate or reactivate. The university stays active; a unit with active sub-units waits for them;
 * a unit comes back only under an active parent. Records keep pointing to an inactive unit.
 */
export async function setActive(ctx: Ctx, id: number, version: number, active: boolean): Promise<UnitDetail> {
  const before = await getUnit(ctx, id);
  authorizeAny(unitPolicy, ctx.actor, 'deactivate', ctx.units);
  const units = await placedUnits(ctx.db);
  if (!active && before.parentId === null) throw inactivity('unit_root_active');
  if (!active && [...units.values()].some((u) => u.parentId === id && u.active)) {
    throw inactivity('unit_active_children');
  }
  if (active && before.parentId !== null && !units.get(before.parentId)?.active) throw inactivity('unit_inactive');
  return changing(() =>
    ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: 'units',
        id,
        version,
        values: { active: active ? 1 : 0, updated_at: ctx.now },
        current: () => present(trx, id),
        after: () => getUnit(ctx, id, trx),
        audit: (after) =>
          changeEntry(
            ctx,
            active ? 'restore' : 'archive',
            ENTITY,
            id,
            recordName(before.nameZh, before.nameEn),
            before,
            after,
          ),
      }),
    ),
  );
}

const inactivity = (key: string) => new AppError('INVALID_TRANSITION', { fields: [{ path: 'active', key }] });

/** Deletes a unit nothing points to (one made by mistake); a unit in use answers 409: deactivate it. */
export async function deleteUnit(ctx: Ctx, id: number, version: number): Promise<void> {
  const before = await getUnit(ctx, id);
  authorizeAny(unitPolicy, ctx.actor, 'delete', ctx.units);
  await changing(() =>
    ctx.db.transaction().execute(async (trx) => {
      const references = await repo.countReferences(trx, id);
      if (references > 0) {
        throw new AppError('INVALID_TRANSITION', {
          fields: [{ path: 'id', key: 'unit_in_use', params: { count: references } }],
        });
      }
      if (!(await repo.deleteUnit(trx, id, version))) throw new AppError('VERSION_CONFLICT', { current: before });
      await recordAudit(
        trx,
        changeEntry(ctx, 'delete', ENTITY, id, recordName(before.nameZh, before.nameEn), before, null),
      );
    }),
  );
}
