import { AppError } from '#server/lib/errors.js';
import type { UnitTree } from '#server/modules/units/unit-tree.js';
import type { Role } from '#shared/roles.js';

/**
 * Declarative authorization. A policy says, per action, which roles may do it and how far:
 * - 'all':  every record;
 * - 'unit': records whose unit lies in the subtree of the unit the role is assigned to
 *           (a college coordinator → their college and its departments);
 * - 'self': records that are the actor's own.
 * A rule may also name the division that owns the work (`{ scope: 'all', in: 'OIA-IC' }`): then only
 * holders of the role assigned to that unit, one below it or one above it (the office head) qualify
 * — OIA International Cooperation staff run agreements, Student Services staff do not.
 * Roles not listed may not do the action at all.
 */
export type Scope = 'all' | 'unit' | 'self';
export type Rule = Scope | { scope: Scope; in: string };
export type Actor = { id: number; roles: { role: Role; unitId: number }[] };
type Rules<A extends string> = Record<A, Partial<Record<Role, Rule>>>;

export type Policy<A extends string, R> = {
  resource: string;
  rules: Rules<A>;
  unitOf?: (record: R) => number | null;
  ownerOf?: (record: R) => number | null;
};

export function definePolicy<A extends string, R = unknown>(policy: Policy<A, R>): Policy<A, R> {
  return policy;
}

/** The scope one role assignment gets for an action, or undefined when the rule leaves it out. */
function scopeOf(rule: Rule | undefined, assignedUnit: number, tree: UnitTree): Scope | undefined {
  if (rule === undefined || typeof rule === 'string') return rule;
  const owner = tree.idOf(rule.in);
  if (owner === undefined) return undefined;
  const related = tree.contains(owner, assignedUnit) || tree.contains(assignedUnit, owner);
  return related ? rule.scope : undefined;
}

/** May the actor do this action on at least some records? (drives what the UI shows) */
export function allows<A extends string>(
  policy: { rules: Rules<A> },
  actor: Actor,
  action: A,
  tree: UnitTree,
): boolean {
  return actor.roles.some((r) => scopeOf(policy.rules[action][r.role], r.unitId, tree) !== undefined);
}

/** Units the actor may act on for this action: 'all', or the list of unit ids (possibly empty). */
export function unitScope<A extends string>(
  policy: { rules: Rules<A> },
  actor: Actor,
  action: A,
  tree: UnitTree,
): 'all' | number[] {
  const units = new Set<number>();
  for (const r of actor.roles) {
    const scope = scopeOf(policy.rules[action][r.role], r.unitId, tree);
    if (scope === 'all') return 'all';
    if (scope === 'unit') for (const id of tree.subtree(r.unitId)) units.add(id);
  }
  return [...units];
}

/** May the actor do this action on this record? */
export function can<A extends string, R>(
  policy: Policy<A, R>,
  actor: Actor,
  action: A,
  record: R,
  tree: UnitTree,
): boolean {
  return actor.roles.some((r) => {
    const scope = scopeOf(policy.rules[action][r.role], r.unitId, tree);
    if (scope === 'all') return true;
    if (scope === 'unit') {
      const unit = policy.unitOf?.(record);
      return unit != null && tree.contains(r.unitId, unit);
    }
    if (scope === 'self') return policy.ownerOf?.(record) === actor.id;
    return false;
  });
}

/**
 * Who may do this action on this record, as role grants (the reverse of `can`): per role, the units a grant of
 * it must sit on ('all': any). 'self' rules name no one in advance and are left out. A rule naming an owning
 * division keeps only the units related to it, as `scopeOf` does.
 */
export function grantsFor<A extends string, R>(
  policy: Policy<A, R>,
  action: A,
  record: R,
  tree: UnitTree,
): { role: Role; units: 'all' | number[] }[] {
  const unit = policy.unitOf?.(record) ?? null;
  const out: { role: Role; units: 'all' | number[] }[] = [];
  for (const [role, rule] of Object.entries(policy.rules[action]) as [Role, Rule][]) {
    const scope = typeof rule === 'string' ? rule : rule.scope;
    let units: 'all' | number[] | null =
      scope === 'all' ? 'all' : scope === 'unit' && unit !== null ? tree.ancestors(unit) : null;
    if (units === null) continue;
    if (typeof rule !== 'string') {
      const owner = tree.idOf(rule.in);
      if (owner === undefined) continue;
      const related = [...tree.subtree(owner), ...tree.ancestors(owner)];
      units = units === 'all' ? related : units.filter((u) => related.includes(u));
    }
    out.push({ role, units });
  }
  return out;
}

export function authorize<A extends string, R>(
  policy: Policy<A, R>,
  actor: Actor,
  action: A,
  record: R,
  tree: UnitTree,
) {
  if (!can(policy, actor, action, record, tree)) throw AppError.forbidden();
}

export function authorizeAny<A extends string>(policy: { rules: Rules<A> }, actor: Actor, action: A, tree: UnitTree) {
  if (!allows(policy, actor, action, tree)) throw AppError.forbidden();
}

/** Capabilities for the UI: for each action, whether the actor may do it on at least some records. */
export function capabilities<A extends string>(
  policy: { rules: Rules<A> },
  actor: Actor,
  tree: UnitTree,
): Record<string, boolean> {
  return Object.fromEntries(Object.keys(policy.rules).map((a) => [a, allows(policy, actor, a as A, tree)]));
}
