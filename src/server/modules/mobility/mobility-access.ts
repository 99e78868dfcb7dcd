import type { UnitTree } from '#server/modules/units/unit-tree.js';
import { type MobilityScope, mobilityPolicy } from '#server/policies/mobility.policy.js';
import { type Actor, can } from '#server/policies/policy.js';

type Action = keyof typeof mobilityPolicy.rules;

/** The policy's view of a mobility: the person's unit at the time and the person's own login. */
export const scopeOf = (row: { unit_id: number | null; person_user_id: number | null }): MobilityScope => ({
  unit_id: row.unit_id,
  user_id: row.person_user_id,
});

/** Whether one of the actor's roles reaches records of their own (a student: the mobilities of their person). */
export function reachesOwn(actor: Actor, action: Action): boolean {
  return actor.roles.some((r) => {
    const rule = mobilityPolicy.rules[action][r.role];
    return rule === 'self' || (typeof rule === 'object' && rule.scope === 'self');
  });
}

/** What the actor may do with one mobility. */
export function accessTo(actor: Actor, row: { unit_id: number | null; person_user_id: number | null }, tree: UnitTree) {
  const scope = scopeOf(row);
  const on = (action: Action) => can(mobilityPolicy, actor, action, scope, tree);
  return {
    read: on('read'),
    update: on('update'),
    archive: on('archive'),
    approveLearningAgreement: on('approveLearningAgreement'),
    recognizeCredits: on('recognizeCredits'),
  };
}
export type MobilityAccess = ReturnType<typeof accessTo>;
