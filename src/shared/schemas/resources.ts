import { z } from 'zod';
import { AGREEMENT_KINDS } from '#shared/enums.js';
import { RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_LANGUAGES } from '#shared/resources.js';
import { emptyAsNull, optionalText, requiredText, Timestamp, Version } from './common.js';

export const ResourceCategoryInput = z
  .object({ nameZh: requiredText(100), nameEn: requiredText(100), sortOrder: z.number().int().min(0).max(999) })
  .strict();
export const ResourceCategoryUpdate = ResourceCategoryInput.extend({
  archived: z.boolean(),
  version: Version,
}).strict();
export type ResourceCategoryInput = z.infer<typeof ResourceCategoryInput>;
export type ResourceCategoryUpdate = z.infer<typeof ResourceCategoryUpdate>;
export const ResourceCategory = z.object({
  id: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type ResourceCategory = z.infer<typeof ResourceCategory>;
export const ResourceCategoryList = z.object({ items: z.array(ResourceCategory) });

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[^,]+$/);
const itemFields = {
  categoryId: z.number().int().positive(),
  kind: z.enum(RESOURCE_KINDS),
  titleZh: optionalText(200),
  titleEn: optionalText(200),
  descriptionZh: optionalText(2000),
  descriptionEn: optionalText(2000),
  languages: z.enum(RESOURCE_LANGUAGES),
  /** A link's address (required for a link; a document's file comes by upload). */
  url: emptyAsNull(z.url({ protocol: /^https?$/ }).max(500)),
  audience: z.enum(RESOURCE_AUDIENCES),
  /** The unit an item for one unit is meant for (and the unit that keeps a college's items). */
  unitId: z.number().int().positive().nullish(),
  tags: z.array(Tag).max(20).default([]),
  /** An agreement template: the kind of agreement it is the template for (shown in the agreement module). */
  agreementKind: z.enum(AGREEMENT_KINDS).nullish(),
  ownerId: z.number().int().positive().nullish(),
  reviewOn: emptyAsNull(z.iso.date()),
};
export const ResourceCreate = z.object(itemFields).strict();
export const ResourceUpdate = z
  .object({ ...itemFields, archived: z.boolean().default(false), version: Version })
  .strict();
export type ResourceCreate = z.infer<typeof ResourceCreate>;
export type ResourceUpdate = z.infer<typeof ResourceUpdate>;

export const ResourceVersion = z.object({
  id: z.number().int(),
  number: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
  note: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  uploadedAt: Timestamp,
  current: z.boolean(),
});
export const ResourceSummary = z.object({
  id: z.number().int(),
  categoryId: z.number().int(),
  kind: z.enum(RESOURCE_KINDS),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  descriptionZh: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  languages: z.enum(RESOURCE_LANGUAGES),
  url: z.string().nullable(),
  audience: z.enum(RESOURCE_AUDIENCES),
  unitId: z.number().int().nullable(),
  tags: z.array(z.string()),
  agreementKind: z.enum(AGREEMENT_KINDS).nullable(),
  ownerId: z.number().int().nullable(),
  reviewOn: z.string().nullable(),
  hasFile: z.boolean(),
  archived: z.boolean(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type ResourceSummary = z.infer<typeof ResourceSummary>;
export const Resource = ResourceSummary.extend({
  versions: z.array(ResourceVersion),
  permissions: z.object({ update: z.boolean() }),
});
export type Resource = z.infer<typeof Resource>;
export const ResourceList = z.object({ items: z.array(ResourceSummary) });
export const ResourceListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  categoryId: z.coerce.number().int().positive().optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  agreementKind: z.enum(AGREEMENT_KINDS).optional(),
  archived: z.stringbool().default(false),
});
export type ResourceListQuery = z.infer<typeof ResourceListQuery>;
export const ResourceVersionParams = z.object({
  id: z.coerce.number().int().positive(),
  versionId: z.coerce.number().int().positive(),
});
