import { z } from 'zod';
import { DIRECTIONS, FUNDING_KINDS, MOBILITY_KINDS } from '#shared/mobility.js';
import { optionalText, requiredText, Timestamp, Version } from './common.js';

/**
 * Funding programs that pay for mobility, their yearly grants (program-years) and the awards of a
 * program-year to mobilities. Money is whole New Taiwan dollars (integers ≥ 0).
 */
const Money = z.number().int().min(0).max(2_000_000_000);
const Id = z.number().int().positive();
/** An academic year as its first calendar year: 2026 = 2026/27 (ROC 115). */
export const AcademicYear = z.coerce.number().int().min(2000).max(2100);

const programFields = {
  code: requiredText(40),
  kind: z.enum(FUNDING_KINDS),
  nameEn: requiredText(200),
  nameZh: optionalText(200),
  sponsorZh: optionalText(200),
  sponsorEn: optionalText(200),
  /** The university adds at least this share of the sponsor's grant (學海: 20). */
  matchingMinPct: z
    .number()
    .min(0)
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  /** A stipend per person per month (TEEP: 15,000); awards get a prorated suggestion. */
  monthlyStipend: Money.nullish().transform((v) => v ?? null),
  rulesZh: optionalText(4000),
  rulesEn: optionalText(4000),
};
export const FundingProgramCreate = z.object(programFields).strict();
export const FundingProgramUpdate = z.object({ ...programFields, version: Version }).strict();
export type FundingProgramCreate = z.infer<typeof FundingProgramCreate>;
export type FundingProgramUpdate = z.infer<typeof FundingProgramUpdate>;

/** What a program-year holds and what has been awarded from it (computed from the award records). */
export const FundingFigures = z.object({
  granted: z.number().int(),
  matching: z.number().int(),
  /** granted + matching */
  total: z.number().int(),
  awarded: z.number().int(),
  spent: z.number().int(),
  /** total − awarded */
  balance: z.number().int(),
  /** distinct people with an award */
  people: z.number().int(),
});
export type FundingFigures = z.infer<typeof FundingFigures>;

export const FundingYear = FundingFigures.extend({
  id: Id,
  programId: Id,
  year: z.number().int(),
  notes: z.string().nullable(),
  /** The least matching the program's minimum share asks for this grant (null without a minimum). */
  requiredMatching: z.number().int().nullable(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type FundingYear = z.infer<typeof FundingYear>;

const yearFields = {
  year: AcademicYear,
  grantedAmount: Money,
  matchingAmount: Money,
  notes: optionalText(2000),
};
export const FundingYearCreate = z.object(yearFields).strict();
export const FundingYearUpdate = z.object({ ...yearFields, version: Version }).strict();
export type FundingYearCreate = z.infer<typeof FundingYearCreate>;
export type FundingYearUpdate = z.infer<typeof FundingYearUpdate>;

const programOut = {
  id: Id,
  code: z.string(),
  kind: z.enum(FUNDING_KINDS),
  nameZh: z.string().nullable(),
  nameEn: z.string(),
  sponsorZh: z.string().nullable(),
  sponsorEn: z.string().nullable(),
  matchingMinPct: z.number().nullable(),
  monthlyStipend: z.number().int().nullable(),
  archivedAt: z.string().nullable(),
};

/** A program in the list, with the figures of the chosen year (null when it has no grant that year). */
export const FundingProgramSummary = z.object({ ...programOut, figures: FundingFigures.nullable() });
export type FundingProgramSummary = z.infer<typeof FundingProgramSummary>;
export const FundingProgramListQuery = z.object({
  year: AcademicYear.optional(),
  archived: z.enum(['true', 'false']).optional(),
});
export const FundingProgramList = z.object({ year: z.number().int(), items: z.array(FundingProgramSummary) });

export const FundingProgram = z.object({
  ...programOut,
  rulesZh: z.string().nullable(),
  rulesEn: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  years: z.array(FundingYear),
  permissions: z.object({ manage: z.boolean(), award: z.boolean() }),
});
export type FundingProgram = z.infer<typeof FundingProgram>;

export const FundingYearParams = z.object({
  id: z.coerce.number().int().positive(),
  yearId: z.coerce.number().int().positive(),
});
export const AwardParams = z.object({
  id: z.coerce.number().int().positive(),
  awardId: z.coerce.number().int().positive(),
});

/** An award as a program-year lists it: who, where, when, how much (never passport numbers). */
export const ProgramAward = z.object({
  id: Id,
  mobilityId: Id,
  personId: Id,
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  studentNo: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitNameZh: z.string().nullable(),
  unitNameEn: z.string().nullable(),
  direction: z.enum(DIRECTIONS),
  mobilityKind: z.enum(MOBILITY_KINDS),
  country: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  amount: z.number().int(),
  spentAmount: z.number().int(),
  notes: z.string().nullable(),
});
export type ProgramAward = z.infer<typeof ProgramAward>;
export const ProgramAwardList = z.object({ items: z.array(ProgramAward) });

/** An award as a mobility lists it: from which program-year. */
export const MobilityAward = z.object({
  id: Id,
  mobilityId: Id,
  fundingYearId: Id,
  programId: Id,
  programCode: z.string(),
  programKind: z.enum(FUNDING_KINDS),
  programNameZh: z.string().nullable(),
  programNameEn: z.string(),
  year: z.number().int(),
  amount: z.number().int(),
  spentAmount: z.number().int(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MobilityAward = z.infer<typeof MobilityAward>;

/** A program-year an award may come from, with its balance and the stipend suggestion for this mobility. */
export const AwardOption = z.object({
  fundingYearId: Id,
  programId: Id,
  programCode: z.string(),
  programKind: z.enum(FUNDING_KINDS),
  programNameZh: z.string().nullable(),
  programNameEn: z.string(),
  year: z.number().int(),
  balance: z.number().int(),
  monthlyStipend: z.number().int().nullable(),
  /** Monthly stipend prorated by the days of the stay (see funding-rules.ts), when the program has one. */
  suggestedAmount: z.number().int().nullable(),
});
export type AwardOption = z.infer<typeof AwardOption>;

export const MobilityFunding = z.object({
  items: z.array(MobilityAward),
  total: z.object({ amount: z.number().int(), spent: z.number().int() }),
  /** Program-years of programs not archived (and those of this mobility's awards); only for users who may award. */
  options: z.array(AwardOption),
  permissions: z.object({ award: z.boolean() }),
});
export type MobilityFunding = z.infer<typeof MobilityFunding>;

const awardFields = {
  amount: Money,
  spentAmount: Money.default(0),
  notes: optionalText(2000),
};
export const AwardCreate = z.object({ fundingYearId: Id, ...awardFields }).strict();
/** An update sends back the `version` it read: a stale one gets 409 VERSION_CONFLICT with the award as it is. */
export const AwardUpdate = z.object({ fundingYearId: Id, ...awardFields, version: Version }).strict();
export type AwardCreate = z.infer<typeof AwardCreate>;
export type AwardUpdate = z.infer<typeof AwardUpdate>;

export const FundingSummaryQuery = z.object({ year: AcademicYear.optional() });
export const FundingSummary = z.object({
  year: z.number().int(),
  programs: z.array(
    FundingFigures.extend({
      programId: Id,
      code: z.string(),
      kind: z.enum(FUNDING_KINDS),
      nameZh: z.string().nullable(),
      nameEn: z.string(),
    }),
  ),
  /** Across programs; `people` counts each person once however many programs fund them. */
  totals: FundingFigures,
});
export type FundingSummary = z.infer<typeof FundingSummary>;
