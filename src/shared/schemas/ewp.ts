import { z } from 'zod';
import { DIRECTIONS, MOBILITY_KINDS } from '#shared/enums.js';
import { Timestamp } from './common.js';

const Id = z.number().int().positive();

/**
 * Erasmus Without Paper copies (issue 22, docs/decisions/0029 and 0033): a partner's IIA file compared with
 * ours, the differences taken or kept, and "we approve your copy as of hash H".
 */
export const DIFF_FIELDS = [
  'condition',
  'mobilitiesPerYear',
  'total',
  'languages',
  'isced',
  'ourCode',
  'partnerCode',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];
export const DIFF_CHANGES = ['added', 'removed', 'changed'] as const;

const DiffValue = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);
export type DiffValue = z.infer<typeof DiffValue>;

/** One cooperation condition for one academic year, as both copies are compared (ADR 0033). */
export const DiffCondition = z.object({
  kind: z.enum(MOBILITY_KINDS),
  direction: z.enum(DIRECTIONS),
  eqfLevels: z.array(z.number().int()),
  year: z.number().int(),
});
export type DiffCondition = z.infer<typeof DiffCondition>;

export const Difference = z.object({
  /** Stable across uploads and orderings: the condition's key and the field. */
  id: z.string(),
  change: z.enum(DIFF_CHANGES),
  field: z.enum(DIFF_FIELDS),
  condition: DiffCondition.nullable(),
  ours: DiffValue,
  theirs: DiffValue,
  /** Staff chose to keep ours: the partner is to change their copy. */
  kept: z.boolean(),
});
export type Difference = z.infer<typeof Difference>;

export const EwpCopy = z.object({
  id: Id,
  agreementId: Id,
  fileName: z.string(),
  partnerHeiId: z.string(),
  partnerIiaId: z.string().nullable(),
  statedHash: z.string(),
  hash: z.string(),
  /** The iia-hash in the file is the one its content gives. */
  hashMatches: z.boolean(),
  validForApproval: z.boolean(),
  importedAt: Timestamp,
  importedBy: z.string().nullable(),
});

export const EwpApproval = z.object({
  theirHash: z.string(),
  ourHash: z.string(),
  approvedAt: Timestamp,
  approvedBy: z.string().nullable(),
  /** Still true only while neither copy has changed since. */
  holds: z.boolean(),
  ourChanged: z.boolean(),
  theirChanged: z.boolean(),
});

export const EwpStatus = z.object({
  agreementId: Id,
  ourHash: z.string().nullable(),
  /** Why our copy cannot be written (no SCHAC code…), as a message key; null when it can. */
  ourProblem: z.string().nullable(),
  copy: EwpCopy.nullable(),
  differences: z.array(Difference),
  approval: EwpApproval.nullable(),
  permissions: z.object({ manage: z.boolean() }),
});
export type EwpStatus = z.infer<typeof EwpStatus>;

export const EwpImportResult = z.union([
  z.object({ status: z.literal('imported'), agreementId: Id, copyId: Id }),
  z.object({
    status: z.literal('ambiguous'),
    candidates: z.array(
      z.object({ id: Id, code: z.string().nullable(), titleEn: z.string(), titleZh: z.string().nullable() }),
    ),
  }),
]);
export type EwpImportResult = z.infer<typeof EwpImportResult>;

/** Take their value or keep ours, against the copies the page showed (both hashes). */
export const EwpResolveBody = z
  .object({
    differenceId: z.string().min(1).max(200),
    action: z.enum(['take', 'keep']),
    copyId: Id,
    ourHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type EwpResolveBody = z.infer<typeof EwpResolveBody>;

export const EwpApproveBody = z
  .object({
    copyId: Id,
    theirHash: z.string().regex(/^[0-9a-f]{64}$/),
    ourHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type EwpApproveBody = z.infer<typeof EwpApproveBody>;
