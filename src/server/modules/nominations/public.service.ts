import type { AppDeps } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import * as factsheets from '#server/modules/agreements/factsheet.repository.js';
import { hashToken } from '#server/modules/auth/session.hook.js';
import { findContacts, findPartnerById, replaceContacts } from '#server/modules/partners/partner.repository.js';
import type {
  ContactsUpdate,
  CoordinatorView,
  NomineeInput,
  PublicFactsheet,
  PublicFactsheetUpdate,
} from '#shared/schemas/nominations.js';
import { inviteNominee } from './nomination.hooks.js';
import * as present from './nomination.present.js';
import * as repo from './nomination.repository.js';

/**
 * The partner coordinator's side, reached by the secret in their link (no account): an unknown, revoked
 * or expired secret is 404 alike, so a guess learns nothing. Every use stamps the link's last use; every
 * change is audited with no actor and the link as its source.
 */
async function linkOf(deps: AppDeps, token: string, now: string) {
  const link = await repo.findLinkByHash(deps.db, hashToken(token));
  if (!link || present.linkState(link, now) !== 'live')
    throw new AppError('NOT_FOUND', { messageKey: 'nomination_link_invalid' });
  await repo.updateLink(deps.db, link.id, { last_used_at: now });
  return link;
}

/** An audit entry of the partner's own page (ADR 0030: a key and its link, rendered in the reader's language). */
const audit = (
  now: string,
  ip: string,
  linkId: number,
  entityType: string,
  entityId: number,
  what: 'nominated' | 'contacts' | 'factsheet',
) => ({
  at: now,
  actorId: null,
  action: 'update' as const,
  entityType,
  entityId,
  summary: auditSummary(`auditSummaries.nominationLink.${what}`, { link: linkId }),
  ip,
});

async function factsheetOf(deps: AppDeps, partnerId: number): Promise<PublicFactsheet> {
  const row = await factsheets.findFactsheet(deps.db, partnerId);
  return {
    version: row?.version ?? 0,
    instructionLanguages: row?.instruction_languages ?? null,
    requirementsZh: row?.requirements_zh ?? null,
    requirementsEn: row?.requirements_en ?? null,
    housingZh: row?.housing_zh ?? null,
    housingEn: row?.housing_en ?? null,
    visaZh: row?.visa_zh ?? null,
    visaEn: row?.visa_en ?? null,
    insuranceZh: row?.insurance_zh ?? null,
    insuranceEn: row?.insurance_en ?? null,
    notesZh: row?.notes_zh ?? null,
    notesEn: row?.notes_en ?? null,
  };
}

export async function coordinatorView(deps: AppDeps, token: string): Promise<CoordinatorView> {
  const now = deps.clock.now().toISOString();
  const link = await linkOf(deps, token, now);
  const partner = await findPartnerById(deps.db, link.partner_id);
  if (!partner) throw AppError.notFound();
  const today = present.todayOf(now);
  const places = await repo.inboundPlacesOf(deps.db, await repo.agreementIdsOf(deps.db, link.partner_id));
  return {
    partner: { nameZh: partner.name_zh, nameEn: partner.name_en },
    contactName: link.contact_name,
    locale: link.locale,
    expiresAt: link.expires_at,
    windows: (await repo.findWindows(deps.db))
      .map((w) => present.presentWindow(w, today))
      .filter((w) => w.applicationsCloseOn >= today),
    places: present.placesByYear(places),
    nominees: (await repo.findNominations(deps.db, link.partner_id)).map(present.presentNominee),
    contacts: await findContacts(deps.db, link.partner_id),
    factsheet: await factsheetOf(deps, link.partner_id),
  };
}

/**
 * A nomination in an open window. A filled honeypot is answered as accepted and nothing is kept; the same
 * student twice in one window is a field error on `email`. The nominee is invited in the same transaction.
 */
