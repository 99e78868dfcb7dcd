import { z } from 'zod';
import { UNIT_KINDS } from '#shared/roles.js';

export const Unit = z.object({
  id: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().nullable(),
});
export type Unit = z.infer<typeof Unit>;
export const UnitList = z.object({ items: z.array(Unit) });
