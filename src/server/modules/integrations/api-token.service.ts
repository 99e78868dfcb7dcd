import { randomBytes } from 'node:crypto';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { integrationPolicy } from '#server/policies/integrations.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import { API_TOKEN_PREFIX, type IntegrationRole } from '#shared/integrations.js';
import type { ApiToken, ApiTokenCreated, ApiTokenInput } from '#shared/schemas/integrations.js';
import { hashSecret } from './api-token.auth.js';
import * as repo from './api-token.repository.js';

const ENTITY = 'api_token';

const present = (r: repo.TokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  role: r.role as IntegrationRole,
  unitId: r.unit_id,
  prefix: r.prefix,
  createdAt: r.created_at,
  createdBy: r.created_by_email ?? null,
  expiresOn: r.expires_on,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export async function listTokens(ctx: Ctx): Promise<{ items: ApiToken[] }> {
  authorizeAny(integrationPolicy, ctx.actor, 'manage', ctx.units);
  return { items: (await repo.findTokens(ctx.db)).map(present) };
}

/** The unit must exist: a token's role is assigned in it, as a person's would be. */
export function assertUnit(ctx: Ctx, unitId: number) {
  if (!ctx.units.has(unitId)) throw AppError.field('unitId', 'unit');
}

/**
 * A new token: 32 random bytes, shown once in this answer; only its sha-256 is stored, with the first
 * characters to tell tokens apart in the list.
 */
export async function createToken(ctx: Ctx, input: ApiTokenInput): Promise<ApiTokenCreated> {
  authorizeAny(integrationPolicy, ctx.actor, 'manage', ctx.units);
  assertUnit(ctx, input.unitId);
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const prefix = token.slice(0, API_TOKEN_PREFIX.length + 6);
  const row = { ...input, hash: hashSecret(token), prefix, by: ctx.actor.id, now: ctx.now };
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertToken(trx, row, input.expiresOn);
    const after = { id, name: input.name, role: input.role, unitId: input.unitId, prefix, expiresOn: input.expiresOn };
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        ENTITY,
        id,
        auditSummary('auditSummaries.apiToken.created', { name: input.name }),
        null,
        after,
      ),
    );
    const created = await repo.findToken(trx, id);
    if (!created) throw new Error('the token was just written');
    return { ...present(created), token };
  });
}

export async function revokeToken(ctx: Ctx, id: number): Promise<ApiToken> {
  authorizeAny(integrationPolicy, ctx.actor, 'manage', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findToken(trx, id);
    if (!before) throw AppError.notFound();
    if (!(await repo.revokeToken(trx, id, ctx.actor.id, ctx.now)))
      throw new AppError('INVALID_TRANSITION', { messageKey: 'token_revoked' });
    const after = { id, revokedAt: ctx.now };
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'update',
        ENTITY,
        id,
        auditSummary('auditSummaries.apiToken.revoked', { name: before.name }),
        null,
        after,
      ),
    );
    return present({ ...before, revoked_at: ctx.now });
  });
}
