import { z } from 'zod';
import { AGREEMENT_STATUSES } from '#shared/enums.js';
import { MOE_REGIONS } from '#shared/regions.data.js';

/** How far ahead the dashboard counts agreements that end soon. */
export const EXPIRY_HORIZONS = [30, 90, 180] as const;

const Count = z.number().int();

/**
 * One group of the registry (a country or an MoE region): its partners (not archived), those with at
 * least one agreement in force (active or expiring today), and how many agreements are in force there.
 * `activeAgreements` is null for readers who may not read agreements.
 */
const Figures = {
  partners: Count,
  withActiveAgreement: Count,
  activeAgreements: Count.nullable(),
};

export const DashboardSummary = z.object({
  /** The day (Asia/Taipei) the effective statuses are computed for, 'YYYY-MM-DD'. */
  asOf: z.string(),
  /** When these figures were computed (ISO): the server keeps them up to 60 s, less after a write (ADR 0014). */
  computedAt: z.string(),
  partners: z.object({
    total: Count,
    countries: Count,
    withActiveAgreement: Count,
    countriesWithActiveAgreement: Count,
  }),
  /** Agreement figures (not archived); null for readers who may not read agreements (students). */
  agreements: z
    .object({
      /** Every effective status, in lifecycle order, zeros included. */
      byStatus: z.array(z.object({ status: z.enum(AGREEMENT_STATUSES), count: Count })),
      /** In force today: active or expiring. */
      inForce: Count,
      /** In force and ending within the next N days (today included). */
      endingWithin: z.array(z.object({ days: Count, count: Count })),
    })
    .nullable(),
  byRegion: z.array(z.object({ region: z.enum(MOE_REGIONS).nullable(), ...Figures })),
  byCountry: z.array(z.object({ country: z.string(), region: z.enum(MOE_REGIONS).nullable(), ...Figures })),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;
