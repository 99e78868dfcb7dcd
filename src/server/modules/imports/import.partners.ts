import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { AGREEMENTS_DIVISION, agreementPolicy } from '#server/policies/agreements.policy.js';
import { allows } from '#server/policies/policy.js';
import { checkRows } from './import.check.js';
import type { ImportKindDef } from './import.kinds.js';
import { planImport } from './import.plan.js';
import type { SheetData } from './import.reader.js';
import * as repo from './import.repository.js';
import { templateWorkbook } from './import.template.js';
import { applyPlan } from './import.write.js';

/** Partners and agreements (docs/decisions/0009-bulk-import.md). */
const INSTRUCTIONS = [
  'rows',
  'required',
  'check',
  'country',
  'choices',
  'unit',
  'partners',
  'dates',
  'yesNo',
  'status',
  'matching',
  'blanks',
] as const;

export const partnersAgreementsImport: ImportKindDef = {
  kind: 'partners_agreements',
  sheets: ['partners', 'agreements'],
  noSheetsKey: 'importNoSheets',
  templateName: 'imports.template.fileName',
  allows: async (ctx) => allows(agreementPolicy, ctx.actor, 'import', ctx.units),
  template: async (ctx) =>
    templateWorkbook(ctx.locale, {
      sheets: ['partners', 'agreements'],
      title: 'imports.title',
      instructions: INSTRUCTIONS.map((k) => `imports.template.instructions.${k}`),
      units: await repo.loadUnits(ctx.db),
    }),
  async check(ctx: Ctx, sheets: SheetData[]) {
    const units = new Map((await repo.loadUnits(ctx.db)).map((u) => [u.code.toUpperCase(), u.id]));
    const checked = checkRows(sheets, units);
    const defaultUnitId = units.get(AGREEMENTS_DIVISION) ?? null;
    // Matched against the registry as `db` sees it, read once (no query per row).
    return async (db: Db) => {
      const registry = {
        partners: await repo.loadPartners(db),
        agreements: await repo.loadAgreements(db),
        links: await repo.loadAgreementPartners(db),
      };
      const plan = planImport(checked, registry, sheets, defaultUnitId);
      return { ...plan, write: (trx, c, batchId) => applyPlan(trx, c, batchId, plan) };
    };
  },
};
