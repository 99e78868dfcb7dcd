import { z } from 'zod';
import { optionalText } from './common.js';

/**
 * The pre-filing check of a period (every record the Ministry's tables will count with a missing or
 * contradictory field, each linked to its record, in both languages) and the filings made with the list
 * acknowledged (docs/decisions/0021).
 */
export const FILING_CHECK_CODES = [
  'check_gender',
  'check_program_type',
  'check_department_code',
  'check_country',
  'check_nationality',
  'check_category',
  'check_status_history',
] as const;

export const FilingCheckQuery = z.object({ periodId: z.coerce.number().int().positive() }).strict();

export const FilingProblem = z.object({
  recordId: z.number().int(),
  personId: z.number().int(),
  personNameZh: z.string().nullable(),
  personNameEn: z.string().nullable(),
  /** which table counts (or would count) the record */
  table: z.enum(['international_students', 'outbound_students']),
  code: z.enum(FILING_CHECK_CODES),
  /** the record's field to correct */
  field: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type FilingProblem = z.infer<typeof FilingProblem>;

export const IdentityDisagreements = z.object({ items: z.array(FilingProblem) });

export const MinistryFiling = z.object({
  id: z.number().int(),
  filedAt: z.string(),
  filedByZh: z.string().nullable(),
  filedByEn: z.string().nullable(),
  problemCount: z.number().int(),
  note: z.string().nullable(),
  /** the acknowledged list is still the list of today's records */
  current: z.boolean(),
});
export type MinistryFiling = z.infer<typeof MinistryFiling>;

export const FilingCheck = z.object({
  periodId: z.number().int(),
  referenceDate: z.string(),
  from: z.string(),
  to: z.string(),
  /** the reference date is after today: the figures are a projection */
  projection: z.boolean(),
  problems: z.array(FilingProblem),
  /** identifies this list: a filing acknowledges exactly it */
  fingerprint: z.string(),
  canFile: z.boolean(),
  filings: z.array(MinistryFiling),
});
export type FilingCheck = z.infer<typeof FilingCheck>;

export const FilingCreate = z
  .object({
    periodId: z.number().int().positive(),
    fingerprint: z.string().min(1).max(64),
    /** the officer has read the list (required when it is not empty) */
    acknowledged: z.boolean(),
    note: optionalText(1000),
  })
  .strict();
export type FilingCreate = z.infer<typeof FilingCreate>;
