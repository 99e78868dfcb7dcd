import { z } from 'zod';
import { MOE_REGIONS } from '#shared/regions.data.js';
import { type BuilderField, FILTER_OPS, fieldOf, OPS_BY_TYPE } from '#shared/report-builder.js';
import { REPORT_ENTITIES } from '#shared/reporting.js';
import { requiredText, Timestamp, Version } from './common.js';

/**
 * The ad-hoc report builder's definition: what a user runs, exports and saves. The fields it may name
 * and the filters each takes are the registry in #shared/report-builder.ts. People offer no personal-data
 * field (no passport or residence-permit number or hint, no birth date, e-mail, phone or GPA).
 */
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
