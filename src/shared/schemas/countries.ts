import { z } from 'zod';
import { MOE_REGIONS } from '#shared/regions.data.js';
import { optionalText, requiredText, Version } from './common.js';

/** A country or area as the Ministry's tables name it: region, names, code and their source (migration 018). */
export const CountryRow = z.object({
  country: z.string(),
  region: z.enum(MOE_REGIONS),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  moeCode: z.string().nullable(),
  nameSource: z.string().nullable(),
  version: z.number().int(),
});
export type CountryRow = z.infer<typeof CountryRow>;
export const CountryList = z.object({ items: z.array(CountryRow) });

export const CountryParams = z.object({ country: z.string().regex(/^[A-Za-z]{2}$/) });
export const CountryUpdate = z
  .object({
    region: z.enum(MOE_REGIONS),
    nameZh: requiredText(60),
    nameEn: requiredText(80),
    moeCode: optionalText(10),
    nameSource: requiredText(300),
    version: Version,
  })
  .strict();
export type CountryUpdate = z.infer<typeof CountryUpdate>;
