import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitTree } from '#server/modules/units/unit-tree.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { partnerPolicy } from '#server/policies/partners.policy.js';
import { type Actor, allows, can, unitScope } from '#server/policies/policy.js';
import { ROLES } from '#shared/roles.js';

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

describe('rules owned by a division', () => {
  // UNIV(1) ─ OIA(2) ─ OIA-IC(3), OIA-ISS(4); ENG(5) ─ EE(6)
  const tree = new UnitTree([
    { id: 1, parent_id: null, code: 'UNIV' },
    { id: 2, parent_id: 1, code: 'OIA' },
    { id: 3, parent_id: 2, code: 'OIA-IC' },
    { id: 4, parent_id: 2, code: 'OIA-ISS' },
    { id: 5, parent_id: 1, code: 'ENG' },
    { id: 6, parent_id: 5, code: 'EE' },
  ]);
  const staff = (unitId: number): Actor => ({ id: 1, roles: [{ role: 'oia_staff', unitId }] });
  const record = { owning_unit_id: 6 };

  it('lets OIA staff of the owning division, or of the office above it, act on every record', () => {
    for (const unit of [1, 2, 3]) {
      expect(can(agreementPolicy, staff(unit), 'transition', record, tree)).toBe(true);
      expect(unitScope(agreementPolicy, staff(unit), 'transition', tree)).toBe('all');
      expect(allows(agreementPolicy, staff(unit), 'transition', tree)).toBe(true);
    }
  });

  it('refuses OIA staff of a sibling division, while their plain "all" rules still apply', () => {
    expect(can(agreementPolicy, staff(4), 'transition', record, tree)).toBe(false);
    expect(allows(agreementPolicy, staff(4), 'transition', tree)).toBe(false);
    expect(unitScope(agreementPolicy, staff(4), 'transition', tree)).toEqual([]);
    expect(can(agreementPolicy, staff(4), 'read', record, tree)).toBe(true);
    expect(can(agreementPolicy, staff(4), 'updateFactsheet', record, tree)).toBe(true);
  });

  it('refuses everyone when the named division does not exist', () => {
    const bare = new UnitTree([{ id: 3, parent_id: null, code: 'OTHER' }]);
    expect(can(agreementPolicy, staff(3), 'transition', record, bare)).toBe(false);
  });
});
