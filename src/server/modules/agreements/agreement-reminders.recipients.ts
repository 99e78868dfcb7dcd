import type { Db } from '#server/db/client.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { AGREEMENTS_DIVISION } from '#server/policies/agreements.policy.js';
import { findReminderStaff, findUnitByCode, type StaffAssignment } from './agreement-reminders.repository.js';

export type Recipient = Pick<StaffAssignment, 'id' | 'email' | 'locale' | 'name_zh' | 'name_en'>;

/**
 * Who is told about an agreement ("the owning staff"): OIA staff of the International Cooperation
 * division (its subtree) or of the OIA office directly above it, plus college coordinators whose unit
 * contains the agreement's owning unit. Other OIA divisions (e.g. Student Services) are not told.
 * Loaded once per run; `for(unitId)` answers per agreement.
 */
export async function loadRecipients(db: Db): Promise<{ for: (owningUnitId: number | null) => Recipient[] }> {
  const [tree, staff, division] = await Promise.all([
    loadUnitTree(db),
    findReminderStaff(db),
    findUnitByCode(db, AGREEMENTS_DIVISION),
  ]);
  const oiaUnits = new Set(division ? tree.subtree(division.id) : []);
  if (division?.parent_id != null) oiaUnits.add(division.parent_id);
  const oiaStaff = staff.filter((s) => s.role === 'oia_staff' && oiaUnits.has(s.unit_id));
  const coordinators = staff.filter((s) => s.role === 'college_coordinator');

  return {
    for: (owningUnitId) => {
      const chosen = new Map<number, Recipient>();
      for (const s of oiaStaff) chosen.set(s.id, s);
      if (owningUnitId != null)
        for (const c of coordinators) if (tree.contains(c.unit_id, owningUnitId)) chosen.set(c.id, c);
      return [...chosen.values()];
    },
  };
}
