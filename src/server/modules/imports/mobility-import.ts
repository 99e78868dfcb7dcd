import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { mobilityPolicy } from '#server/policies/mobility.policy.js';
import { allows } from '#server/policies/policy.js';
import type { ImportKindDef } from './import.kinds.js';
import { type SheetData, textOf } from './import.reader.js';
import { partnerIndex } from './import.refs.js';
import { loadPartners } from './import.repository.js';
import { templateWorkbook } from './import.template.js';
import { checkMobilityRow } from './mobility-import.check.js';
import { planMobilities } from './mobility-import.plan.js';
import { loadStudents } from './mobility-import.repository.js';
import { writeMobilities } from './mobility-import.write.js';

/**
 * Outbound student mobility without a call (short-term study, iPBL, camps, internships abroad,
 * competitions, dual degree) from xlsx: one Mobilities sheet, one record per row, written through the
 * mobility module's own column rules and writer. OIA staff and administrators (mobility 'import').
 */
const INSTRUCTIONS = [
  'rows',
  'required',
  'check',
  'student',
  'kind',
  'host',
  'country',
  'dates',
  'credits',
  'status',
  'matching',
  'blanks',
] as const;

export const mobilitiesImport: ImportKindDef = {
  kind: 'mobilities',
  sheets: ['mobilities'],
  noSheetsKey: 'importNoMobilitySheet',
  templateName: 'imports.template.mobilityFileName',
  allows: async (ctx) => allows(mobilityPolicy, ctx.actor, 'import', ctx.units),
  template: (ctx) =>
    templateWorkbook(ctx.locale, {
      sheets: ['mobilities'],
      title: 'imports.mobilityTitle',
      instructions: INSTRUCTIONS.map((k) => `imports.template.mobilityInstructions.${k}`),
      units: [],
    }),
  async check(ctx: Ctx, sheets: SheetData[]) {
    const data = sheets.find((s) => s.sheet === 'mobilities') ?? {
      sheet: 'mobilities',
      columns: new Map(),
      missing: [],
      rows: [],
    };
    const numbers = new Set(data.rows.flatMap((r) => textOf(r.cells.get('studentNo') ?? null) ?? []));
    const students = new Map((await loadStudents(ctx.db, [...numbers])).map((s) => [s.student_no as string, s]));
    const partners = partnerIndex(await loadPartners(ctx.db), []);
    const checked = data.rows.map((raw) => checkMobilityRow(data, raw, students, partners));
    const today = universityToday(ctx.now);
    return async (db: Db) => {
      const plan = await planMobilities(db, data, checked, today);
      return { ...plan, write: (trx, c, batchId) => writeMobilities(trx, c, batchId, plan.ops) };
    };
  },
};
