import { z } from 'zod';
import { CONSENT_METHODS, RETENTION_KINDS, RETENTION_YEARS_MAX } from '#shared/privacy.js';
import { Timestamp, Version } from './common.js';

const IsoDate = z.iso.date();

/** One version of the privacy notice (告知事項): what the university tells people it collects and why. */
export const PrivacyNotice = z.object({
  id: z.number().int(),
  version: z.number().int(),
  effectiveOn: z.string(),
  purposeZh: z.string(),
  purposeEn: z.string(),
  textZh: z.string(),
  textEn: z.string(),
  createdAt: Timestamp,
});
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;

/** GET /privacy/notices: every version, newest first, and the one in force today. */
export const NoticeList = z.object({ items: z.array(PrivacyNotice), current: PrivacyNotice.nullable() });
export type NoticeList = z.infer<typeof NoticeList>;

/** POST /privacy/notices: a new version (numbered by the server); published versions never change. */
export const NoticeCreate = z
  .object({
    effectiveOn: IsoDate,
    purposeZh: z.string().trim().min(1).max(400),
    purposeEn: z.string().trim().min(1).max(400),
    textZh: z.string().trim().min(1).max(20_000),
    textEn: z.string().trim().min(1).max(20_000),
  })
  .strict();
export type NoticeCreate = z.infer<typeof NoticeCreate>;

export const Consent = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  noticeId: z.number().int(),
  noticeVersion: z.number().int(),
  purpose: z.string(),
  agreedOn: z.string(),
  method: z.enum(CONSENT_METHODS),
  recordedByName: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  version: z.number().int(),
});
export type Consent = z.infer<typeof Consent>;

/** GET /privacy/people/:id/consents: what the person was told and agreed to, and what the reader may do. */
export const ConsentList = z.object({
  items: z.array(Consent),
  current: PrivacyNotice.nullable(),
  acknowledgedCurrent: z.boolean(),
  permissions: z.object({ record: z.boolean() }),
});
export type ConsentList = z.infer<typeof ConsentList>;

/**
 * POST /privacy/people/:id/consents. The person acknowledges the notice in force (today, their own
 * words); OIA staff may record an earlier date or a narrower purpose from a signed form.
 */
export const ConsentCreate = z
  .object({
    noticeId: z.number().int().positive(),
    purpose: z.string().trim().max(400).optional(),
    agreedOn: IsoDate.optional(),
  })
  .strict();
export type ConsentCreate = z.infer<typeof ConsentCreate>;

export const ConsentWithdraw = z.object({ version: Version, withdrawnOn: IsoDate.optional() }).strict();
export type ConsentWithdraw = z.infer<typeof ConsentWithdraw>;

export const ConsentParams = z.object({
  id: z.coerce.number().int().positive(),
  consentId: z.coerce.number().int().positive(),
});

export const RetentionPolicy = z.object({
  kind: z.enum(RETENTION_KINDS),
  years: z.number().int(),
  enabled: z.boolean(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;
export const RetentionPolicyList = z.object({ items: z.array(RetentionPolicy) });

export const RetentionKindParams = z.object({ kind: z.enum(RETENTION_KINDS) });
export const RetentionPolicyUpdate = z
  .object({ years: z.number().int().min(1).max(RETENTION_YEARS_MAX), enabled: z.boolean(), version: Version })
  .strict();
export type RetentionPolicyUpdate = z.infer<typeof RetentionPolicyUpdate>;

/** What a run found (dry) or did for one kind: how many records, stored files deleted, and which ids. */
export const RetentionOutcome = z.object({
  kind: z.enum(RETENTION_KINDS),
  years: z.number().int(),
  cutoff: z.string(),
  records: z.number().int(),
  files: z.number().int(),
  ids: z.array(z.number().int()),
});
export type RetentionOutcome = z.infer<typeof RetentionOutcome>;

export const RetentionRun = z.object({
  id: z.number().int(),
  dryRun: z.boolean(),
  runOn: z.string(),
  actorName: z.string().nullable(),
  outcomes: z.array(RetentionOutcome),
  createdAt: Timestamp,
});
export type RetentionRun = z.infer<typeof RetentionRun>;
export const RetentionRunList = z.object({ items: z.array(RetentionRun) });
export const RetentionRunBody = z.object({ dryRun: z.boolean() }).strict();

/** One access to a person's personal data (the reveal log, docs/decisions/0013) with who did it. */
export const AccessEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  userId: z.number().int(),
  userEmail: z.string().nullable(),
  userName: z.string().nullable(),
  personId: z.number().int().nullable(),
  personName: z.string().nullable(),
  action: z.string(),
  field: z.string(),
  detail: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AccessEntry = z.infer<typeof AccessEntry>;

/** One record about the person: what it is, its id, a short label and when it was last changed. */
export const SubjectRecord = z.object({
  entity: z.string(),
  id: z.number().int(),
  label: z.string(),
  date: z.string().nullable(),
});
export type SubjectRecord = z.infer<typeof SubjectRecord>;

/** GET /privacy/people/:id/subject-access: every record about the person and every access to it. */
export const SubjectAccess = z.object({
  personId: z.number().int(),
  personName: z.string(),
  records: z.array(SubjectRecord),
  accesses: z.array(AccessEntry),
  changes: z.array(
    z.object({ at: Timestamp, actorName: z.string().nullable(), action: z.string(), entity: z.string() }),
  ),
});
export type SubjectAccess = z.infer<typeof SubjectAccess>;

/** GET /privacy/access-report?from&to: every access to personal data in a time range (breach inquiry). */
export const AccessReportQuery = z.object({ from: IsoDate, to: IsoDate }).superRefine((q, ctx) => {
  if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], params: { i18n: 'end_before_start' } });
});
export type AccessReportQuery = z.infer<typeof AccessReportQuery>;
export const AccessReport = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  people: z.number().int(),
  users: z.number().int(),
  items: z.array(AccessEntry),
});
export type AccessReport = z.infer<typeof AccessReport>;
