import { z } from 'zod';
import {
  BUDDY_ROUND_STATUSES,
  BUDDY_SIDES,
  BUDDY_WEIGHT_CRITERIA,
  BUDDY_WEIGHT_KEYS,
  type BuddyWeights as BuddyWeightsType,
  GENDER_PREFERENCES,
  PAIR_ORIGINS,
} from '#shared/buddy.js';
import { INT_MAX, optionalText, requiredText, Timestamp, Version } from './common.js';

/** The buddy program (issue 18): rounds, both sides' profiles, pairs, contact, meetings and feedback. */
const Id = z.number().int().positive().max(INT_MAX);
const DateOnly = z.iso.date();
const Tags = z.array(z.string().trim().min(1).max(40)).max(20);

export const BuddyRoundCreate = z
  .object({
    academicYear: z.number().int().min(2000).max(2100),
    semester: z.union([z.literal(1), z.literal(2)]),
    titleZh: requiredText(200),
    titleEn: requiredText(200),
  })
  .strict();
export type BuddyRoundCreate = z.infer<typeof BuddyRoundCreate>;

export const BuddyRound = z.object({
  id: z.number().int(),
  academicYear: z.number().int(),
  semester: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  status: z.enum(BUDDY_ROUND_STATUSES),
  publishedAt: z.string().nullable(),
  internationals: z.number().int(),
  locals: z.number().int(),
  pairs: z.number().int(),
  version: Version,
});
export type BuddyRound = z.infer<typeof BuddyRound>;
export const BuddyRoundList = z.object({ items: z.array(BuddyRound) });

/**
 * A profile: staff enter one for anyone (`personId`); a student fills their own. An international
 * student's profile comes from their inbound mobility record (the latest, unless `mobilityId` names
 * one), whose start date is the arrival date unless given.
 */
export const ProfileCreate = z
  .object({
    personId: Id.optional(),
    side: z.enum(BUDDY_SIDES),
    mobilityId: Id.optional(),
    languages: Tags.min(1),
    interests: Tags.default([]),
    genderPreference: z.enum(GENDER_PREFERENCES).default('any'),
    arrivalOn: DateOnly.nullish().transform((v) => v ?? null),
    capacity: z.number().int().min(1).max(3).default(1),
  })
  .strict();
export type ProfileCreate = z.infer<typeof ProfileCreate>;
/** Editing a profile: what the student said of themselves (not who they are or their side), with the version. */
export const ProfileUpdate = z
  .object({
    languages: Tags.min(1),
    interests: Tags,
    genderPreference: z.enum(GENDER_PREFERENCES),
    arrivalOn: DateOnly.nullish().transform((v) => v ?? null),
    capacity: z.number().int().min(1).max(3),
    version: Version,
  })
  .strict();
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;

export const Profile = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  personId: z.number().int(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  nationality: z.string().nullable(),
  side: z.enum(BUDDY_SIDES),
  mobilityId: z.number().int().nullable(),
  languages: z.array(z.string()),
  interests: z.array(z.string()),
  gender: z.string().nullable(),
  genderPreference: z.enum(GENDER_PREFERENCES),
  unitId: z.number().int().nullable(),
  arrivalOn: z.string().nullable(),
  capacity: z.number().int(),
  version: Version,
});
export type Profile = z.infer<typeof Profile>;

export const Pair = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  internationalId: z.number().int(),
  localId: z.number().int(),
  score: z.number().int().nullable(),
  origin: z.enum(PAIR_ORIGINS),
  notifiedAt: z.string().nullable(),
  firstContactOn: z.string().nullable(),
  meetings: z.number().int(),
  version: Version,
});
export type Pair = z.infer<typeof Pair>;

/** A round's matching weights: whole numbers 0–1000, at least one criterion above 0 (else every pair scores 0). */
const Weight = z.number().int().min(0).max(1000);
export const BuddyWeights = z
  .object(
    Object.fromEntries(BUDDY_WEIGHT_KEYS.map((k) => [k, Weight])) as Record<keyof BuddyWeightsType, typeof Weight>,
  )
  .strict()
  .superRefine((w, ctx) => {
    if (BUDDY_WEIGHT_CRITERIA.every((k) => w[k] === 0))
      for (const k of BUDDY_WEIGHT_CRITERIA)
        ctx.addIssue({ code: 'custom', path: [k], params: { i18n: 'buddy_weights_all_zero' } });
  });
/** null puts the round back on the documented defaults. */
export const BuddyWeightsUpdate = z.object({ weights: BuddyWeights.nullable(), version: Version }).strict();
export type BuddyWeightsUpdate = z.infer<typeof BuddyWeightsUpdate>;

export const BuddyRoundDetail = BuddyRound.extend({
  profiles: z.array(Profile),
  pairList: z.array(Pair),
  /** The weights the matching uses for this round, and whether they are the defaults. */
  weights: BuddyWeights,
  weightsDefault: z.boolean(),
});
export type BuddyRoundDetail = z.infer<typeof BuddyRoundDetail>;

export const PairCreate = z.object({ internationalId: Id, localId: Id }).strict();
export const RoundVersion = z.object({ version: Version }).strict();

export const FirstContact = z.object({ on: DateOnly }).strict();
export const MeetingCreate = z
  .object({
    metOn: DateOnly,
    minutes: z
      .number()
      .int()
      .min(5)
      .max(720)
      .nullish()
      .transform((v) => v ?? null),
    note: optionalText(1000),
  })
  .strict();
export type MeetingCreate = z.infer<typeof MeetingCreate>;
export const PairFeedback = z.object({ rating: z.number().int().min(1).max(5), text: optionalText(2000) }).strict();
export type PairFeedback = z.infer<typeof PairFeedback>;

/** One of the signed-in student's published pairs, as they see it: the other person and what was logged. */
export const MyPair = z.object({
  id: z.number().int(),
  roundTitleZh: z.string(),
  roundTitleEn: z.string(),
  mySide: z.enum(BUDDY_SIDES),
  partnerNameZh: z.string().nullable(),
  partnerNameEn: z.string().nullable(),
  partnerEmail: z.string().nullable(),
  partnerLanguages: z.array(z.string()),
  partnerInterests: z.array(z.string()),
  arrivalOn: z.string().nullable(),
  firstContactOn: z.string().nullable(),
  meetings: z.array(
    z.object({
      id: z.number().int(),
      metOn: z.string(),
      minutes: z.number().int().nullable(),
      note: z.string().nullable(),
    }),
  ),
  myFeedback: z.object({ rating: z.number().int(), text: z.string().nullable(), createdAt: Timestamp }).nullable(),
});
export type MyPair = z.infer<typeof MyPair>;
export const MyPairs = z.object({ items: z.array(MyPair) });
