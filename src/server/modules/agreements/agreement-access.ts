import type { UnitTree } from '#server/modules/units/unit-tree.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { type Actor, can, unitScope } from '#server/policies/policy.js';
import type { TransitionAccess } from './agreement-lifecycle.js';

type Owned = { owning_unit_id: number | null; status: string };

/** Rights university-wide (OIA-IC staff, admin) rather than over one college's agreements. */
export const universityWide = (actor: Actor, action: 'update' | 'transition', tree: UnitTree) =>
  unitScope(agreementPolicy, actor, action, tree) === 'all';

/**
 * What the actor may do with one agreement. The policy decides the unit scope; on top of it, a
 * coordinator (unit-scoped rights) edits only drafts — once submitted, the agreement is OIA's.
 */
export function accessTo(actor: Actor, row: Owned, tree: UnitTree) {
  const on = (action: 'read' | 'update' | 'archive' | 'upload' | 'managePlaces' | 'transition') =>
    can(agreementPolicy, actor, action, row, tree);
  const transitions: TransitionAccess = {
    onRecord: on('transition'),
    staff: universityWide(actor, 'transition', tree),
  };
  return {
    read: on('read'),
    update: on('update') && (row.status === 'draft' || universityWide(actor, 'update', tree)),
    archive: on('archive'),
    upload: on('upload'),
    managePlaces: on('managePlaces'),
    transitions,
  };
}
export type AgreementAccess = ReturnType<typeof accessTo>;
