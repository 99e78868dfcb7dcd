import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { isUniqueViolation } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import type { Factsheet, FactsheetUpdate } from '#shared/schemas/agreements.js';
import * as repo from './factsheet.repository.js';

const ENTITY = 'factsheet';

/** The partner's factsheet; one nobody has written yet reads as empty, version 0. */
async function present(ctx: Ctx, db: Db, partnerId: number): Promise<Factsheet> {
  const row = await repo.findFactsheet(db, partnerId);
  const text = (key: keyof repo.FactsheetRow) => (row ? (row[key] as string | null) : null);
  return {
    partnerId,
    version: row?.version ?? 0,
    deadlines: row ? JSON.parse(row.deadlines_json) : [],
    instructionLanguages: text('instruction_languages'),
    requirementsZh: text('requirements_zh'),
    requirementsEn: text('requirements_en'),
    housingZh: text('housing_zh'),
    housingEn: text('housing_en'),
    visaZh: text('visa_zh'),
    visaEn: text('visa_en'),
    insuranceZh: text('insurance_zh'),
    insuranceEn: text('insurance_en'),
    notesZh: text('notes_zh'),
    notesEn: text('notes_en'),
    links: row ? JSON.parse(row.links_json) : [],
    updatedAt: row?.updated_at ?? null,
    permissions: { update: allows(agreementPolicy, ctx.actor, 'updateFactsheet', ctx.units) },
  };
}

export async function getFactsheet(ctx: Ctx, partnerId: number, db: Db = ctx.db): Promise<Factsheet> {
  authorizeAny(agreementPolicy, ctx.actor, 'readFactsheet', ctx.units);
  if (!(await repo.partnerExists(db, partnerId))) throw AppError.notFound();
  return present(ctx, db, partnerId);
}

function columns(input: FactsheetUpdate, now: string): repo.FactsheetColumns {
  return {
    deadlines_json: JSON.stringify(input.deadlines),
    instruction_languages: input.instructionLanguages,
    requirements_zh: input.requirementsZh,
    requirements_en: input.requirementsEn,
    housing_zh: input.housingZh,
    housing_en: input.housingEn,
    visa_zh: input.visaZh,
    visa_en: input.visaEn,
    insurance_zh: input.insuranceZh,
    insurance_en: input.insuranceEn,
    notes_zh: input.notesZh,
    notes_en: input.notesEn,
    links_json: JSON.stringify(input.links),
    updated_at: now,
  };
}

/** Version 0 creates the factsheet; afterwards the version read must still be current (else 409). */
export async function saveFactsheet(ctx: Ctx, partnerId: number, input: FactsheetUpdate): Promise<Factsheet> {
  authorizeAny(agreementPolicy, ctx.actor, 'updateFactsheet', ctx.units);
  const before = await getFactsheet(ctx, partnerId);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const values = columns(input, ctx.now);
      const saved =
        input.version === 0
          ? await repo.insertFactsheet(trx, partnerId, values)
          : await repo.updateFactsheet(trx, partnerId, input.version, values);
      if (!saved) throw new AppError('VERSION_CONFLICT', { current: await present(ctx, trx, partnerId) });
      const after = await present(ctx, trx, partnerId);
      const action = input.version === 0 ? 'create' : 'update';
      const old = input.version === 0 ? null : before;
      await recordAudit(
        trx,
        changeEntry(
          ctx,
          action,
          ENTITY,
          partnerId,
          auditSummary('auditSummaries.factsheet', { partner: partnerId }),
          old,
          after,
        ),
      );
      return after;
    });
  } catch (err) {
    // Two first saves racing (or a stale version 0): the primary key decides, the loser sees the winner's sheet.
    if (isUniqueViolation(err)) throw new AppError('VERSION_CONFLICT', { current: await getFactsheet(ctx, partnerId) });
    throw err;
  }
}
