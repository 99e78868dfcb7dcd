import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { type AuditInput, changeEntry, recordAudits } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import type { UnitRecord } from '#server/modules/units/unit.repository.js';
import { insertUnit } from '#server/modules/units/unit.repository.js';
import { type PlacedUnit, parseProgramTypes, placementProblem } from '#server/modules/units/unit.rules.js';
import { toUnit, unitColumns } from '#server/modules/units/unit.service.js';
import { type Issue, issueAt, messagesOf } from './import.check.js';
import type { PlannedRow } from './import.kinds.js';
import { keepUngiven, same } from './import.merge.js';
import { auditSnapshot } from './import.progress.js';
import type { SheetData } from './import.reader.js';
import type { UnitFields, UnitRow } from './unit-import.js';

/**
 * Matches Units rows on their code: a new code creates the unit, a known one updates it if a column
 * changes (a blank cell keeps the unit's value). A parent is a unit already there or a row above;
 * the placement rules are the form's, checked on the tree as it will be after the rows above.
 */
type Columns = ReturnType<typeof unitColumns>;
export type UnitOp = {
  row: UnitRow;
  action: 'create' | 'update' | 'unchanged';
  /** The unit's id: the existing one, or the new one once written. */
  id: number | null;
  /** The unit in the planned tree: its id, or a negative stand-in for a new unit. */
  key: number;
  values: Columns;
  before: Columns | null;
};
export type UnitPlan = { rows: PlannedRow[]; issues: Issue[]; ops: UnitOp[] };

export function planUnits(data: SheetData | undefined, checked: UnitRow[], records: UnitRecord[]): UnitPlan {
  const plan: UnitPlan = { rows: [], issues: [], ops: [] };
  const byCode = new Map<string, number>(records.map((r) => [r.code.toUpperCase(), r.id]));
  const recordOf = new Map(records.map((r) => [r.id, r]));
  const tree = new Map<number, PlacedUnit>(
    records.map((r) => [r.id, { id: r.id, parentId: r.parent_id, active: r.active === 1 }]),
  );
  const seen = new Map<string, number>();
  let nextNew = -1;
  for (const row of checked) {
    const issues = [...row.issues];
    let op: UnitOp | undefined;
    const at = (field: string | null, key: string, params: Record<string, unknown> = {}) =>
      data &&
      issues.push(
        issueAt(
          data,
          row.row,
          field,
          messagesOf(key, () => params),
        ),
      );
    if (row.input && row.code && !issues.length) {
      const first = seen.get(row.code);
      if (first !== undefined) at(null, 'imports.rowErrors.duplicateRow', { row: first });
      else {
        const existing = recordOf.get(byCode.get(row.code) ?? 0);
        const fields = existing ? keepUngiven(row.input, inputOf(existing), row.given) : row.input;
        const parentCode =
          row.parentCode ?? (existing && !row.given.has('parentCode') ? codeOf(existing.parent_id) : null);
        const parentId = parentCode ? (byCode.get(parentCode) ?? null) : null;
        const key = existing?.id ?? nextNew--;
        if (parentCode && parentId === null) at('parentCode', 'imports.rowErrors.unknownParent', { value: parentCode });
        else {
          const problem = placementProblem(fields.kind, parentId, key, (u) => tree.get(u));
          if (problem) at('parentCode', `validation.${problem}`);
          else {
            const values = unitColumns({ ...fields, parentId });
            const before = existing ? pick(existing) : null;
            const action = !before ? 'create' : same(values, before) ? 'unchanged' : 'update';
            op = { row, action, id: existing?.id ?? null, key, values, before };
            tree.set(key, { id: key, parentId, active: existing ? existing.active === 1 : true });
            byCode.set(row.code, key);
          }
        }
      }
      seen.set(row.code, row.row);
    }
    plan.issues.push(...issues);
    plan.rows.push({ sheet: 'units', row: row.row, action: op?.action ?? 'error', label: row.label, op });
    if (op) plan.ops.push(op);
  }
  return plan;

  function codeOf(id: number | null): string | null {
    return id === null ? null : (recordOf.get(id)?.code ?? null);
  }
}

function inputOf(r: UnitRecord): UnitFields {
  const { id: _id, parentId: _parent, active: _active, ...fields } = toUnit(r);
  return fields;
}

const pick = (r: UnitRecord): Columns => ({
  code: r.code,
  name_zh: r.name_zh,
  name_en: r.name_en,
  kind: r.kind as Columns['kind'],
  parent_id: r.parent_id,
  moe_code: r.moe_code,
  program_types: JSON.stringify(parseProgramTypes(r.program_types)),
});

/** Writes the rows in file order (a parent row comes before its children), one audit entry each. */
export async function writeUnits(trx: Db, ctx: Ctx, _batchId: number, ops: UnitOp[]): Promise<void> {
  const realId = new Map<number, number>();
  const audits: AuditInput[] = [];
  for (const op of ops) {
    if (op.action === 'unchanged') continue;
    const parent = op.values.parent_id;
    const values = { ...op.values, parent_id: parent !== null && parent < 0 ? (realId.get(parent) ?? null) : parent };
    if (op.action === 'create') {
      op.id = await insertUnit(trx, { ...values, created_at: ctx.now, updated_at: ctx.now });
      realId.set(op.key, op.id);
    } else if (op.id !== null) {
      await trx
        .updateTable('units')
        .set({ ...values, version: sql`version + 1`, updated_at: ctx.now })
        .where('id', '=', op.id)
        .execute();
    }
    if (op.id === null) continue;
    audits.push(
      changeEntry(
        ctx,
        op.action,
        'unit',
        op.id,
        recordName(values.name_zh, values.name_en),
        auditSnapshot(op.before),
        auditSnapshot(values),
      ),
    );
  }
  await recordAudits(trx, audits);
}
