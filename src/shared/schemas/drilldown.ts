import { z } from 'zod';

/**
 * The records behind a figure (a Ministry table's cell, a computed indicator): every figure links to
 * the list of records it counts. One shape for all three kinds of record so one list shows them.
 */
export const DRILL_ENTITIES = ['mobility', 'agreement', 'activity'] as const;

export const DrillRecord = z.object({
  entity: z.enum(DRILL_ENTITIES),
  id: z.number().int(),
  /** The person's, agreement's or activity's name in both languages (either may be missing). */
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** What it is: the mobility's or activity's kind, the agreement's kind (a catalog key's last part). */
  kind: z.string(),
  unitId: z.number().int().nullable(),
  country: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** A short extra: host institution, counterpart, partner. */
  detailZh: z.string().nullable(),
  detailEn: z.string().nullable(),
});
export type DrillRecord = z.infer<typeof DrillRecord>;

export const DrillDown = z.object({
  total: z.number().int(),
  items: z.array(DrillRecord),
  /** The page shown (1-based) and its size, when the list is paged. */
  page: z.number().int().optional(),
  pageSize: z.number().int().optional(),
});
export type DrillDown = z.infer<typeof DrillDown>;
