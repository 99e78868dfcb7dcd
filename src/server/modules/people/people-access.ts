import type { SessionUser } from '#server/http/context.js';
import type { UnitTree } from '#server/modules/units/unit-tree.js';
import { peoplePolicy } from '#server/policies/people.policy.js';
import { type Actor, can, unitScope } from '#server/policies/policy.js';
import type { PeopleFilter } from './people.repository.js';

type Action = keyof typeof peoplePolicy.rules;
type Scoped = { unit_id: number | null; user_id: number | null };

/** Does one of the actor's roles get this action on their own record only ('self')? */
function selfRule(actor: Actor, action: Action): boolean {
  return actor.roles.some((r) => {
    const rule = peoplePolicy.rules[action][r.role];
    return rule === 'self' || (typeof rule === 'object' && rule.scope === 'self');
  });
}

/** The people an actor may see for an action, as a list filter: units in scope and their own record. */
export function visibleTo(actor: SessionUser, action: Action, tree: UnitTree): PeopleFilter['visible'] {
  const units = unitScope(peoplePolicy, actor, action, tree);
  return { units, selfUserId: units !== 'all' && selfRule(actor, action) ? actor.id : null };
}

/** What the actor may do with one person record (sent as `permissions`, and checked by the service). */
export function accessTo(actor: Actor, row: Scoped, tree: UnitTree) {
  const on = (action: Action) => can(peoplePolicy, actor, action, row, tree);
  return {
    read: on('read'),
    update: on('update'),
    archive: on('archive'),
    revealPii: on('revealPii'),
    readAccessLog: on('readAccessLog'),
  };
}

/** Personal data in clear in an export: only for those who may reveal it for every person. */
export const revealsAll = (actor: Actor, tree: UnitTree) => unitScope(peoplePolicy, actor, 'revealPii', tree) === 'all';
