import type { Db } from '#server/db/client.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import type { Locale } from '#shared/roles.js';
import { invitationMail } from './admissions.mail.js';
import { emailKey } from './applicant-auth.js';
import * as apps from './application.repository.js';
import { ENTITY } from './portal.service.js';
import * as rounds from './round.repository.js';

export type NominationInput = {
  roundId: number;
  programId?: number | null;
  email: string;
  givenName: string;
  familyName: string;
  partnerId: number;
  nominationId: number;
  /** The invitation's language; exchange students are written to in English unless said otherwise. */
  locale?: Locale;
  now?: string;
};

/**
 * A partner's nomination becomes a draft exchange application, and the student gets the invitation to
 * complete it in the portal (signing in with the nominated address finds it there). Called by the
 * partners' nomination links (issue 21 item 4) in their own transaction or with the app's db. The
 * same nomination again returns the same application without a second mail; another application of
 * the same address in the round is refused on `email`. Returns the application's id.
 */
export async function createApplicationFromNomination(db: Db, input: NominationInput): Promise<number> {
  const now = input.now ?? new Date().toISOString();
  const email = emailKey(input.email);
  const locale: Locale = input.locale ?? 'en';
  const round = await rounds.findRound(db, input.roundId);
  if (round?.kind !== 'exchange') throw AppError.field('roundId', 'admission_exchange_round');
  if (input.programId) {
    const program = await rounds.findProgram(db, input.programId);
    if (program?.round_id !== round.id) throw AppError.field('programId', 'invalid_value');
  }
  const university = await loadUniversityDetails(db);
  const existing = (await apps.findByEmail(db, email)).filter(
    (a) => a.round_id === round.id && a.status !== 'withdrawn',
  );
  const same = existing.find((a) => a.nomination_id === input.nominationId);
  if (same) return same.id;
  if (existing.length) throw AppError.field('email', 'admission_duplicate');
  const write = async (trx: Db) => {
    const id = await apps.insertApplication(trx, {
      round_id: round.id,
      program_id: input.programId ?? null,
      email,
      locale,
      given_name: input.givenName.trim() || null,
      family_name: input.familyName.trim() || null,
      channel: 'partner',
      partner_id: input.partnerId,
      nomination_id: input.nominationId,
      status: 'draft',
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      at: now,
      actorId: null,
      action: 'create',
      entityType: ENTITY,
      entityId: id,
      summary: auditSummary('auditSummaries.admissionNomination', { id: input.nominationId }),
    });
    const mail = invitationMail(locale, university, {
      name: `${input.givenName} ${input.familyName}`.trim(),
      round: locale === 'en' ? round.name_en : round.name_zh,
      email,
    });
    await enqueueMail(trx, { to: email, locale, ...mail, dedupeKey: `admission-invite:${id}` }, now);
    return id;
  };
  // Inside the caller's transaction when it passed one (Kysely's Transaction cannot begin another).
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}