export async function nominate(deps: AppDeps, token: string, input: NomineeInput, ip: string): Promise<{ ok: true }> {
  const now = deps.clock.now().toISOString();
  const link = await linkOf(deps, token, now);
  if (input.website) return { ok: true };
  const window = await repo.findWindow(deps.db, input.windowId);
  if (!window) throw AppError.field('windowId', 'invalid_value');
  if (!present.presentWindow(window, present.todayOf(now)).open)
    throw AppError.field('windowId', 'nomination_window_closed');
  await deps.db.transaction().execute(async (trx) => {
    const id = await uniqueAsFieldError('email', 'nomination_duplicate', () =>
      repo.insertNomination(trx, {
        partner_id: link.partner_id,
        link_id: link.id,
        window_id: window.id,
        given_name: input.givenName,
        family_name: input.familyName,
        email: input.email.trim(),
        email_key: input.email.trim().toLowerCase(),
        level: input.level,
        field_of_study: input.fieldOfStudy,
        status: 'submitted',
        created_at: now,
        updated_at: now,
      }),
    );
    await recordAudit(trx, { ...audit(now, ip, link.id, 'nomination', id, 'nominated'), action: 'create' });
    await inviteNominee(
      trx,
      deps,
      {
        id,
        partnerId: link.partner_id,
        givenName: input.givenName,
        familyName: input.familyName,
        email: input.email.trim(),
        academicYear: window.academic_year,
        term: window.term,
      },
      now,
    );
  });
  return { ok: true };
}

/** The partner's contacts, replaced as a list (as staff edit them), the partner's version bumped. */
export async function updateContacts(deps: AppDeps, token: string, input: ContactsUpdate, ip: string) {
  const now = deps.clock.now().toISOString();
  const link = await linkOf(deps, token, now);
  await deps.db.transaction().execute(async (trx) => {
    const before = await findContacts(trx, link.partner_id);
    await replaceContacts(trx, link.partner_id, input.contacts);
    await repo.touchPartner(trx, link.partner_id, now);
    await recordAudit(trx, {
      ...audit(now, ip, link.id, 'partner', link.partner_id, 'contacts'),
      before: { contacts: before },
      after: { contacts: input.contacts },
    });
  });
  return { items: await findContacts(deps.db, link.partner_id) };
}

/** The factsheet's texts; deadlines and links stay as staff keep them. Version 0 creates it; 409 when stale. */
export async function updateFactsheet(deps: AppDeps, token: string, input: PublicFactsheetUpdate, ip: string) {
  const now = deps.clock.now().toISOString();
  const link = await linkOf(deps, token, now);
  const partnerId = link.partner_id;
  const existing = await factsheets.findFactsheet(deps.db, partnerId);
  const values = {
    deadlines_json: existing?.deadlines_json ?? '[]',
    links_json: existing?.links_json ?? '[]',
    instruction_languages: input.instructionLanguages,
    requirements_zh: input.requirementsZh,
    requirements_en: input.requirementsEn,
    housing_zh: input.housingZh,
    housing_en: input.housingEn,
    visa_zh: input.visaZh,
    visa_en: input.visaEn,
    insurance_zh: input.insuranceZh,
    insurance_en: input.insuranceEn,
    notes_zh: input.notesZh,
    notes_en: input.notesEn,
    updated_at: now,
  };
  const before = await factsheetOf(deps, partnerId);
  await deps.db.transaction().execute(async (trx) => {
    const saved =
      input.version === 0 && !existing
        ? await factsheets.insertFactsheet(trx, partnerId, values)
        : await factsheets.updateFactsheet(trx, partnerId, input.version, values);
    if (!saved) throw new AppError('VERSION_CONFLICT', { current: before });
    await recordAudit(trx, {
      ...audit(now, ip, link.id, 'factsheet', partnerId, 'factsheet'),
      before,
      after: input,
    });
  });
  return factsheetOf(deps, partnerId);
}
