import type { Db } from '#server/db/client.js';
import type { AppDeps } from '#server/http/context.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { invitationMail } from './nomination.mail.js';

/** A nomination as the hooks see it. */
export type NominationForHooks = {
  id: number;
  partnerId: number;
  givenName: string;
  familyName: string;
  email: string;
  academicYear: number;
  term: string;
};

/**
 * The nominated student is invited to complete an inbound exchange application. Today the mail says they
 * were nominated and that the office will write; AFTER MERGE the lead calls the admissions module here:
 * `createApplicationFromNomination(db, { roundId, email, givenName, familyName, partnerId, nominationId })`
 * and puts the portal's address in the mail. Runs in the nomination's transaction.
 */
export async function inviteNominee(trx: Db, deps: Pick<AppDeps, 'env'>, n: NominationForHooks, now: string) {
  const mail = await invitationMail(trx, n);
  await enqueueMail(trx, { to: n.email, locale: 'en', ...mail, dedupeKey: `nomination:${n.id}:invite` }, now);
  void deps;
}

/**
 * Staff accepted the nomination: the inbound mobility exists (made by the caller in this transaction).
 * The single place the admissions module's application, once there, is marked accepted from a nomination.
 */
export async function onNominationAccepted(
  _trx: Db,
  _n: NominationForHooks & { mobilityId: number; personId: number },
): Promise<void> {}
