import type { Db } from '#server/db/client.js';
import type { AppDeps } from '#server/http/context.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { createApplicationFromNomination } from '../admissions/nomination.service.js';
import { findExchangeRound } from '../admissions/round.repository.js';
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
 * The nominated student is invited to complete an inbound exchange application: when the office has opened
 * the exchange round of that intake (autumn = semester 1, spring = 2), a draft application in the admissions
 * portal, whose mail carries the portal's address (admissions/nomination.service.ts); before that, a mail
 * saying they were nominated and that the office will write. Runs in the nomination's transaction.
 */
export async function inviteNominee(trx: Db, deps: Pick<AppDeps, 'env'>, n: NominationForHooks, now: string) {
  const round = await findExchangeRound(trx, n.academicYear, n.term === 'autumn' ? 1 : 2);
  if (round) {
    const { id: nominationId, ...person } = n;
    await createApplicationFromNomination(trx, { roundId: round.id, nominationId, ...person, now });
    return;
  }
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
