import type { UnitTree } from '#server/modules/units/unit-tree.js';
import { checklistPolicy } from '#server/policies/checklist.policy.js';
import { type Actor, can } from '#server/policies/policy.js';
import {
  CHECKLIST_OWNERS,
  type ChecklistKind,
  INBOUND_EXCHANGE_STATUSES,
  INBOUND_STUDENT_KINDS,
} from '#shared/mobility.js';
import type { ChecklistItem } from '#shared/schemas/checklist.js';
import type { ItemRow, MobilityRow } from './checklist.repository.js';

/**
 * Who sees and does what with the inbound checklist — the rules in one place.
 *
 * Health check (special-category data): the item, its status and its file exist only for the
 * owning office's staff (`readHealth`, unit scope on the owning unit: Student Affairs) and the student
 * themselves. Everyone else who may read the checklist gets `{ kind: 'health_check', restricted: true }`
 * in its place — they learn that the document is kept elsewhere, nothing about it. The office queue
 * leaves such items out altogether. Audit entries of a health item keep no status, reason, notes or
 * file name (administrators read the audit log).
 */
export const HEALTH: ChecklistKind = 'health_check';

/** Mobility statuses after which nothing is reminded or created any more. */
export const ENDED_STATUSES = ['completed', 'cancelled', 'withdrawn', 'graduated'] as const;

/** Only inbound students have the document checklist. */
export const hasChecklist = (m: Pick<MobilityRow, 'direction' | 'person_category'>) =>
  m.direction === 'inbound' && m.person_category === 'student';

/** Statuses "accepted or later" for the acceptance letter (an enrolled non-degree student also qualifies). */
const ACCEPTED_OR_LATER = new Set<string>([
  ...INBOUND_EXCHANGE_STATUSES.slice(INBOUND_EXCHANGE_STATUSES.indexOf('accepted')).filter((s) => s !== 'cancelled'),
  'enrolled',
  'on_leave',
  'graduated',
]);

/** The acceptance letter is for inbound exchange and other non-degree students, once accepted. */
export function letterAvailable(m: Pick<MobilityRow, 'direction' | 'kind' | 'status' | 'archived_at'>): boolean {
  const nonDegree = (INBOUND_STUDENT_KINDS as readonly string[]).includes(m.kind) && m.kind !== 'degree';
  return m.direction === 'inbound' && nonDegree && ACCEPTED_OR_LATER.has(m.status) && m.archived_at === null;
}

export function mayDownloadLetter(actor: Actor, m: Pick<MobilityRow, 'unit_id' | 'user_id'>, tree: UnitTree) {
  return can(checklistPolicy, actor, 'acceptanceLetter', { owning_unit_id: m.unit_id, user_id: m.user_id }, tree);
}

type Scoped = Pick<ItemRow, 'kind' | 'owning_unit_id' | 'user_id' | 'status'>;

export function accessTo(actor: Actor, item: Scoped, tree: UnitTree) {
  const scope = { owning_unit_id: item.owning_unit_id, user_id: item.user_id };
  const on = (action: 'read' | 'readHealth' | 'review' | 'upload') => can(checklistPolicy, actor, action, scope, tree);
  const health = item.kind === HEALTH;
  const read = on('read') && (!health || on('readHealth'));
  const self = item.user_id !== null && item.user_id === actor.id;
  const review = read && on('review');
  // The student replaces their document until it is approved; the office at any time.
  const upload = read && on('upload') && (review || item.status !== 'approved');
  return { read, review, upload, self, health, checklist: on('read') };
}
export type ItemAccess = ReturnType<typeof accessTo>;

export function present(r: ItemRow, access: ItemAccess): ChecklistItem {
  return {
    id: r.id,
    mobilityId: r.mobility_id,
    kind: r.kind,
    restricted: false,
    owningUnit: { id: r.owning_unit_id, code: r.unit_code, nameZh: r.unit_name_zh, nameEn: r.unit_name_en },
    status: r.status,
    rejectionReason: r.rejection_reason,
    expiresOn: r.expires_on,
    notes: r.notes,
    file:
      r.file_id && r.file_name
        ? { name: r.file_name, contentType: r.content_type ?? 'application/octet-stream', size: Number(r.size ?? 0) }
        : null,
    reviewedBy: r.reviewed_by_email,
    reviewedAt: r.reviewed_at,
    uploadedBy: r.uploaded_by_email
      ? {
          nameZh: r.uploaded_by_name_zh,
          // An account without a name is shown by its e-mail.
          nameEn: r.uploaded_by_name_en ?? (r.uploaded_by_name_zh ? null : r.uploaded_by_email),
        }
      : null,
    uploadedAt: r.uploaded_at,
    version: r.version,
    updatedAt: r.updated_at,
    permissions: { upload: access.upload, review: access.review },
  };
}

/** What the audit log keeps of an item: everything, except for a health check (only that it changed). */
export function auditView(item: ChecklistItem) {
  if (item.kind !== HEALTH) return { ...item, permissions: undefined };
  return { id: item.id, mobilityId: item.mobilityId, kind: item.kind, version: item.version };
}

/** The default owning office of each kind, as unit ids. */
export function defaultOwner(kind: ChecklistKind, unitIds: Map<string, number>): number {
  const id = unitIds.get(CHECKLIST_OWNERS[kind]) ?? unitIds.get('OIA-ISS') ?? unitIds.get('OIA');
  if (id === undefined) throw new Error(`No unit ${CHECKLIST_OWNERS[kind]} for checklist kind ${kind}`);
  return id;
}
