import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { logRecordReads } from '#server/lib/pii-log.js';
import { updateAudited } from '#server/lib/versioned.js';
import { authorizeAny } from '#server/policies/policy.js';
import { recruitmentPolicy } from '#server/policies/recruitment.policy.js';
import { academicYearOf } from '#shared/calendar.js';
import type { Lead, LeadInput, LeadListQuery, LeadUpdate } from '#shared/schemas/recruitment.js';
import * as repo from './lead.repository.js';

export const LEAD_ENTITY = 'recruitment_lead';
export const emailKey = (email: string) => email.trim().toLowerCase();

/** Consent given and not withdrawn: the only leads a follow-up mail may go to. */
export const mailable = (r: Pick<repo.LeadRow, 'consent_at' | 'consent_withdrawn_at'>) =>
  r.consent_at !== null && r.consent_withdrawn_at === null;

const present = (r: repo.LeadRow): Lead => ({
  id: r.id,
  tripId: r.trip_id,
  channel: r.channel,
  name: r.name,
  email: r.email,
  country: r.country,
  programInterest: r.program_interest,
  level: r.level,
  locale: r.locale,
  collectedOn: r.collected_on,
  academicYear: r.academic_year,
  consentVersion: r.consent_version,
  consentAt: r.consent_at,
  consentWithdrawnAt: r.consent_withdrawn_at,
  mailable: mailable(r),
  followups: Number(r.followups ?? 0),
  notes: r.notes,
  version: r.version,
  updatedAt: r.updated_at,
});

/** What the audit keeps of a lead: the record, not the person (name and address stay in the lead). */
const auditView = (l: Lead) => ({
  id: l.id,
  tripId: l.tripId,
  channel: l.channel,
  country: l.country,
  level: l.level,
  consentVersion: l.consentVersion,
  consentAt: l.consentAt,
  consentWithdrawnAt: l.consentWithdrawnAt,
});

/** A page of leads; every lead shown is logged as read (personal data, docs/decisions/0013 and 0020). */
export async function listLeads(ctx: Ctx, query: LeadListQuery) {
  authorizeAny(recruitmentPolicy, ctx.actor, 'readLeads', ctx.units);
  const { page, pageSize, cursor, count, ...filter } = query;
  // One trip's leads are counted exactly (a fair's few hundred); all leads grow every year: probed (ADR 0035).
  const result = await keysetListPage(
    { page, pageSize, cursor, count: filter.tripId ? 'exact' : count },
    repo.LEAD_SORT_KEYS,
    (window) => repo.findLeads(ctx.db, filter, window),
    (cap) => repo.countLeads(ctx.db, filter, cap),
    (rows) => rows.map(present),
  );
  await logReads(
    ctx,
    result.items.map((l) => l.id),
  );
  return result;
}

const logReads = (ctx: Ctx, leadIds: number[], db: Db = ctx.db) =>
  logRecordReads(db, {
    userId: ctx.actor.id,
    ip: ctx.ip,
    at: ctx.now,
    field: 'recruitmentLead',
    entity: 'recruitment_lead',
    ids: leadIds,
  });

async function readLead(ctx: Ctx, id: number, db: Db): Promise<Lead> {
  const row = await repo.findLead(db, id);
  if (!row) throw AppError.notFound();
  return present(row);
}

export async function getLead(ctx: Ctx, id: number): Promise<Lead> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'readLeads', ctx.units);
  const lead = await readLead(ctx, id, ctx.db);
  await logReads(ctx, [id]);
  return lead;
}

async function columnsOf(db: Db, input: LeadInput) {
  if (input.tripId && !(await repo.tripExists(db, input.tripId))) throw AppError.field('tripId', 'invalid_value');
  return {
    trip_id: input.tripId,
    channel: input.channel,
    name: input.name,
    email: input.email.trim(),
    email_key: emailKey(input.email),
    country: input.country,
    program_interest: input.programInterest,
    level: input.level,
    locale: input.locale,
    collected_on: input.collectedOn,
    academic_year: academicYearOf(input.collectedOn),
    consent_version: input.consentVersion,
    consent_at: input.consentAt ? new Date(input.consentAt).toISOString() : null,
    notes: input.notes,
  };
}

export async function createLead(ctx: Ctx, input: LeadInput): Promise<Lead> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertLead(trx, {
      ...(await columnsOf(trx, input)),
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await readLead(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        LEAD_ENTITY,
        id,
        auditSummary('auditSummaries.lead.saved', { id }),
        null,
        auditView(after),
      ),
    );
    return after;
  });
}

export async function updateLead(ctx: Ctx, id: number, input: LeadUpdate): Promise<Lead> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  const before = await readLead(ctx, id, ctx.db);
  return ctx.db.transaction().execute(async (trx) =>
    updateAudited(trx, {
      table: 'recruitment_leads',
      id,
      version: input.version,
      values: { ...(await columnsOf(trx, input)), updated_at: ctx.now },
      current: () => readLead(ctx, id, trx).catch(() => undefined),
      after: () => readLead(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          LEAD_ENTITY,
          id,
          auditSummary('auditSummaries.lead.saved', { id }),
          auditView(before),
          auditView(after),
        ),
    }),
  );
}

/** The lead asked for no more mail: recorded with its time; follow-ups skip them from now on. */
export async function withdrawConsent(ctx: Ctx, id: number, version: number): Promise<Lead> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'writeLeads', ctx.units);
  const before = await readLead(ctx, id, ctx.db);
  if (before.version !== version) throw new AppError('VERSION_CONFLICT', { current: before });
  return ctx.db.transaction().execute(async (trx) => {
    // Conditional on the version read (and on consent not yet withdrawn): a concurrent change gets 409.
    const done = await repo.markConsentWithdrawn(trx, id, version, ctx.now);
    if (Number(done.numUpdatedRows) !== 1)
      throw new AppError('VERSION_CONFLICT', { current: await readLead(ctx, id, trx) });
    const after = await readLead(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'update',
        LEAD_ENTITY,
        id,
        auditSummary('auditSummaries.lead.consentWithdrawn', { id }),
        auditView(before),
        auditView(after),
      ),
    );
    return after;
  });
}
