import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitTree } from '../../src/server/modules/units/unit-tree.js';
import { partnerPolicy } from '../../src/server/policies/partners.policy.js';
import { type Actor, allows, can, unitScope } from '../../src/server/policies/policy.js';
import { ROLES } from '../../src/shared/roles.js';

/** A random forest: unit i's parent is a lower-numbered unit (or none). */
const treeArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 1, max: i }), { nil: null }),
      ),
    ),
  );
const build = (parents: (number | null)[]) => new UnitTree(parents.map((p, i) => ({ id: i + 1, parent_id: p })));

describe('UnitTree', () => {
  it('subtree(a) holds exactly the units that a contains', () => {
    fc.assert(
      fc.property(treeArb, (parents) => {
        const tree = build(parents);
        for (let a = 1; a <= parents.length; a++) {
          const sub = new Set(tree.subtree(a));
          for (let u = 1; u <= parents.length; u++) expect(sub.has(u)).toBe(tree.contains(a, u));
        }
      }),
    );
  });
});

describe('partner policy', () => {
  it('a coordinator may edit a partner exactly when its unit lies in their college subtree', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (parents, a, b) => {
        const tree = build(parents);
        const college = (a % parents.length) + 1;
        const unit = (b % parents.length) + 1;
        const actor: Actor = { id: 1, roles: [{ role: 'college_coordinator', unitId: college }] };
        expect(can(partnerPolicy, actor, 'update', { owning_unit_id: unit }, tree)).toBe(tree.contains(college, unit));
        expect(can(partnerPolicy, actor, 'update', { owning_unit_id: null }, tree)).toBe(false);
        expect(unitScope(partnerPolicy, actor, 'update', tree)).toEqual(tree.subtree(college));
      }),
    );
  });

  it('read-only roles can never write, whatever the record', () => {
    const tree = build([null, 1, 1, 2]);
    for (const role of ['executive', 'unit_staff', 'student', 'student_assistant'] as const) {
      const actor: Actor = { id: 1, roles: [{ role, unitId: 1 }] };
      expect(allows(partnerPolicy, actor, 'read', tree)).toBe(true);
      for (const action of ['create', 'update', 'archive'] as const) {
        expect(allows(partnerPolicy, actor, action, tree)).toBe(false);
        for (const unit of [1, 2, 3, 4, null])
          expect(can(partnerPolicy, actor, action, { owning_unit_id: unit }, tree)).toBe(false);
      }
    }
  });

  it('names every role in the read rule (no role is locked out of the registry by omission)', () => {
    expect(Object.keys(partnerPolicy.rules.read).sort()).toEqual([...ROLES].sort());
  });
});
