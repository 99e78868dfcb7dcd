import { z } from 'zod';
import { ENQUIRY_LIMITS, ENQUIRY_MESSAGE_KINDS, ENQUIRY_STATUSES } from '#shared/enquiries.js';
import { INT_MAX, KeysetPageQuery, keysetPageOf, Timestamp, Version } from './common.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const Locale = z.enum(['zh-TW', 'en']);

// ——— public (no sign-in) ———

/** GET /api/public/enquiry-categories: what the form offers (names only, never the routing). */
export const PublicCategoryList = z.object({
  items: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
});
export type PublicCategoryList = z.infer<typeof PublicCategoryList>;

/**
 * POST /api/public/enquiries. `website` is the honeypot: people never see it (the form hides it), so a
 * value means a robot; the answer looks the same and nothing is stored.
 */
export const EnquirySubmit = z
  .object({
    categoryCode: z.string().trim().min(1).max(40),
    name: text(ENQUIRY_LIMITS.name),
    email: z.email().max(ENQUIRY_LIMITS.email),
    subject: text(ENQUIRY_LIMITS.subject),
    body: text(ENQUIRY_LIMITS.body),
    locale: Locale,
    website: z.string().max(200).optional(),
  })
  .strict();
export type EnquirySubmit = z.infer<typeof EnquirySubmit>;
export const EnquiryReceipt = z.object({ reference: z.string() });
export type EnquiryReceipt = z.infer<typeof EnquiryReceipt>;

/** POST /api/public/enquiry-ratings: the link in a reply mail carries the token. */
export const RatingSubmit = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
    rating: z.number().int().min(1).max(5),
    comment: z.string().trim().max(ENQUIRY_LIMITS.comment).optional(),
  })
  .strict();
export type RatingSubmit = z.infer<typeof RatingSubmit>;

/**
 * GET /api/public/faq: the published entries. `missing` lists the languages without a translation
 * (the portal then shows the other language and says so).
 */
export const PublicFaqEntry = z.object({
  id: z.number().int(),
  category: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  questionZh: z.string(),
  questionEn: z.string(),
  answerZh: z.string(),
  answerEn: z.string(),
  missing: z.array(Locale),
  updatedAt: Timestamp,
});
export const PublicFaqList = z.object({ items: z.array(PublicFaqEntry) });
export type PublicFaqList = z.infer<typeof PublicFaqList>;

// ——— staff ———

export const EnquiryListQuery = KeysetPageQuery.extend({
  status: z.enum(ENQUIRY_STATUSES).optional(),
  categoryCode: z.string().max(40).optional(),
  mine: z.stringbool().optional(),
});
export type EnquiryListQuery = z.infer<typeof EnquiryListQuery>;

/** Where an enquiry stands against its service levels (working days, Taiwan's calendar). */
export const SlaState = z.enum(['met', 'due', 'breached']);
export const EnquirySummary = z.object({
  id: z.number().int(),
  reference: z.string(),
  categoryCode: z.string(),
  unitId: z.number().int().nullable(),
  status: z.enum(ENQUIRY_STATUSES),
  locale: Locale,
  name: z.string(),
  subject: z.string(),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  receivedAt: Timestamp,
  firstResponseDue: z.string(),
  resolutionDue: z.string(),
  firstResponse: SlaState,
  resolution: SlaState,
});
export type EnquirySummary = z.infer<typeof EnquirySummary>;
export const EnquiryPage = keysetPageOf(EnquirySummary);
export type EnquiryPage = z.infer<typeof EnquiryPage>;

