import type { Ctx } from '#server/http/context.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { checklistPolicy } from '#server/policies/checklist.policy.js';
import { fundingPolicy } from '#server/policies/funding.policy.js';
import { mobilityPolicy } from '#server/policies/mobility.policy.js';
import { peoplePolicy } from '#server/policies/people.policy.js';
import { type Policy, unitScope } from '#server/policies/policy.js';
import { userPolicy } from '#server/policies/users.policy.js';

/** How far a reader reaches into one kind of record: the units in scope, and their own records. */
export type ReadScope = { units: 'all' | number[]; selfUserId: number | null };

/**
 * What the reader may read of the records that hold personal data, per audit entity type (issue 16):
 * an audit entry of such a record is shown only to those who may read the record itself — with its
 * summary and snapshots — and is left out altogether for everyone else, so that neither the list, its
 * total nor a text search tells a refused reader anything about the record. Health-check items need
 * `readHealth` on top of reading the checklist.
 */
export type AuditVisibility = {
  person: ReadScope;
  application: ReadScope;
  mobility: ReadScope;
  funding: ReadScope;
  checklist: ReadScope;
  health: ReadScope;
  users: boolean;
};

function scope<A extends string>(ctx: Ctx, policy: Pick<Policy<A, never>, 'rules'>, action: A): ReadScope {
  const units = unitScope(policy, ctx.actor, action, ctx.units);
  const self = ctx.actor.roles.some((r) => {
    const rule = policy.rules[action][r.role];
    return rule === 'self' || (typeof rule === 'object' && rule.scope === 'self');
  });
  return { units, selfUserId: self ? ctx.actor.id : null };
}

export function auditVisibility(ctx: Ctx): AuditVisibility {
  return {
    person: scope(ctx, peoplePolicy, 'read'),
    application: scope(ctx, callPolicy, 'readApplications'),
    mobility: scope(ctx, mobilityPolicy, 'read'),
    funding: scope(ctx, fundingPolicy, 'readAwards'),
    checklist: scope(ctx, checklistPolicy, 'read'),
    health: scope(ctx, checklistPolicy, 'readHealth'),
    users: unitScope(userPolicy, ctx.actor, 'read', ctx.units) === 'all',
  };
}
