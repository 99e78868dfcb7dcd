import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { type AuditInput, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { enquiryPolicy } from '#server/policies/enquiries.policy.js';
import { authorize, authorizeAny, unitScope } from '#server/policies/policy.js';
import { businessDate } from '#shared/calendar.js';
import { localName } from '#shared/i18n/index.js';
import { pickLocale } from '#shared/roles.js';
import type { Enquiry, EnquiryListQuery, EnquirySummary, FaqInput, ReplyBody } from '#shared/schemas/enquiries.js';
import { replyMail } from './enquiry.mail.js';
import * as repo from './enquiry.repository.js';
import { createFaq } from './faq.service.js';
import { ENTITY, hashToken, newToken } from './public-desk.service.js';
import { slaState } from './sla.js';

function summaryOf(ctx: Ctx, r: repo.EnquiryRow): EnquirySummary {
  const today = businessDate(new Date(ctx.now));
  return {
    id: r.id,
    reference: r.reference ?? '',
    categoryCode: r.category_code,
    unitId: r.unit_id,
    status: r.status,
    locale: pickLocale(r.locale),
    name: r.name,
    subject: r.subject,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_id ? localName(ctx.locale, r.assignee_name_zh, r.assignee_name_en) : null,
    receivedAt: r.received_at,
    firstResponseDue: r.first_response_due,
    resolutionDue: r.resolution_due,
    firstResponse: slaState(r.first_response_due, r.first_response_at, today),
    resolution: slaState(r.resolution_due, r.resolved_at, today),
  };
}

/** The desk's queue: the enquiries of the divisions the user handles, newest first. */
export async function listEnquiries(ctx: Ctx, query: EnquiryListQuery) {
  authorizeAny(enquiryPolicy, ctx.actor, 'handle', ctx.units);
  const { page, pageSize, cursor, count, order: _order, ...rest } = query;
  const filter = {
    ...rest,
    userId: ctx.actor.id,
    visibleUnits: unitScope(enquiryPolicy, ctx.actor, 'handle', ctx.units),
  };
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.ENQUIRY_SORT_KEYS,
    async (window) => {
      const found = await repo.findEnquiries(ctx.db, filter, window);
      await logReads(ctx, found.rows, 'name');
      return found;
    },
    (cap) => repo.countEnquiries(ctx.db, filter, cap),
    (rows) => rows.map((r) => summaryOf(ctx, r)),
  );
}

async function readable(ctx: Ctx, id: number, db: Db = ctx.db) {
  const row = await repo.findEnquiry(db, id);
  if (!row) throw AppError.notFound();
  authorize(enquiryPolicy, ctx.actor, 'handle', row, ctx.units);
  return row;
}

async function present(ctx: Ctx, row: repo.EnquiryRow, db: Db): Promise<Enquiry> {
  const [messages, staff] = await Promise.all([
    repo.findMessages(db, row.id),
    repo.findStaffIn(db, row.unit_id === null ? [] : ctx.units.subtree(row.unit_id)),
  ]);
  return {
    ...summaryOf(ctx, row),
    email: row.email,
    body: row.body,
    firstResponseAt: row.first_response_at,
    resolvedAt: row.resolved_at,
    rating: row.rating,
    ratingComment: row.rating_comment,
    version: row.version,
    messages: messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      authorName: m.name_zh || m.name_en ? localName(ctx.locale, m.name_zh, m.name_en) : null,
      createdAt: m.created_at,
    })),
    assignable: staff.map((u) => ({ id: u.id, name: localName(ctx.locale, u.name_zh, u.name_en) || u.email })),
  };
}

