import { randomBytes } from 'node:crypto';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { academicYear, auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { hashToken } from '#server/modules/auth/session.hook.js';
import { insertMobility } from '#server/modules/mobility/mobility.writer.js';
import { findPartnerById } from '#server/modules/partners/partner.repository.js';
import { searchTextOf } from '#server/modules/people/people.columns.js';
import { insertPerson } from '#server/modules/people/people.repository.js';
import { authorizeAny } from '#server/policies/policy.js';
import { nominationPolicy } from '#server/policies/recruitment.policy.js';
import { addDays } from '#shared/calendar.js';
import { defaultWindow, NOMINATION_LINK_DAYS } from '#shared/recruitment.js';
import type {
  LinkCreate,
  NominationAccept,
  NominationReject,
  NominationWindow,
  PartnerNominations,
  StaffNomination,
  WindowInput,
  WindowUpdate,
} from '#shared/schemas/nominations.js';
import { onNominationAccepted } from './nomination.hooks.js';
import { linkMail } from './nomination.mail.js';
import * as present from './nomination.present.js';
import * as repo from './nomination.repository.js';

const LINK = 'nomination_link';
const WINDOW = 'nomination_window';
/** A window's audit summary: its academic year (116學年度 / 2027/28) and term, in the reader's language. */
const windowSummary = (w: { academicYear: number; term: string }) =>
  auditSummary(`auditSummaries.nominationWindow.${w.term}`, { year: academicYear(w.academicYear) });

export const NOMINATION = 'nomination';

const manage = (ctx: Ctx) => authorizeAny(nominationPolicy, ctx.actor, 'manage', ctx.units);

export async function listWindows(ctx: Ctx): Promise<{ items: NominationWindow[] }> {
  manage(ctx);
  const today = present.todayOf(ctx.now);
  return { items: (await repo.findWindows(ctx.db)).map((w) => present.presentWindow(w, today)) };
}

async function readWindow(ctx: Ctx, id: number, db = ctx.db) {
  const w = await repo.findWindow(db, id);
  if (!w) throw AppError.notFound();
  return present.presentWindow(w, present.todayOf(ctx.now));
}

/** A window for a term; dates left out are the issue's (early March–1 April, early October–1 November). */
export async function createWindow(ctx: Ctx, input: WindowInput): Promise<NominationWindow> {
  manage(ctx);
  const d = defaultWindow(input.academicYear, input.term);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await uniqueAsFieldError('term', 'nomination_window_exists', () =>
      repo.insertWindow(trx, {
        academic_year: input.academicYear,
        term: input.term,
        opens_on: input.opensOn ?? d.opensOn,
        closes_on: input.closesOn ?? d.closesOn,
        applications_close_on: input.applicationsCloseOn ?? d.applicationsCloseOn,
        created_at: ctx.now,
        updated_at: ctx.now,
      }),
    );
    const after = await readWindow(ctx, id, trx);
    await recordAudit(trx, changeEntry(ctx, 'create', WINDOW, id, windowSummary(after), null, after));
    return after;
  });
}

export async function updateWindow(ctx: Ctx, id: number, input: WindowUpdate): Promise<NominationWindow> {
  manage(ctx);
  const before = await readWindow(ctx, id);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'nomination_windows',
      id,
      version: input.version,
      values: {
        opens_on: input.opensOn,
        closes_on: input.closesOn,
        applications_close_on: input.applicationsCloseOn,
        updated_at: ctx.now,
      },
      current: () => readWindow(ctx, id, trx).catch(() => undefined),
      after: () => readWindow(ctx, id, trx),
      audit: (after) => changeEntry(ctx, 'update', WINDOW, id, windowSummary(after), before, after),
    }),
  );
}

/** The partner's links, nominations, windows and inbound places with their use (the partner page's tab). */
export async function partnerNominations(ctx: Ctx, partnerId: number): Promise<PartnerNominations> {
  manage(ctx);
  if (!(await findPartnerById(ctx.db, partnerId))) throw AppError.notFound();
  const places = await repo.inboundPlacesOf(ctx.db, await repo.agreementIdsOf(ctx.db, partnerId));
  return {
    links: (await repo.findLinks(ctx.db, partnerId)).map((l) => present.presentLink(l, ctx.now)),
    nominations: (await repo.findNominations(ctx.db, partnerId)).map(present.presentStaffNomination),
    places: present.placesByYear(places),
    inboundPlaces: places.map((p) => ({
      id: p.id,
      agreementId: p.agreement_id,
      agreementTitle: p.title,
      academicYear: p.academic_year,
      level: p.level,
      places: p.places,
      used: Number(p.used ?? 0),
    })),
    windows: (await listWindows(ctx)).items,
  };
}

