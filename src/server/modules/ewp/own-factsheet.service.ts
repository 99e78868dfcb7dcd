import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { isUniqueViolation } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import type { OwnFactsheet, OwnFactsheetBody, OwnFactsheetUpdate } from '#shared/schemas/ewp-factsheet.js';
import { ownHeiId } from './ewp-copies.service.js';
import { writeFactsheetXml } from './factsheet-xml.js';
import { findProfileContacts, findRow, insertRow, ROW_ID } from './own-factsheet.repository.js';

/**
 * Our own factsheet for partners (issue 22 item 3, ADR 0033): what partners ask of us — deadlines, decision
 * weeks, requirements, housing, visa, insurance, accessibility, contacts — kept by those who keep partners'
 * factsheets (agreements policy), exported as an EWP Factsheet API response.
 */
const ENTITY = 'own_factsheet';

/** E.164 from the profile's phone as people write it ("+886-2-1234-5678" → "+886212345678"). */
const e164 = (phone: string) => (phone.trim().startsWith('+') ? `+${phone.replace(/\D/g, '')}` : '');

async function present(ctx: Ctx, db: Db): Promise<OwnFactsheet> {
  const row = await findRow(db);
  const profile = await findProfileContacts(db);
  return {
    body: row ? (JSON.parse(row.body_json) as OwnFactsheetBody) : null,
    suggested: { email: profile?.email ?? '', phone: e164(profile?.phone ?? ''), url: profile?.website ?? '' },
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
    permissions: { update: allows(agreementPolicy, ctx.actor, 'updateFactsheet', ctx.units) },
  };
}

export async function getOwnFactsheet(ctx: Ctx): Promise<OwnFactsheet> {
  authorizeAny(agreementPolicy, ctx.actor, 'readFactsheet', ctx.units);
  return present(ctx, ctx.db);
}

/** Version 0 writes the first one; afterwards the version read must still be current (else 409). */
export async function saveOwnFactsheet(ctx: Ctx, input: OwnFactsheetUpdate): Promise<OwnFactsheet> {
  authorizeAny(agreementPolicy, ctx.actor, 'updateFactsheet', ctx.units);
  const { version, ...body } = input;
  const before = await present(ctx, ctx.db);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const values = { body_json: JSON.stringify(body), updated_at: ctx.now, updated_by: ctx.actor.id };
      if (version === 0) {
        await insertRow(trx, values);
        const after = await present(ctx, trx);
        await recordAudit(
          trx,
          changeEntry(ctx, 'create', ENTITY, ROW_ID, auditSummary('auditSummaries.ownFactsheet'), null, after.body),
        );
        return after;
      }
      return updateAudited(trx, {
        table: 'own_factsheet',
        id: ROW_ID,
        version,
        values,
        current: async () => ((await findRow(trx)) ? present(ctx, trx) : undefined),
        after: () => present(ctx, trx),
        audit: (after) =>
          changeEntry(
            ctx,
            'update',
            ENTITY,
            ROW_ID,
            auditSummary('auditSummaries.ownFactsheet'),
            before.body,
            after.body,
          ),
      });
    });
  } catch (err) {
    // Two first saves racing: the primary key decides, the loser sees the winner's sheet.
    if (isUniqueViolation(err)) throw new AppError('VERSION_CONFLICT', { current: await present(ctx, ctx.db) });
    throw err;
  }
}

export async function exportOwnFactsheet(ctx: Ctx): Promise<{ xml: string; fileName: string }> {
  const sheet = await getOwnFactsheet(ctx);
  if (!sheet.body)
    throw new AppError('VALIDATION_FAILED', {
      messageKey: 'ewp_factsheet_missing',
      fields: [{ path: 'factsheet', key: 'ewp_factsheet_missing' }],
    });
  const heiId = await ownHeiId(ctx);
  return { xml: writeFactsheetXml(heiId, sheet.body), fileName: `factsheet-${heiId}.xml` };
}
