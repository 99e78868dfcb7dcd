import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { piiCipher } from '#server/lib/pii.js';
import { peoplePolicy } from '#server/policies/people.policy.js';
import { authorize } from '#server/policies/policy.js';
import type { AccessLogEntry, AccessLogQuery, PiiField, RevealResult } from '#shared/schemas/people.js';
import * as repo from './people.repository.js';

const ENCRYPTED: Record<PiiField, 'passport_no_enc' | 'arc_no_enc'> = {
  passportNo: 'passport_no_enc',
  arcNo: 'arc_no_enc',
};

async function personFor(ctx: Ctx, id: number, action: 'revealPii' | 'readAccessLog') {
  const row = await repo.findPersonById(ctx.db, id);
  if (!row) throw AppError.notFound();
  const tree = ctx.units;
  authorize(peoplePolicy, ctx.actor, 'read', row, tree);
  authorize(peoplePolicy, ctx.actor, action, row, tree);
  return row;
}

/**
 * One personal-data number in clear, for those the policy lets see it. The access is written to
 * pii_access_log first (its own transaction): no log row, no value.
 */
export async function revealPii(ctx: Ctx, id: number, field: PiiField): Promise<RevealResult> {
  const row = await personFor(ctx, id, 'revealPii');
  const stored = row[ENCRYPTED[field]];
  if (!stored) throw AppError.notFound();
  const value = piiCipher(ctx.env).decrypt(stored);
  await ctx.db.transaction().execute((trx) =>
    repo.insertAccessLog(trx, [
      {
        user_id: ctx.actor.id,
        person_id: id,
        field,
        action: 'reveal',
        detail: null,
        ip: ctx.ip,
        created_at: ctx.now,
      },
    ]),
  );
  return { field, value, loggedAt: ctx.now };
}

/** Who revealed or exported this person's personal data, and when. */
export async function accessLog(ctx: Ctx, id: number, query: AccessLogQuery) {
  await personFor(ctx, id, 'readAccessLog');
  return keysetListPage(
    query,
    repo.accessLogSortKeys(query.order),
    (window) => repo.findAccessLog(ctx.db, id, query.order, window),
    (cap) => repo.countAccessLog(ctx.db, id, cap),
    (rows) =>
      rows.map(
        (r): AccessLogEntry => ({
          id: r.id,
          userId: r.user_id,
          userEmail: r.email ?? null,
          userNameZh: r.name_zh ?? null,
          userNameEn: r.name_en ?? null,
          field: r.field,
          action: r.action,
          detail: r.detail,
          ip: r.ip,
          createdAt: r.created_at,
        }),
      ),
  );
}