/** A new secret for the link, mailed to the coordinator; only its hash is kept. Returns the address. */
async function issue(ctx: Ctx, trx: Ctx['db'], link: repo.LinkRow, partnerName: string) {
  const token = randomBytes(32).toString('base64url');
  await repo.updateLink(trx, link.id, { token_hash: hashToken(token), sent_at: ctx.now });
  const mail = await linkMail(trx, link.locale, {
    name: link.contact_name,
    partner: partnerName,
    token,
    expires: link.expires_at.slice(0, 10),
  });
  const dedupeKey = `nomination-link:${link.id}:${ctx.now}`;
  await enqueueMail(trx, { to: link.contact_email, locale: link.locale, ...mail, dedupeKey }, ctx.now);
  return `${ctx.env.APP_URL}/nominate/${token}`;
}

export async function createLink(ctx: Ctx, partnerId: number, input: LinkCreate) {
  manage(ctx);
  const partner = await findPartnerById(ctx.db, partnerId);
  if (!partner) throw AppError.notFound();
  const expiresOn = input.expiresOn ?? addDays(present.todayOf(ctx.now), NOMINATION_LINK_DAYS);
  if (expiresOn <= present.todayOf(ctx.now)) throw AppError.field('expiresOn', 'nomination_expiry_past');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertLink(trx, {
      partner_id: partnerId,
      contact_name: input.contactName,
      contact_email: input.contactEmail,
      locale: input.locale,
      // A placeholder until `issue` sets the real hash in this transaction (the column is unique).
      token_hash: `pending:${randomBytes(16).toString('hex')}`,
      expires_at: new Date(`${expiresOn}T23:59:59+08:00`).toISOString(),
      created_by: ctx.actor.id,
      created_at: ctx.now,
    });
    const row = (await repo.findLink(trx, id)) as repo.LinkRow;
    const url = await issue(
      ctx,
      trx,
      row,
      input.locale === 'en' ? partner.name_en : partner.name_zh || partner.name_en,
    );
    const after = present.presentLink((await repo.findLink(trx, id)) as repo.LinkRow, ctx.now);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'create',
        LINK,
        id,
        auditSummary('auditSummaries.nominationLinkStaff.created', { id }),
        null,
        after,
      ),
      parent: { type: 'partner', id: partnerId },
    });
    return { ...after, url };
  });
}

async function liveLink(ctx: Ctx, id: number) {
  manage(ctx);
  const link = await repo.findLink(ctx.db, id);
  if (!link) throw AppError.notFound();
  return link;
}

/** Revoked at once: the secret stops working; the nominations made through it stay. */
export async function revokeLink(ctx: Ctx, id: number) {
  const link = await liveLink(ctx, id);
  if (link.revoked_at) return present.presentLink(link, ctx.now);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.updateLink(trx, id, { revoked_at: ctx.now });
    const after = present.presentLink((await repo.findLink(trx, id)) as repo.LinkRow, ctx.now);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'update',
        LINK,
        id,
        auditSummary('auditSummaries.nominationLinkStaff.revoked', { id }),
        present.presentLink(link, ctx.now),
        after,
      ),
      parent: { type: 'partner', id: link.partner_id },
    });
    return after;
  });
}

/** Resending makes a new secret (the old address stops working: only hashes are kept) and mails it. */
export async function resendLink(ctx: Ctx, id: number) {
  const link = await liveLink(ctx, id);
  if (present.linkState(link, ctx.now) !== 'live')
    throw new AppError('INVALID_TRANSITION', { messageKey: 'nomination_link_not_live' });
  const partner = await findPartnerById(ctx.db, link.partner_id);
  return ctx.db.transaction().execute(async (trx) => {
    const url = await issue(
      ctx,
      trx,
      link,
      link.locale === 'en' ? (partner?.name_en ?? '') : partner?.name_zh || partner?.name_en || '',
    );
    const after = present.presentLink((await repo.findLink(trx, id)) as repo.LinkRow, ctx.now);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'update',
        LINK,
        id,
        auditSummary('auditSummaries.nominationLinkStaff.resent', { id }),
        null,
        after,
      ),
      parent: { type: 'partner', id: link.partner_id },
    });
    return { ...after, url };
  });
}

async function readNomination(ctx: Ctx, id: number, db = ctx.db): Promise<StaffNomination> {
  const n = await repo.findNomination(db, id);
  if (!n) throw AppError.notFound();
  return present.presentStaffNomination(n);
}

