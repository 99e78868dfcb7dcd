import { AppError } from '#server/lib/errors.js';
import type { Role } from '#shared/roles.js';

/**
 * Roles that read people's personal data beyond their own (people, applications, checklists;
 * OIA staff also reveal passport and residence-permit numbers).
 */
export const PERSONAL_DATA_ROLES: readonly Role[] = ['oia_staff', 'college_coordinator', 'unit_staff'];

type Grant = { role: Role; unitId: number };
const key = (g: Grant) => `${g.role}@${g.unitId}`;

/**
 * The rules for changing an account's roles (issue 16): an administrator once gave itself `oia_staff`
 * and revealed a passport. Chosen over a second administrator's approval (which needs a pending-grant
 * workflow and does not stop one administrator inventing a second account to approve with):
 * - nobody changes their own roles (another administrator does it, and the change is audited);
 * - separation of duties: an account is either an administrator or holds roles that read personal
 *   data, never both. Administrators run the system, the offices hold the data (least privilege,
 *   docs/decisions/0013); an administrator who also works a case uses a second, ordinary account.
 * Returns how many grants were added and removed, for the audit entry's summary (the grants are in its before/after).
 */
export function checkRoleChange(
  actorId: number,
  userId: number | null,
  before: readonly Grant[],
  after: readonly Grant[],
): { added: number; removed: number } {
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const added = after.filter((g) => !had.has(key(g)));
  const removed = before.filter((g) => !has.has(key(g)));
  if (userId === actorId && (added.length || removed.length)) throw AppError.field('roles', 'own_roles');
  const roles = new Set(after.map((g) => g.role));
  if (roles.has('admin') && PERSONAL_DATA_ROLES.some((r) => roles.has(r)))
    throw AppError.field('roles', 'admin_personal_data');
  return { added: added.length, removed: removed.length };
}
