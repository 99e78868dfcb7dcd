import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { DEFAULT_MAIL_MODE, MAIL_TOPICS } from '#shared/notifications.js';
import type { MailPreferences, MailPreferencesUpdate } from '#shared/schemas/notifications.js';
import * as repo from './preference.repository.js';

const ENTITY = 'mail_preferences';

async function load(ctx: Ctx, db = ctx.db): Promise<MailPreferences> {
  const stored = new Map((await repo.findPreferences(db, ctx.actor.id)).map((r) => [r.topic, r.mode]));
  return { preferences: MAIL_TOPICS.map((topic) => ({ topic, mode: stored.get(topic) ?? DEFAULT_MAIL_MODE })) };
}

/** The signed-in user's own mail preferences (nobody reads or sets anyone else's). */
export const myMailPreferences = (ctx: Ctx) => load(ctx);

/** Changes some of the user's own preferences; audited with the before and after of every topic. */
export async function updateMyMailPreferences(ctx: Ctx, body: MailPreferencesUpdate): Promise<MailPreferences> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await load(ctx, trx);
    for (const p of body.preferences) await repo.savePreference(trx, ctx.actor.id, p.topic, p.mode, ctx.now);
    const after = await load(ctx, trx);
    const changed = auditSummary('auditSummaries.mailPreferences', { count: body.preferences.length });
    await recordAudit(trx, changeEntry(ctx, 'update', ENTITY, ctx.actor.id, changed, before, after));
    return after;
  });
}