function assertOpen(n: StaffNomination, version: number) {
  if (n.version !== version) throw new AppError('VERSION_CONFLICT', { current: n });
  if (n.status !== 'submitted') throw new AppError('INVALID_TRANSITION', { messageKey: 'nomination_decided' });
}

/**
 * The check above is read before the transaction, so two staff deciding at once both pass it: the write
 * itself is conditional (repo.decideNomination), and whoever finds the row changed gets 409 with the record
 * as it now is — their transaction, with anything it wrote before, is rolled back.
 */
async function decide(ctx: Ctx, trx: Ctx['db'], id: number, version: number, values: repo.NominationColumns) {
  if (await repo.decideNomination(trx, id, version, values)) return;
  throw new AppError('VERSION_CONFLICT', { current: await readNomination(ctx, id, trx) });
}

/**
 * Accepting makes the student a person and an inbound exchange mobility on one of the partner's inbound
 * places of that academic year: the mobility writer books the place under its lock and refuses
 * over-allocation, so "used" on the agreement counts the nominee.
 */
export async function acceptNomination(ctx: Ctx, id: number, input: NominationAccept): Promise<StaffNomination> {
  manage(ctx);
  const before = await readNomination(ctx, id);
  assertOpen(before, input.version);
  const places = await repo.inboundPlacesOf(ctx.db, await repo.agreementIdsOf(ctx.db, before.partnerId));
  const place = places.find((p) => p.id === input.placeId);
  if (!place) throw AppError.field('placeId', 'invalid_value');
  if (place.academic_year !== before.academicYear) throw AppError.field('placeId', 'nomination_place_year');
  const partner = await findPartnerById(ctx.db, before.partnerId);
  return ctx.db.transaction().execute(async (trx) => {
    // Claimed first: a concurrent accept or reject of the same nomination stops here, before any person,
    // mobility or place booking is made.
    await decide(ctx, trx, id, input.version, {
      status: 'accepted',
      decided_by: ctx.actor.id,
      decided_at: ctx.now,
      updated_at: ctx.now,
    });
    const nameEn = `${before.givenName} ${before.familyName}`;
    const personId = await insertPerson(trx, {
      kind: 'student',
      name_en: nameEn,
      email: before.email,
      nationality: partner?.country ?? null,
      search_text: searchTextOf({ nameEn }),
      created_at: ctx.now,
      updated_at: ctx.now,
    } as Parameters<typeof insertPerson>[1]);
    const mobilityId = await insertMobility(
      trx,
      {
        person_id: personId,
        direction: 'inbound',
        kind: 'exchange_in',
        person_category: 'student',
        moe_category: null,
        dual_degree: 0,
        credit_bearing: 1,
        status: 'accepted',
        partner_id: before.partnerId,
        agreement_id: place.agreement_id,
        place_id: place.id,
        application_id: null,
        host_name_zh: partner?.name_zh ?? null,
        host_name_en: partner?.name_en ?? null,
        country: partner?.country ?? null,
        city: partner?.city ?? null,
        start_date: input.startDate,
        end_date: input.endDate,
        departed_on: null,
        returned_on: null,
        closed_on: null,
        credits: null,
        purpose: null,
        outputs: null,
        notes: `nomination #${id}`,
      },
      { dialect: ctx.dialect, actorId: ctx.actor.id, now: ctx.now },
    );
    await repo.setNomination(trx, id, { person_id: personId, mobility_id: mobilityId });
    await onNominationAccepted(trx, { ...before, mobilityId, personId });
    const after = await readNomination(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'update',
        NOMINATION,
        id,
        auditSummary('auditSummaries.nominationDecision.accepted', { id }),
        { status: before.status },
        { status: after.status, mobilityId },
      ),
    );
    return after;
  });
}

export async function rejectNomination(ctx: Ctx, id: number, input: NominationReject): Promise<StaffNomination> {
  manage(ctx);
  const before = await readNomination(ctx, id);
  assertOpen(before, input.version);
  return ctx.db.transaction().execute(async (trx) => {
    await decide(ctx, trx, id, input.version, {
      status: 'rejected',
      reason: input.reason,
      decided_by: ctx.actor.id,
      decided_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await readNomination(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'update',
        NOMINATION,
        id,
        auditSummary('auditSummaries.nominationDecision.declined', { id }),
        { status: before.status },
        { status: after.status, reason: input.reason },
      ),
    );
    return after;
  });
}
