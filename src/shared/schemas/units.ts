import { z } from 'zod';
import { PROGRAM_TYPES } from '#shared/mobility.js';
import { UNIT_KINDS } from '#shared/roles.js';
import { optionalText, requiredText, Timestamp, Version } from './common.js';

/** A unit as every signed-in user reads it (the reference list behind every unit select). */
export const Unit = z.object({
  id: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().nullable(),
  /** The Ministry's department code (系所代碼). */
  moeCode: z.string().nullable(),
  /** 學制班別 the unit offers. */
  programTypes: z.array(z.enum(PROGRAM_TYPES)),
  active: z.boolean(),
});
export type Unit = z.infer<typeof Unit>;
export const UnitList = z.object({ items: z.array(Unit) });

/** What the administrator's page shows of one unit. */
export const UnitDetail = Unit.extend({
  version: Version,
  /** Records that point to the unit (users' roles, partners, agreements, people, mobility, …). */
  references: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type UnitDetail = z.infer<typeof UnitDetail>;

/** Upper-case letters, digits and hyphens: codes name units in imports and policies (OIA-IC). */
const UnitCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/);

const unitFields = {
  code: UnitCode,
  nameZh: requiredText(200),
  nameEn: requiredText(200),
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().positive().nullable(),
  moeCode: optionalText(20).pipe(
    z
      .string()
      .regex(/^[0-9A-Za-z-]+$/)
      .nullable(),
  ),
  programTypes: z
    .array(z.enum(PROGRAM_TYPES))
    .max(PROGRAM_TYPES.length)
    .default([])
    .transform((v) => [...new Set(v)]),
};

export const UnitCreate = z.object(unitFields).strict();
export type UnitCreate = z.infer<typeof UnitCreate>;
export const UnitUpdate = z.object({ ...unitFields, version: Version }).strict();
export type UnitUpdate = z.infer<typeof UnitUpdate>;
export const UnitVersionBody = z.object({ version: Version }).strict();
export const UnitDeleteQuery = z.object({ version: z.coerce.number().int().positive() });
