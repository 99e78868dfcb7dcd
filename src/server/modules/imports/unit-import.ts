import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { findUnits } from '#server/modules/units/unit.repository.js';
import { invalidateUnitTrees } from '#server/modules/units/unit-tree.loader.js';
import { allows } from '#server/policies/policy.js';
import { unitPolicy } from '#server/policies/units.policy.js';
import { UnitCreate } from '#shared/schemas/units.js';
import { type CheckedRow, convertRow, REPORT, zodIssues } from './import.check.js';
import type { ImportKindDef } from './import.kinds.js';
import { type SheetData, textOf } from './import.reader.js';
import { loadUnits } from './import.repository.js';
import { templateWorkbook } from './import.template.js';
import { planUnits, writeUnits } from './unit-import.plan.js';

/**
 * The organisation from xlsx (administrators): one Units sheet, a unit per row, checked by the API's
 * own UnitCreate schema and placed by the same rules as the form (units/unit.rules.ts).
 */
export type UnitFields = Omit<UnitCreate, 'parentId'>;
export type UnitRow = CheckedRow<UnitFields> & { code: string | null; parentCode: string | null };

const INSTRUCTIONS = ['rows', 'required', 'check', 'kind', 'parent', 'codes', 'programTypes', 'matching', 'blanks'];

export const unitsImport: ImportKindDef = {
  kind: 'units',
  sheets: ['units'],
  noSheetsKey: 'importNoUnitSheet',
  templateName: 'imports.template.unitFileName',
  allows: async (ctx) => allows(unitPolicy, ctx.actor, 'import', ctx.units),
  template: async (ctx) =>
    templateWorkbook(ctx.locale, {
      sheets: ['units'],
      title: 'imports.unitTitle',
      instructions: INSTRUCTIONS.map((k) => `imports.template.unitInstructions.${k}`),
      units: await loadUnits(ctx.db),
    }),
  async check(_ctx: Ctx, sheets: SheetData[]) {
    const data = sheets.find((s) => s.sheet === 'units');
    const checked = data ? data.rows.map((raw) => checkUnitRow(data, raw)) : [];
    return async (db: Db) => {
      const plan = planUnits(data, checked, await findUnits(db));
      return { ...plan, write: (trx, c, batchId) => writeUnits(trx, c, batchId, plan.ops) };
    };
  },
  afterCommit: invalidateUnitTrees,
};

function checkUnitRow(data: SheetData, raw: SheetData['rows'][number]): UnitRow {
  const { values, given, issues } = convertRow(data, raw);
  const { parentCode, ...fields } = values;
  // The parent is resolved against the registry and the rows above when the row is matched.
  const result = UnitCreate.safeParse({ ...fields, parentId: null }, REPORT);
  issues.push(...zodIssues(data, raw.row, result));
  const text = (f: string) => textOf(raw.cells.get(f) ?? null);
  let input: UnitFields | null = null;
  if (result.success && issues.length === 0) {
    const { parentId: _resolvedLater, ...rest } = result.data;
    input = rest;
  }
  return {
    sheet: 'units',
    row: raw.row,
    label: [text('code'), text('nameZh'), text('nameEn')].filter(Boolean).join(' '),
    input,
    given,
    issues,
    code: text('code')?.toUpperCase() ?? null,
    parentCode: typeof parentCode === 'string' ? parentCode.trim().toUpperCase() || null : null,
  };
}
