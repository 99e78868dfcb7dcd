import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { type AuditInput, changeEntry, recordAudits } from '#server/lib/audit.js';
import { auditSummary, recordName } from '#server/lib/audit-summary.js';
import { NO_PASSWORD, sendPasswordLink } from '#server/modules/accounts/account.service.js';
import { checkRoleChange } from '#server/modules/users/role-grants.js';
import { insertUser } from '#server/modules/users/user.repository.js';
import { allows } from '#server/policies/policy.js';
import { userPolicy } from '#server/policies/users.policy.js';
import { checkAccountRow } from './accounts-import.check.js';
import { type AccountOp, planAccounts } from './accounts-import.plan.js';
import * as repo from './accounts-import.repository.js';
import type { ImportKindDef } from './import.kinds.js';
import { auditSnapshot } from './import.progress.js';
import type { SheetData } from './import.reader.js';
import { loadUnits } from './import.repository.js';
import { templateWorkbook } from './import.template.js';

/**
 * People and their accounts from xlsx (student/staff number, names, e-mail, unit, level, program
 * type, role): one Accounts sheet, through the same two steps as every import. Administrators only
 * (user 'create'). At the commit, new accounts may be mailed an invitation to set their password.
 */
const INSTRUCTIONS = ['rows', 'required', 'check', 'number', 'unit', 'role', 'matching', 'blanks', 'invite'] as const;

export const accountsImport: ImportKindDef = {
  kind: 'accounts',
  sheets: ['accounts'],
  noSheetsKey: 'importNoAccountSheet',
  templateName: 'imports.template.accountsFileName',
  allows: async (ctx) => allows(userPolicy, ctx.actor, 'create', ctx.units),
  template: async (ctx) =>
    templateWorkbook(ctx.locale, {
      sheets: ['accounts'],
      title: 'imports.accountsTitle',
      instructions: INSTRUCTIONS.map((k) => `imports.template.accountsInstructions.${k}`),
      units: await loadUnits(ctx.db),
    }),
  async check(ctx: Ctx, sheets: SheetData[]) {
    const data = sheets.find((s) => s.sheet === 'accounts') ?? {
      sheet: 'accounts',
      columns: new Map(),
      missing: [],
      rows: [],
    };
    const units = new Map((await loadUnits(ctx.db)).map((u) => [u.code.toUpperCase(), u.id]));
    const checked = data.rows.map((raw) => checkAccountRow(data, raw, units));
    return async (db: Db) => {
      const plan = await planAccounts(db, data, checked);
      return { ...plan, write: (trx, c, _batchId, opts) => writeAccounts(trx, c, plan.ops, opts.sendInvites) };
    };
  },
};

async function writeAccounts(trx: Db, ctx: Ctx, ops: AccountOp[], sendInvites: boolean) {
  const audits: AuditInput[] = [];
  const name = (op: AccountOp) =>
    recordName(op.person.name_zh ?? op.row.number ?? '', op.person.name_en ?? op.row.number ?? '');
  const accountOf = (email: string) => auditSummary('auditSummaries.account', { email });
  for (const op of ops) {
    if (op.action === 'unchanged') continue;
    if (op.personId === null) {
      op.personId = await repo.insertPersonRow(trx, { ...op.person, created_at: ctx.now, updated_at: ctx.now });
      audits.push(changeEntry(ctx, 'create', 'person', op.personId, name(op), null, auditSnapshot(op.person)));
    } else if (op.personBefore && JSON.stringify(op.person) !== JSON.stringify(op.personBefore)) {
      await repo.updatePersonRow(trx, op.personId, { ...op.person, updated_at: ctx.now });
      audits.push(
        changeEntry(
          ctx,
          'update',
          'person',
          op.personId,
          name(op),
          auditSnapshot(op.personBefore),
          auditSnapshot(op.person),
        ),
      );
    }
    const account = op.user;
    if (!account) continue;
    if (account.id === null) {
      account.id = await insertUser(trx, {
        email: account.email,
        password_hash: NO_PASSWORD,
        name_zh: op.person.name_zh,
        name_en: op.person.name_en,
        locale: 'zh-TW',
        active: 1,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      const after = {
        email: account.email,
        roles: [{ role: account.role, unitId: account.unitId }],
        personId: op.personId,
      };
      audits.push(changeEntry(ctx, 'create', 'user', account.id, accountOf(account.email), null, after));
      if (sendInvites) {
        const to = {
          id: account.id,
          email: account.email,
          name_zh: op.person.name_zh,
          name_en: op.person.name_en,
          locale: 'zh-TW' as const,
        };
        await sendPasswordLink(trx, { appUrl: ctx.env.APP_URL, now: ctx.now }, to, 'invite', ctx.actor.id);
        audits.push({
          at: ctx.now,
          actorId: ctx.actor.id,
          action: 'invite',
          entityType: 'user',
          entityId: account.id,
          summary: accountOf(account.email),
          ip: ctx.ip,
        });
      }
    } else if (account.addRole) {
      audits.push(
        changeEntry(ctx, 'update', 'user', account.id, accountOf(account.email), null, {
          addedRole: { role: account.role, unitId: account.unitId },
        }),
      );
    }
    if (account.addRole) {
      const grant = { role: account.role, unitId: account.unitId };
      checkRoleChange(ctx.actor.id, account.id, account.roles, [...account.roles, grant]);
      await repo.addRole(trx, account.id, account.role, account.unitId);
    }
    if (account.link) await repo.linkPersonToUser(trx, op.personId, account.id);
  }
  await recordAudits(trx, audits);
}
