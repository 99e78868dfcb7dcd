import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { loadSettingRows, type SettingRow } from '#server/modules/counting/settings.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { type CountingSettingsResult, type CountingSettingsUpdate, SETTING_VALUES } from '#shared/schemas/ministry.js';

/**
 * The counting settings on screen and their edits: everyone who reads the Ministry's tables reads them
 * (with their sources); administrators change them. Each row has its own version (0 = the default, no
 * row stored yet); a stale version refuses the whole edit with 409.
 */
export const SETTING_ENTITY = 'report_setting';

const present = (r: SettingRow) => ({
  key: r.key,
  value: r.value,
  sourceZh: r.sourceZh,
  sourceEn: r.sourceEn,
  version: r.version,
  updatedAt: r.updatedAt,
});

export async function getSettings(ctx: Ctx): Promise<CountingSettingsResult> {
  const tree = ctx.units;
  authorizeAny(reportingPolicy, ctx.actor, 'readMinistry', tree);
  const rows = await loadSettingRows(ctx.db);
  return { items: rows.map(present), canEdit: allows(reportingPolicy, ctx.actor, 'manageSettings', tree) };
}

/** Why a value is refused, per setting (the message names the rule in the user's language). */
const PROBLEM: Record<keyof typeof SETTING_VALUES, string> = {
  outbound_kinds: 'setting_kinds_required',
  outbound_non_credit: 'setting_invalid',
  semester_days: 'setting_days_range',
  attribution: 'setting_invalid',
  include_evening: 'setting_invalid',
  outbound_domestic_only: 'setting_invalid',
  foundation_in_tvc_4_2_3: 'setting_invalid',
  intern_column: 'setting_invalid',
  foundation_from_year: 'setting_year_range',
  excluded_statuses: 'setting_invalid',
};

export async function updateSettings(ctx: Ctx, body: CountingSettingsUpdate): Promise<CountingSettingsResult> {
  authorizeAny(reportingPolicy, ctx.actor, 'manageSettings', ctx.units);
  const problems: FieldProblem[] = [];
  const keys = new Set<string>();
  const parsed = body.settings.map((s, i) => {
    if (keys.has(s.key)) problems.push({ key: 'setting_duplicate', path: `settings.${i}.key` });
    keys.add(s.key);
    const value = SETTING_VALUES[s.key].safeParse(s.value);
    if (!value.success) problems.push({ path: `settings.${i}.value`, key: PROBLEM[s.key] });
    return { ...s, value: value.success ? value.data : null };
  });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });

  await ctx.db.transaction().execute(async (trx) => {
    const before = new Map((await loadSettingRows(trx)).map((r) => [r.key, r]));
    for (const s of parsed) {
      const old = before.get(s.key) as SettingRow;
      const values = {
        value: JSON.stringify(s.value),
        source_zh: s.sourceZh === undefined ? old.sourceZh : s.sourceZh || null,
        source_en: s.sourceEn === undefined ? old.sourceEn : s.sourceEn || null,
        updated_by: ctx.actor.id,
        updated_at: ctx.now,
      };
      let changed = 0;
      if (s.version === 0 && !old.stored) {
        // the default was shown: the first edit stores the row (the key is the primary key, so a
        // concurrent first edit fails on insert and is reported as a conflict below)
        const inserted = await trx
          .insertInto('report_settings')
          .values({ key: s.key, version: 1, ...values })
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst();
        changed = Number(inserted.numInsertedOrUpdatedRows ?? 0);
      } else {
        const updated = await trx
          .updateTable('report_settings')
          .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
          .where('key', '=', s.key)
          .where('version', '=', s.version)
          .executeTakeFirst();
        changed = Number(updated.numUpdatedRows);
      }
      if (changed !== 1) throw new AppError('VERSION_CONFLICT', { current: present(old) });
      await recordAudit(trx, {
        at: ctx.now,
        actorId: ctx.actor.id,
        action: 'update',
        entityType: SETTING_ENTITY,
        entityId: null,
        summary: auditSummary('auditSummaries.setting', { key: s.key }),
        before: present(old),
        after: { key: s.key, value: s.value, sourceZh: values.source_zh, sourceEn: values.source_en },
        ip: ctx.ip,
      });
    }
  });
  return getSettings(ctx);
}