/** One enquiry with its messages: the enquirer's e-mail is shown only here, to the division handling it. */
export async function getEnquiry(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Enquiry> {
  return present(ctx, await readable(ctx, id, db), db);
}

/** What the desk's record page reads: the enquiry, with the read of the enquirer's name and e-mail logged. */
export async function readEnquiry(ctx: Ctx, id: number): Promise<Enquiry> {
  const enquiry = await getEnquiry(ctx, id);
  await logReads(ctx, [enquiry], 'nameAndEmail');
  return enquiry;
}

const logReads = (ctx: Ctx, rows: { id: number }[], fields: 'name' | 'nameAndEmail') =>
  repo.logEnquirerReads(ctx.db, {
    userId: ctx.actor.id,
    ip: ctx.ip,
    at: ctx.now,
    enquiryIds: rows.map((r) => r.id),
    fields,
  });

/** The audit keeps what happened to the enquiry, never the enquirer's address or the texts. */
const auditView = (e: Enquiry) => ({
  status: e.status,
  assigneeId: e.assigneeId,
  firstResponseAt: e.firstResponseAt,
  resolvedAt: e.resolvedAt,
});
/** What happened to an enquiry (auditSummaries.enquiry.*), with its reference; never the enquirer's words. */
export type EnquiryStep = 'assign' | 'note' | 'reply' | 'replyClose' | 'close' | 'reopen';
const entry = (ctx: Ctx, e: Enquiry, step: EnquiryStep, before: Enquiry | null): AuditInput => ({
  at: ctx.now,
  actorId: ctx.actor.id,
  action: 'update',
  entityType: ENTITY,
  entityId: e.id,
  summary: auditSummary(`auditSummaries.enquiry.${step}`, { reference: e.reference }),
  before: before && auditView(before),
  after: auditView(e),
  ip: ctx.ip,
});

/** Versioned change of the enquiry row, with its other writes, read back and audited in one transaction. */
async function change(
  ctx: Ctx,
  id: number,
  version: number,
  summary: EnquiryStep,
  values: Parameters<typeof repo.setEnquiry>[2],
  alsoWrite?: (trx: Db, before: Enquiry) => Promise<void>,
): Promise<Enquiry> {
  const before = await getEnquiry(ctx, id);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'enquiries',
      id,
      version,
      values: { ...values, updated_at: ctx.now },
      current: () => getEnquiry(ctx, id, trx).catch(() => undefined),
      alsoWrite: alsoWrite && (() => alsoWrite(trx, before)),
      after: () => getEnquiry(ctx, id, trx),
      audit: (after) => entry(ctx, after, summary, before),
    }),
  );
}

/** Gives the enquiry to a colleague of its division (or takes it back to the division: null). */
export async function assign(ctx: Ctx, id: number, assigneeId: number | null, version: number) {
  const current = await getEnquiry(ctx, id);
  if (assigneeId !== null && !current.assignable.some((u) => u.id === assigneeId))
    throw AppError.field('assigneeId', 'enquiry_assignee');
  return change(ctx, id, version, 'assign', {
    assignee_id: assigneeId,
    status: current.status === 'new' ? 'open' : current.status,
  });
}

/** An internal note: for the division only, never mailed. */
export async function addNote(ctx: Ctx, id: number, body: string) {
  await readable(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.insertMessage(trx, { enquiry_id: id, kind: 'note', body, author_id: ctx.actor.id, created_at: ctx.now });
    const after = await getEnquiry(ctx, id, trx);
    await recordAudit(trx, entry(ctx, after, 'note', null));
    return after;
  });
}

/**
 * A reply, mailed to the enquirer through the outbox in their language, with a link to rate it (a new
 * token each reply: the latest mail's link is the one that works). The first reply meets (or misses)
 * the first-response level; `close` resolves the enquiry.
 */
export async function reply(ctx: Ctx, id: number, input: ReplyBody) {
  const current = await readable(ctx, id);
  if (current.status === 'closed') throw new AppError('INVALID_TRANSITION', { messageKey: 'enquiry_closed' });
  const token = newToken();
  const university = await loadUniversityDetails(ctx.db);
  return change(
    ctx,
    id,
    input.version,
    input.close ? 'replyClose' : 'reply',
    {
      status: input.close ? 'closed' : 'answered',
      first_response_at: current.first_response_at ?? ctx.now,
      resolved_at: input.close ? ctx.now : null,
      rating_token_hash: hashToken(token),
      assignee_id: current.assignee_id ?? ctx.actor.id,
    },
    async (trx, before) => {
      await repo.insertMessage(trx, {
        enquiry_id: id,
        kind: 'reply',
        body: input.body,
        author_id: ctx.actor.id,
        created_at: ctx.now,
      });
      const mail = replyMail(before.locale, university, {
        name: before.name,
        reference: before.reference,
        subject: before.subject,
        body: input.body,
        ratingToken: token,
      });
      const n = before.messages.filter((m) => m.kind === 'reply').length + 1;
      await enqueueMail(
        trx,
        { to: before.email, locale: before.locale, ...mail, dedupeKey: `enquiry:${id}:reply:${n}` },
        ctx.now,
      );
    },
  );
}

export async function close(ctx: Ctx, id: number, version: number) {
  return change(ctx, id, version, 'close', { status: 'closed', resolved_at: ctx.now });
}

export async function reopen(ctx: Ctx, id: number, version: number) {
  return change(ctx, id, version, 'reopen', { status: 'open', resolved_at: null });
}

/** "Promote this answer to the FAQ": an entry linked to the enquiry, which the division may read. */
export async function promoteToFaq(ctx: Ctx, id: number, input: FaqInput) {
  await readable(ctx, id);
  return createFaq(ctx, input, id);
}
