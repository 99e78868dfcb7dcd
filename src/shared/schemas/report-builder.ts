import { z } from 'zod';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, PARTNER_STATUSES, PARTNER_TYPES } from '#shared/enums.js';
import {
  DEGREE_LEVELS,
  DIRECTIONS,
  GENDERS,
  INBOUND_CATEGORIES,
  MOBILITY_KINDS,
  MOBILITY_STATUSES,
  PERSON_KINDS,
  PROGRAM_TYPES,
  STUDY_TIMES,
} from '#shared/mobility.js';
import { MOE_REGIONS } from '#shared/regions.data.js';
import { ACTIVITY_KINDS, COMMISSIONING, REPORT_ENTITIES, type ReportEntity } from '#shared/reporting.js';
import { requiredText, Timestamp, Version } from './common.js';

/**
 * The ad-hoc report builder: which fields each entity offers (the registry the server maps onto SQL
 * expressions — a definition can only name these, never SQL), the filters each field type takes, and
 * the definition a user runs, exports and saves. People offer no personal-data field (no passport or
 * residence-permit number or hint, no birth date, e-mail, phone or GPA).
 */
export const FIELD_TYPES = ['enum', 'text', 'date', 'number', 'unit', 'country', 'region', 'boolean'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export type BuilderField = {
  key: string;
  /** Catalog key of the field's name. */
  label: string;
  type: FieldType;
  /** For enums: the values and the catalog namespace of their labels. */
  values?: readonly string[];
  labels?: string;
  /** Number fields summed per group. */
  sum?: boolean;
};

const f = (key: string, label: string, type: FieldType, extra: Partial<BuilderField> = {}): BuilderField => ({
  key,
  label,
  type,
  ...extra,
});
const en = (key: string, label: string, values: readonly string[], labels: string) =>
  f(key, label, 'enum', { values, labels });
const region = (label: string) => en('region', label, MOE_REGIONS, 'regions');

export const BUILDER_FIELDS: Record<ReportEntity, BuilderField[]> = {
  partners: [
    f('code', 'partnerFields.code', 'text'),
    f('nameZh', 'partnerFields.nameZh', 'text'),
    f('nameEn', 'partnerFields.nameEn', 'text'),
    f('country', 'partnerFields.country', 'country'),
    region('partnerFields.region'),
    f('city', 'partnerFields.city', 'text'),
    en('type', 'partnerFields.type', PARTNER_TYPES, 'partnerTypes'),
    en('status', 'partnerFields.status', PARTNER_STATUSES, 'partnerStatuses'),
    f('owningUnit', 'partnerFields.owningUnit', 'unit'),
    f('createdAt', 'partnerFields.createdAt', 'date'),
  ],
  agreements: [
    f('code', 'agreementFields.code', 'text'),
    en('kind', 'agreementFields.kind', AGREEMENT_KINDS, 'agreementKinds'),
    f('titleZh', 'agreementFields.titleZh', 'text'),
    f('titleEn', 'agreementFields.titleEn', 'text'),
    en('status', 'agreementFields.status', AGREEMENT_STATUSES, 'agreementStatuses'),
    f('country', 'agreementFields.country', 'country'),
    region('partnerFields.region'),
    f('owningUnit', 'agreementFields.owningUnit', 'unit'),
    f('startDate', 'agreementFields.startDate', 'date'),
    f('endDate', 'agreementFields.endDate', 'date'),
    f('openEnded', 'agreementFields.openEnded', 'boolean'),
    f('autoRenew', 'agreementFields.autoRenew', 'boolean'),
  ],
  mobilities: [
    f('personNameZh', 'mobilityFields.personNameZh', 'text'),
    f('personNameEn', 'mobilityFields.personNameEn', 'text'),
    f('personNo', 'mobilityFields.personNo', 'text'),
    f('unit', 'mobilityFields.unit', 'unit'),
    en('direction', 'mobilityFields.direction', DIRECTIONS, 'mobilityDirections'),
    en('personCategory', 'mobilityFields.personCategory', PERSON_KINDS, 'mobilityPersonCategories'),
    en('kind', 'mobilityFields.kind', MOBILITY_KINDS, 'mobilityKinds'),
    en('moeCategory', 'mobilityFields.moeCategory', INBOUND_CATEGORIES, 'inboundCategories'),
    f('dualDegree', 'mobilityFields.dualDegree', 'boolean'),
    en('status', 'mobilityFields.status', MOBILITY_STATUSES, 'mobilityStatuses'),
    f('institution', 'mobilityFields.institution', 'text'),
    f('country', 'mobilityFields.country', 'country'),
    region('mobilityFields.region'),
    f('city', 'mobilityFields.city', 'text'),
    f('startDate', 'mobilityFields.startDate', 'date'),
    f('endDate', 'mobilityFields.endDate', 'date'),
    f('creditBearing', 'mobilityFields.creditBearing', 'boolean'),
    f('credits', 'mobilityFields.credits', 'number', { sum: true }),
    f('atLeastSemester', 'mobilityFields.atLeastSemester', 'boolean'),
    en('degreeLevel', 'personFields.degreeLevel', DEGREE_LEVELS, 'degreeLevels'),
    en('programType', 'personFields.programType', PROGRAM_TYPES, 'programTypes'),
    en('studyTime', 'personFields.studyTime', STUDY_TIMES, 'studyTimes'),
    en('gender', 'personFields.gender', GENDERS, 'genders'),
  ],
  people: [
    en('kind', 'personFields.kind', PERSON_KINDS, 'personKinds'),
    f('nameZh', 'personFields.nameZh', 'text'),
    f('nameEn', 'personFields.nameEn', 'text'),
    f('studentNo', 'personFields.studentNo', 'text'),
    f('staffNo', 'personFields.staffNo', 'text'),
    f('unit', 'personFields.unit', 'unit'),
    en('degreeLevel', 'personFields.degreeLevel', DEGREE_LEVELS, 'degreeLevels'),
    en('programType', 'personFields.programType', PROGRAM_TYPES, 'programTypes'),
    en('studyTime', 'personFields.studyTime', STUDY_TIMES, 'studyTimes'),
    f('nationality', 'personFields.nationality', 'country'),
    region('partnerFields.region'),
    en('gender', 'personFields.gender', GENDERS, 'genders'),
  ],
  activities: [
    en('kind', 'activityFields.kind', ACTIVITY_KINDS, 'activityKinds'),
    f('unit', 'activityFields.unit', 'unit'),
    f('titleZh', 'activityFields.titleZh', 'text'),
    f('titleEn', 'activityFields.titleEn', 'text'),
    f('counterpartZh', 'activityFields.counterpartZh', 'text'),
    f('counterpartEn', 'activityFields.counterpartEn', 'text'),
    f('personName', 'activityFields.personName', 'text'),
    f('country', 'activityFields.country', 'country'),
    region('activityFields.region'),
    f('city', 'activityFields.city', 'text'),
    f('startDate', 'activityFields.startDate', 'date'),
    f('endDate', 'activityFields.endDate', 'date'),
    f('participants', 'activityFields.participants', 'number', { sum: true }),
    f('foreignParticipants', 'activityFields.foreignParticipants', 'number', { sum: true }),
    f('credits', 'activityFields.credits', 'number', { sum: true }),
    f('amountGovernment', 'activityFields.amountGovernment', 'number', { sum: true }),
    f('amountIndustry', 'activityFields.amountIndustry', 'number', { sum: true }),
    f('amountOther', 'activityFields.amountOther', 'number', { sum: true }),
    f('amountUniversity', 'activityFields.amountUniversity', 'number', { sum: true }),
    en('commissioning', 'activityFields.commissioning', COMMISSIONING, 'commissioning'),
  ],
};

export const fieldOf = (entity: ReportEntity, key: string) => BUILDER_FIELDS[entity].find((x) => x.key === key);

/** The operators each field type takes. `empty` matches a missing value (or, with `not`, a present one). */
export const FILTER_OPS = ['eq', 'in', 'between', 'contains', 'empty'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];
export const OPS_BY_TYPE: Record<FieldType, readonly FilterOp[]> = {
  enum: ['eq', 'in', 'empty'],
  text: ['eq', 'contains', 'empty'],
  date: ['eq', 'between', 'empty'],
  number: ['eq', 'between', 'empty'],
  unit: ['eq', 'in', 'empty'],
  country: ['eq', 'in', 'empty'],
  region: ['eq', 'in', 'empty'],
  boolean: ['eq'],
};

const Scalar = z.union([z.string().trim().max(200), z.number(), z.boolean()]);
export const BuilderFilter = z
  .object({
    field: z.string().max(60),
    op: z.enum(FILTER_OPS),
    value: Scalar.optional(),
    values: z.array(Scalar).max(100).optional(),
    from: Scalar.optional(),
    to: Scalar.optional(),
    not: z.boolean().optional(),
  })
  .strict();
export type BuilderFilter = z.infer<typeof BuilderFilter>;

const definitionFields = {
  entity: z.enum(REPORT_ENTITIES),
  filters: z.array(BuilderFilter).max(20).default([]),
  columns: z.array(z.string().max(60)).max(40).default([]),
  groupBy: z.array(z.string().max(60)).max(2).default([]),
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value of the field's type: enum values from the list, ISO dates, numbers, units as ids, countries as codes. */
function valueFits(field: BuilderField, v: unknown): boolean {
  switch (field.type) {
    case 'enum':
    case 'region':
      return (
        typeof v === 'string' && (field.type === 'region' ? MOE_REGIONS : (field.values ?? [])).includes(v as never)
      );
    case 'text':
      return typeof v === 'string' && v.length > 0;
    case 'date':
      return typeof v === 'string' && DATE.test(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'unit':
      return typeof v === 'number' && Number.isInteger(v) && v > 0;
    case 'country':
      return typeof v === 'string' && /^[A-Z]{2}$/.test(v);
    case 'boolean':
      return typeof v === 'boolean';
  }
}

type Definition = z.infer<z.ZodObject<typeof definitionFields>>;

/** Every name must be a registered field of the entity; every filter an operator and values its type takes. */
function checkDefinition(d: Definition, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], i18n: string) => ctx.addIssue({ code: 'custom', path, params: { i18n } });
  d.columns.forEach((key, i) => {
    if (!fieldOf(d.entity, key)) issue(['columns', i], 'builder_unknown_field');
  });
  d.groupBy.forEach((key, i) => {
    if (!fieldOf(d.entity, key)) issue(['groupBy', i], 'builder_unknown_field');
  });
  if (new Set(d.groupBy).size !== d.groupBy.length) issue(['groupBy', 1], 'builder_group_twice');
  d.filters.forEach((flt, i) => {
    const at = (part: string, i18n: string) => issue(['filters', i, part], i18n);
    const field = fieldOf(d.entity, flt.field);
    if (!field) at('field', 'builder_unknown_field');
    else if (!OPS_BY_TYPE[field.type].includes(flt.op)) at('op', 'builder_op');
    else if (!filterValuesFit(field, flt))
      at(flt.op === 'in' ? 'values' : flt.op === 'between' ? 'from' : 'value', 'builder_value');
  });
}

/** The values the operator reads are there and of the field's type (`empty` reads none). */
function filterValuesFit(field: BuilderField, flt: BuilderFilter): boolean {
  const fits = (v: unknown) => valueFits(field, v);
  switch (flt.op) {
    case 'eq':
    case 'contains':
      return fits(flt.value);
    case 'in':
      return Boolean(flt.values?.length && flt.values.every(fits));
    case 'between':
      return (
        (flt.from !== undefined || flt.to !== undefined) && [flt.from, flt.to].every((v) => v === undefined || fits(v))
      );
    case 'empty':
      return true;
  }
}

export const ReportDefinition = z.object(definitionFields).strict().superRefine(checkDefinition);
export type ReportDefinition = z.infer<typeof ReportDefinition>;

export const BuilderRunBody = z
  .object({
    ...definitionFields,
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(25),
    /** The export: the rows with the chosen columns, or the counts per group. */
    part: z.enum(['rows', 'groups']).default('rows'),
  })
  .strict()
  .superRefine(checkDefinition);
export type BuilderRunBody = z.infer<typeof BuilderRunBody>;

const Cell = z.union([z.string(), z.number(), z.null()]);
export const BuilderResult = z.object({
  total: z.number().int(),
  /** The number fields summed per group (with their labels). */
  sums: z.array(z.object({ key: z.string(), label: z.string() })),
  groups: z.array(
    z.object({
      keys: z.array(z.object({ value: Cell, label: z.string() })),
      count: z.number().int(),
      sums: z.record(z.string(), z.number()),
    }),
  ),
  /** True when there were more groups than shown. */
  groupsTruncated: z.boolean(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.object({
    items: z.array(z.record(z.string(), Cell)),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
});
export type BuilderResult = z.infer<typeof BuilderResult>;

const savedFields = {
  name: requiredText(200),
  shared: z.boolean().default(false),
  definition: ReportDefinition,
};
export const SavedReportCreate = z.object(savedFields).strict();
export const SavedReportUpdate = z.object({ ...savedFields, version: Version }).strict();
export type SavedReportCreate = z.infer<typeof SavedReportCreate>;
export type SavedReportUpdate = z.infer<typeof SavedReportUpdate>;

export const SavedReport = z.object({
  id: z.number().int(),
  name: z.string(),
  entity: z.enum(REPORT_ENTITIES),
  shared: z.boolean(),
  definition: z.object(definitionFields),
  ownerId: z.number().int(),
  ownerName: z.string().nullable(),
  mine: z.boolean(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SavedReport = z.infer<typeof SavedReport>;
export const SavedReportList = z.object({ items: z.array(SavedReport) });
export const SavedReportDeleteQuery = z.object({ version: z.coerce.number().int().positive() });