export const EnquiryMessage = z.object({
  id: z.number().int(),
  kind: z.enum(ENQUIRY_MESSAGE_KINDS),
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: Timestamp,
});
export const Enquiry = EnquirySummary.extend({
  email: z.string(),
  body: z.string(),
  firstResponseAt: Timestamp.nullable(),
  resolvedAt: Timestamp.nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  version: Version,
  messages: z.array(EnquiryMessage),
  assignable: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type Enquiry = z.infer<typeof Enquiry>;

export const AssignBody = z.object({
  assigneeId: z.number().int().positive().max(INT_MAX).nullable(),
  version: Version,
});
export const NoteBody = z.object({ body: text(ENQUIRY_LIMITS.body) }).strict();
export const ReplyBody = z.object({ body: text(ENQUIRY_LIMITS.body), close: z.boolean(), version: Version }).strict();
export const VersionBody = z.object({ version: Version });
export type ReplyBody = z.infer<typeof ReplyBody>;

/** POST /enquiries/:id/faq: the question and answer in both languages; an empty side is a missing translation. */
export const FaqInput = z
  .object({
    categoryCode: z.string().trim().min(1).max(40),
    questionZh: z.string().trim().max(500),
    questionEn: z.string().trim().max(500),
    answerZh: z.string().trim().max(ENQUIRY_LIMITS.body),
    answerEn: z.string().trim().max(ENQUIRY_LIMITS.body),
    published: z.boolean(),
  })
  .strict();
export type FaqInput = z.infer<typeof FaqInput>;
export const FaqUpdate = FaqInput.extend({ version: Version });
export const FaqEntry = PublicFaqEntry.extend({
  enquiryId: z.number().int().nullable(),
  published: z.boolean(),
  version: Version,
});
export type FaqEntry = z.infer<typeof FaqEntry>;
export const FaqList = z.object({ items: z.array(FaqEntry) });
export type FaqList = z.infer<typeof FaqList>;

export const EnquiryCategory = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unitId: z.number().int().nullable(),
  firstResponseDays: z.number().int(),
  resolutionDays: z.number().int(),
  active: z.boolean(),
});
export type EnquiryCategory = z.infer<typeof EnquiryCategory>;
export const EnquiryCategoryList = z.object({ items: z.array(EnquiryCategory) });
export const CategoryParams = z.object({ code: z.string().max(40) });
export const CategoryUpdate = z
  .object({
    nameZh: text(100),
    nameEn: text(100),
    unitId: z.number().int().positive().max(INT_MAX).nullable(),
    firstResponseDays: z.number().int().min(0).max(60),
    resolutionDays: z.number().int().min(0).max(120),
    active: z.boolean(),
  })
  .strict();
export type CategoryUpdate = z.infer<typeof CategoryUpdate>;

export const SavedReply = z.object({
  id: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  bodyZh: z.string(),
  bodyEn: z.string(),
  categoryCode: z.string().nullable(),
});
export type SavedReply = z.infer<typeof SavedReply>;
export const SavedReplyList = z.object({ items: z.array(SavedReply) });
export const SavedReplyCreate = z
  .object({
    titleZh: text(200),
    titleEn: text(200),
    bodyZh: text(ENQUIRY_LIMITS.body),
    bodyEn: text(ENQUIRY_LIMITS.body),
    categoryCode: z.string().max(40).nullable(),
  })
  .strict();
export type SavedReplyCreate = z.infer<typeof SavedReplyCreate>;

/** The period of the figures (Taipei dates, both ends counted); by default this calendar year to date. */
export const FiguresQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });
export type FiguresQuery = z.infer<typeof FiguresQuery>;
/** The desk's figures for enquiries received in a period (the divisions the reader may see). */
export const EnquiryFigures = z.object({
  from: z.string(),
  to: z.string(),
  volume: z.number().int(),
  byCategory: z.array(z.object({ code: z.string(), count: z.number().int() })),
  answered: z.number().int(),
  /** Median working days from receipt to the first reply (null without replies). */
  medianFirstResponseDays: z.number().nullable(),
  firstResponseMet: z.number().int(),
  firstResponseBreached: z.number().int(),
  resolutionMet: z.number().int(),
  resolutionBreached: z.number().int(),
  ratings: z.number().int(),
  averageRating: z.number().nullable(),
});
export type EnquiryFigures = z.infer<typeof EnquiryFigures>;
