import { z } from 'zod';
import { ATTRIBUTIONS, GROUPINGS, INTERN_COLUMNS } from '#shared/ministry.js';
import { ENROLMENT_STATUSES, OUTBOUND_STUDENT_KINDS } from '#shared/mobility.js';
import { MINISTRY_TABLES } from '#shared/reporting.js';

/**
 * The Ministry's tables computed from records, the records behind each cell, and the counting settings
 * (the rules as data, each with its source). Vocabulary of the tables' columns and groupings is here too,
 * so the web and the xlsx label the same keys.
 */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MinistryTableParams = z.object({ table: z.enum(MINISTRY_TABLES) });
export const MinistryQuery = z
  .object({
    periodId: z.coerce.number().int().positive().optional(),
    from: Day.optional(),
    to: Day.optional(),
    referenceDate: Day.optional(),
    grouping: z.enum(GROUPINGS).default('tvc_4_2_3'),
    /** the export for filing: a filing of this period whose acknowledged list is still current */
    filingId: z.coerce.number().int().positive().optional(),
  })
  .strict();
export type MinistryQuery = z.infer<typeof MinistryQuery>;
export const MinistryCellQuery = MinistryQuery.extend({
  cell: z.string().min(1).max(400),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
}).strict();

export const MinistryCell = z.object({
  column: z.string(),
  value: z.number(),
  /** The key to ask for the records this cell counts. */
  cell: z.string(),
});
export type MinistryCell = z.infer<typeof MinistryCell>;

export const MinistryRow = z.object({
  /** row: a line of the table; subtotal: a college; total: the whole table */
  kind: z.enum(['row', 'subtotal', 'total']),
  collegeId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  level: z.string().nullable(),
  sex: z.string().nullable(),
  program: z.string().nullable(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  /** 學年度 (ROC) and 學期 the row is counted in (學5 by semester; the udb layouts' academic year) */
  academicYear: z.number().int().nullable(),
  semester: z.number().int().nullable(),
  cells: z.array(MinistryCell),
});
export type MinistryRow = z.infer<typeof MinistryRow>;

export const CountingSetting = z.object({
  key: z.string(),
  value: z.unknown(),
  sourceZh: z.string().nullable(),
  sourceEn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type CountingSetting = z.infer<typeof CountingSetting>;

export const MinistryTableResult = z.object({
  table: z.enum(MINISTRY_TABLES),
  grouping: z.enum(GROUPINGS).nullable(),
  from: z.string(),
  to: z.string(),
  referenceDate: z.string(),
  period: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  /** The row dimensions shown (in order) and the figure columns. */
  dimensions: z.array(z.string()),
  columns: z.array(z.object({ key: z.string(), group: z.string().nullable() })),
  rows: z.array(MinistryRow),
  units: z.array(z.object({ id: z.number().int(), code: z.string(), nameZh: z.string(), nameEn: z.string() })),
  /** The Ministry's names of the countries and areas in the rows (香港, 澳門, 中國大陸), as stored. */
  countries: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
  settings: z.array(CountingSetting),
});
export type MinistryTableResult = z.infer<typeof MinistryTableResult>;

export const ReportingPeriodOption = z.object({
  id: z.number().int(),
  kind: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  coversFrom: z.string(),
  coversTo: z.string(),
  referenceDate: z.string().nullable(),
  opensOn: z.string(),
  closesOn: z.string(),
  /** the reference date is after today: its figures are a projection */
  projection: z.boolean(),
});
export const ReportingPeriodOptions = z.object({
  items: z.array(ReportingPeriodOption),
  /** the period the page opens on: the one whose window is open today, else the latest whose reference date has passed */
  defaultId: z.number().int().nullable(),
});

export const CountingSettings = z.object({
  items: z.array(CountingSetting),
  canEdit: z.boolean(),
});
export type CountingSettingsResult = z.infer<typeof CountingSettings>;

/** The value each setting takes (checked per key; an invalid one is a field error on that row). */
export const SETTING_VALUES = {
  outbound_kinds: z.array(z.enum(OUTBOUND_STUDENT_KINDS)).min(1),
  outbound_non_credit: z.boolean(),
  semester_days: z.number().int().min(1).max(366),
  attribution: z.enum(ATTRIBUTIONS),
  include_evening: z.boolean(),
  outbound_domestic_only: z.boolean(),
  foundation_in_tvc_4_2_3: z.boolean(),
  intern_column: z.enum(INTERN_COLUMNS),
  foundation_from_year: z.number().int().min(90).max(200),
  excluded_statuses: z.array(z.enum(ENROLMENT_STATUSES)),
} as const;
export type SettingKey = keyof typeof SETTING_VALUES;
export const SETTING_KEYS = Object.keys(SETTING_VALUES) as SettingKey[];

export const CountingSettingsUpdate = z
  .object({
    settings: z
      .array(
        z
          .object({
            key: z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]]),
            value: z.unknown(),
            sourceZh: z.string().trim().max(1000).nullish(),
            sourceEn: z.string().trim().max(1000).nullish(),
            /** The version read (0 when the default was shown and no row is stored yet). */
            version: z.number().int().min(0),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type CountingSettingsUpdate = z.infer<typeof CountingSettingsUpdate>;
