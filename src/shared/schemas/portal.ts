import { z } from 'zod';
import { CEFR_LEVELS, STUDY_LEVELS } from '#shared/enums.js';
import { MOE_REGIONS } from '#shared/regions.data.js';
import { LOCALES } from '#shared/roles.js';
import { emptyAsNull, IdParams, optionalText, Timestamp, Version } from './common.js';

/** The portal's language segment: /portal/zh-TW/… or /portal/en/…. */
export const PortalLangParams = z.object({ lang: z.enum(LOCALES) });
export const PortalLangIdParams = PortalLangParams.extend(IdParams.shape);

/** The public partner search (a GET form: empty fields arrive as ''). Every field is short: a bot gets a 400. */
const blank = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());
export const PortalPartnerQuery = z
  .object({
    q: blank(z.string().trim().max(100)),
    country: blank(z.string().regex(/^[A-Z]{2}$/)),
    region: blank(z.enum(MOE_REGIONS)),
    level: blank(z.enum(STUDY_LEVELS)),
    /** An ISCED-F field: broad (2 digits), narrow (3) or detailed (4); a place matches by prefix. */
    field: blank(z.string().regex(/^\d{2,4}$/)),
    language: blank(z.string().regex(/^[a-z]{2,3}$/)),
    /** The student's level in that language: places asking no more than it. */
    cefr: blank(z.enum(CEFR_LEVELS)),
  })
  .strict();
export type PortalPartnerQuery = z.infer<typeof PortalPartnerQuery>;

// ── Staff side: news, partner profiles, testimonials ─────────────────────────

const newsFields = {
  titleZh: optionalText(200),
  titleEn: optionalText(200),
  bodyZh: optionalText(20000),
  bodyEn: optionalText(20000),
  photoAltZh: optionalText(200),
  photoAltEn: optionalText(200),
  published: z.boolean().default(false),
  publishedOn: emptyAsNull(z.iso.date()),
};
export const NewsCreate = z.object(newsFields).strict();
export const NewsUpdate = z.object({ ...newsFields, version: Version }).strict();
export type NewsCreate = z.infer<typeof NewsCreate>;
export type NewsUpdate = z.infer<typeof NewsUpdate>;
export const News = z.object({
  id: z.number().int(),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  bodyZh: z.string().nullable(),
  bodyEn: z.string().nullable(),
  photoAltZh: z.string().nullable(),
  photoAltEn: z.string().nullable(),
  hasPhoto: z.boolean(),
  published: z.boolean(),
  publishedOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type News = z.infer<typeof News>;
export const NewsList = z.object({ items: z.array(News) });

const httpUrl = emptyAsNull(z.url({ protocol: /^https?$/ }).max(500));
export const PartnerProfileUpdate = z
  .object({
    published: z.boolean(),
    summaryZh: optionalText(4000),
    summaryEn: optionalText(4000),
    termDatesZh: optionalText(1000),
    termDatesEn: optionalText(1000),
    catalogueUrl: httpUrl,
    contactOffice: optionalText(200),
    /** The exchange office's shared mailbox, not a person's address. */
    contactEmail: emptyAsNull(z.email().max(200)),
    /** 0 creates the profile; afterwards the version read. */
    version: z.number().int().min(0),
  })
  .strict();
export type PartnerProfileUpdate = z.infer<typeof PartnerProfileUpdate>;
const nullableText = z.string().nullable();
export const PartnerProfile = z.object({
  partnerId: z.number().int(),
  published: z.boolean(),
  summaryZh: nullableText,
  summaryEn: nullableText,
  termDatesZh: nullableText,
  termDatesEn: nullableText,
  catalogueUrl: nullableText,
  contactOffice: nullableText,
  contactEmail: nullableText,
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
});
export type PartnerProfile = z.infer<typeof PartnerProfile>;

const testimonialFields = {
  partnerId: z.number().int().positive(),
  firstName: optionalText(60),
  program: optionalText(120),
  academicYear: z.number().int().min(2000).max(2100).nullish(),
  textZh: optionalText(4000),
  textEn: optionalText(4000),
  /** The student agreed in writing that this text (with first name and program) is shown publicly. */
  consented: z.boolean(),
  approved: z.boolean().default(false),
};
export const TestimonialCreate = z.object(testimonialFields).strict();
export const TestimonialUpdate = z.object({ ...testimonialFields, version: Version }).strict();
export type TestimonialCreate = z.infer<typeof TestimonialCreate>;
export type TestimonialUpdate = z.infer<typeof TestimonialUpdate>;
export const Testimonial = z.object({
  id: z.number().int(),
  partnerId: z.number().int(),
  firstName: z.string().nullable(),
  program: z.string().nullable(),
  academicYear: z.number().int().nullable(),
  textZh: z.string().nullable(),
  textEn: z.string().nullable(),
  consented: z.boolean(),
  approved: z.boolean(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type Testimonial = z.infer<typeof Testimonial>;
export const TestimonialList = z.object({ items: z.array(Testimonial) });
export const PartnerIdQuery = z.object({ partnerId: z.coerce.number().int().positive() });
