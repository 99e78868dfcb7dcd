import { z } from 'zod';
import { CHECKLIST_KINDS, CHECKLIST_STATUSES, DIRECTIONS } from '#shared/mobility.js';
import { emptyAsNull, KeysetPageQuery, keysetPageOf, optionalText, Timestamp, Version } from './common.js';

/**
 * The inbound document checklist: one item per required document of an inbound student's mobility,
 * each owned by an office that reviews it. The health check is special-category data: whoever is
 * neither on the owning office's staff nor the student gets only `{ kind, restricted: true }`.
 */
export const ChecklistKind = z.enum(CHECKLIST_KINDS);
export const ChecklistStatus = z.enum(CHECKLIST_STATUSES);
export type ChecklistStatus = z.infer<typeof ChecklistStatus>;

const IsoDate = z.iso.date();
const Bilingual = { nameZh: z.string().nullable(), nameEn: z.string().nullable() };

export const ChecklistFile = z.object({ name: z.string(), contentType: z.string(), size: z.number().int() });

export const ChecklistItem = z.object({
  id: z.number().int(),
  mobilityId: z.number().int(),
  kind: ChecklistKind,
  restricted: z.literal(false),
  owningUnit: z.object({ id: z.number().int(), code: z.string(), ...Bilingual }),
  status: ChecklistStatus,
  rejectionReason: z.string().nullable(),
  expiresOn: z.string().nullable(),
  notes: z.string().nullable(),
  file: ChecklistFile.nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: Timestamp.nullable(),
  /** Who uploaded the current file and when (null for files from before migration 007). */
  uploadedBy: z.object(Bilingual).nullable(),
  uploadedAt: Timestamp.nullable(),
  version: z.number().int(),
  updatedAt: Timestamp,
  /** What the current user may do with this item. */
  permissions: z.object({ upload: z.boolean(), review: z.boolean() }),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** A health-check item as everyone outside the owning office (and the student) sees it: nothing but that it exists. */
export const RestrictedChecklistItem = z.object({ kind: ChecklistKind, restricted: z.literal(true) });
export type RestrictedChecklistItem = z.infer<typeof RestrictedChecklistItem>;

export const MobilityChecklist = z.object({
  mobilityId: z.number().int(),
  direction: z.enum(DIRECTIONS),
  /** Only inbound students have a checklist; for other mobilities `items` is empty. */
  applicable: z.boolean(),
  items: z.array(z.union([ChecklistItem, RestrictedChecklistItem])),
  /** Whether the current user may download the bilingual acceptance letter now. */
  acceptanceLetter: z.boolean(),
});
export type MobilityChecklist = z.infer<typeof MobilityChecklist>;

export const ChecklistItemParams = z.object({ id: z.coerce.number().int().positive() });

/** The owning office corrects the expiry date and notes. */
export const ChecklistItemUpdate = z.object({
  version: Version,
  expiresOn: emptyAsNull(IsoDate),
  notes: optionalText(2000),
});
export type ChecklistItemUpdate = z.infer<typeof ChecklistItemUpdate>;

/** Approve, or reject with a reason the student sees. */
export const ChecklistReview = z
  .object({
    version: Version,
    decision: z.enum(['approve', 'reject']),
    reason: optionalText(1000),
  })
  .superRefine((v, c) => {
    if (v.decision === 'reject' && !v.reason)
      c.addIssue({ code: 'custom', path: ['reason'], message: 'required', params: { i18n: 'required' } });
  });
export type ChecklistReview = z.infer<typeof ChecklistReview>;

/** The office's queue: items its office owns, filtered, paged, with counts per status. */
export const ChecklistListQuery = KeysetPageQuery.extend({
  status: ChecklistStatus.optional(),
  kind: ChecklistKind.optional(),
  expiringWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
});
export type ChecklistListQuery = z.infer<typeof ChecklistListQuery>;

export const ChecklistQueueItem = ChecklistItem.extend({
  person: z.object({ id: z.number().int(), ...Bilingual, nationality: z.string().nullable() }),
  mobility: z.object({ kind: z.string(), status: z.string(), startDate: z.string().nullable() }),
});
export type ChecklistQueueItem = z.infer<typeof ChecklistQueueItem>;

export const ChecklistPage = keysetPageOf(ChecklistQueueItem).extend({
  counts: z.object({
    pending: z.number().int(),
    under_review: z.number().int(),
    approved: z.number().int(),
    rejected: z.number().int(),
  }),
});
export type ChecklistPage = z.infer<typeof ChecklistPage>;
