import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  COMPUTED_RULES,
  INDICATOR_METHODS,
  INDICATOR_UNITS,
  SPROUT_CHAPTERS,
  STRATEGIES,
} from '#shared/reporting.js';
import { emptyAsNull, optionalText, requiredText, Timestamp, Version } from './common.js';

/**
 * Indicator definitions kept as data and versioned (an edit is a new version; submissions keep the
 * version they used), and targets per unit (a college, or the university's root unit), year and quarter.
 */
const Id = z.number().int().positive();
const StrategyIn = z.coerce
  .number()
  .int()
  .refine((v) => (STRATEGIES as readonly number[]).includes(v), { params: { i18n: 'invalid_value' } });

const definitionFields = {
  nameZh: requiredText(200),
  nameEn: requiredText(200),
  definitionZh: optionalText(4000),
  definitionEn: optionalText(4000),
  unit: z.enum(INDICATOR_UNITS),
  strategy: StrategyIn,
  chapter: emptyAsNull(z.enum(SPROUT_CHAPTERS)),
  method: z.enum(INDICATOR_METHODS),
  rule: emptyAsNull(z.enum(COMPUTED_RULES)),
  activityKind: emptyAsNull(z.enum(ACTIVITY_KINDS)),
  sourceZh: optionalText(2000),
  sourceEn: optionalText(2000),
};

/** A computed indicator names its rule; a hand-entered one the kind of activity records it counts. */
function checkMethod(
  v: { method: string; rule: string | null; activityKind: string | null },
  ctx: z.RefinementCtx,
): void {
  if (v.method === 'computed' && !v.rule)
    ctx.addIssue({ code: 'custom', path: ['rule'], params: { i18n: 'rule_required' } });
  if (v.method === 'manual' && !v.activityKind)
    ctx.addIssue({ code: 'custom', path: ['activityKind'], params: { i18n: 'activity_kind_required' } });
}

const IndicatorCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((v) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v), { params: { i18n: 'indicator_code' } });

export const IndicatorCreate = z
  .object({ code: IndicatorCode, sortOrder: z.number().int().min(0).max(10_000).default(0), ...definitionFields })
  .strict()
  .superRefine(checkMethod);
/** An edit of the definition: a new version becomes current; the old one stays, for reports made with it. */
export const IndicatorUpdate = z
  .object({ sortOrder: z.number().int().min(0).max(10_000).default(0), ...definitionFields, version: Version })
  .strict()
  .superRefine(checkMethod);
export type IndicatorCreate = z.infer<typeof IndicatorCreate>;
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>;

/** A definition's fields as read (an indicator version, a submission's figure). */
export const definitionOut = {
  nameZh: z.string(),
  nameEn: z.string(),
  definitionZh: z.string().nullable(),
  definitionEn: z.string().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  strategy: z.number().int(),
  chapter: z.enum(SPROUT_CHAPTERS).nullable(),
  method: z.enum(INDICATOR_METHODS),
  rule: z.enum(COMPUTED_RULES).nullable(),
  activityKind: z.enum(ACTIVITY_KINDS).nullable(),
};

export const IndicatorVersion = z.object({
  id: Id,
  versionNo: z.number().int(),
  ...definitionOut,
  sourceZh: z.string().nullable(),
  sourceEn: z.string().nullable(),
  createdAt: Timestamp,
});
export type IndicatorVersion = z.infer<typeof IndicatorVersion>;

/** An indicator in the list: its code and current definition. */
export const IndicatorSummary = IndicatorVersion.omit({ id: true, createdAt: true }).extend({
  id: Id,
  code: z.string(),
  versionId: Id,
  sortOrder: z.number().int(),
  archivedAt: z.string().nullable(),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

export const IndicatorListQuery = z.object({
  strategy: z.coerce.number().int().min(1).max(4).optional(),
  chapter: z.enum(SPROUT_CHAPTERS).optional(),
  method: z.enum(INDICATOR_METHODS).optional(),
  archived: z.enum(['true', 'false']).optional(),
});
export const IndicatorList = z.object({ items: z.array(IndicatorSummary) });

export const Indicator = IndicatorSummary.extend({
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Every version, newest first. */
  versions: z.array(IndicatorVersion),
  permissions: z.object({ manage: z.boolean(), setTargets: z.boolean() }),
});
export type Indicator = z.infer<typeof Indicator>;

/** Quarter 0 is the whole year. */
export const Quarter = z.number().int().min(0).max(4);
export const TargetYear = z.coerce.number().int().min(2000).max(2100);

export const TargetUnit = z.object({ id: Id, code: z.string(), nameZh: z.string(), nameEn: z.string() });
export const IndicatorTarget = z.object({
  unitId: Id,
  quarter: Quarter,
  target: z.number(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type IndicatorTarget = z.infer<typeof IndicatorTarget>;
/** One indicator's targets of a year: the units (the university first, then the colleges) and the cells set. */
export const IndicatorTargets = z.object({
  indicatorId: Id,
  year: z.number().int(),
  units: z.array(TargetUnit),
  items: z.array(IndicatorTarget),
});
export type IndicatorTargets = z.infer<typeof IndicatorTargets>;
export const TargetsQuery = z.object({ year: TargetYear });

/**
 * Cells to set: `target` null clears the cell; `version` is the version read (null for a new cell):
 * a stale one gets 409 VERSION_CONFLICT.
 */
export const TargetsSave = z
  .object({
    year: TargetYear,
    items: z
      .array(
        z
          .object({
            unitId: Id,
            quarter: Quarter,
            target: z.number().min(0).max(1_000_000_000).nullable(),
            version: Version.nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();
export type TargetsSave = z.infer<typeof TargetsSave>;

export const IndicatorParams = z.object({ id: z.coerce.number().int().positive() });
