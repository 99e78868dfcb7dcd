import { z } from 'zod';

/** The largest value of an `integer` column on PostgreSQL (int4); ids and amounts stay below it. */
export const INT_MAX = 2_147_483_647;

/** Path parameter `:id`. */
export const IdParams = z.object({ id: z.coerce.number().int().positive().max(INT_MAX) });

/** Every editable record carries a version; an update must send the version it was based on. */
export const Version = z.number().int().positive();

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/**
 * The query of a keyset-paged list (ADR 0035): `cursor` (the previous page's nextCursor) continues the
 * walk without OFFSET; `count=exact` asks for the exact total where it would otherwise be probed.
 */
export const KeysetPageQuery = PageQuery.extend({
  cursor: z.string().max(2000).optional(),
  count: z.enum(['probe', 'exact']).default('probe'),
});

/** A keyset-paged list's page: `totalExact: false` means "more than `total`"; `nextCursor` null on the last page. */
export function keysetPageOf<T extends z.ZodType>(item: T) {
  return pageOf(item).extend({ totalExact: z.boolean(), nextCursor: z.string().nullable() });
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Trimmed text; empty becomes null so optional fields are stored as absent, not as ''. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** An optional input where an empty string from a form means "none". */
export const emptyAsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? null : v), schema.nullish()).transform((v) => v ?? null);

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A record's id in a body (a positive 32-bit integer). */
export const PositiveId = z.number().int().positive().max(INT_MAX);
/** Optional in a body: absent, undefined or null are all stored as null. */
export const orNull = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);
/** An ISO 3166 alpha-2 code, upper-cased; otherwise the field's message says it is not a country. */
export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{2}$/.test(v), { params: { i18n: 'country' } });

/** ISO timestamp as stored (UTC, text in both dialects). */
export const Timestamp = z.string();

/** What the current user may do with one record; the UI hides actions that are false. */
export const RecordPermissions = z.object({ update: z.boolean(), archive: z.boolean() });

export const OkResponse = z.object({ ok: z.literal(true) });
