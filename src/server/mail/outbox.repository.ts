import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { MailOutboxTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';

export type MailStatus = MailOutboxTable['status'];
export type NewMail = {
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string | null;
  /** Unique per message: enqueueing the same key twice keeps one row. */
  dedupeKey: string;
};

/**
 * Puts a message into the outbox — call it inside the transaction of the change that causes it, so the
 * mail exists exactly when the change does (the sender picks it up after commit). True when added.
 */
export async function enqueueMail(trx: Db, mail: NewMail, now: string): Promise<boolean> {
  const result = await trx
    .insertInto('mail_outbox')
    .values({
      to_address: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      body_text: mail.text,
      body_html: mail.html,
      dedupe_key: mail.dedupeKey,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Ids of messages that may be claimed now: due pending ones, and 'sending' ones whose claim lapsed (a crash). */
export async function findClaimable(db: Db, now: string, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Claims one message for sending with a conditional UPDATE: of several instances racing for the same row,
 * exactly one changes it (the others match nothing). Counts the attempt up front, so a crash mid-send counts.
 * Returns the claimed row, or undefined when someone else had it.
 */
export async function claimMail(db: Db, id: number, now: string, lockedUntil: string) {
  const result = await db
    .updateTable('mail_outbox')
    .set((eb) => ({ status: 'sending', locked_until: lockedUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Records the outcome of a send — only while our claim (status sending, our lock) still holds. */
export async function finishMail(
  db: Db,
  id: number,
  claim: string,
  values: { status: MailStatus; last_error: string | null; next_attempt_at?: string; sent_at?: string },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ ...values, locked_until: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('locked_until', '=', claim)
    .execute();
}

const LIST_COLUMNS = [
  'id',
  'to_address',
  'locale',
  'subject',
  'status',
  'attempts',
  'last_error',
  'next_attempt_at',
  'created_at',
  'sent_at',
] as const;

function listQuery(db: Db, status: MailStatus | undefined) {
  const q = db.selectFrom('mail_outbox');
  return status ? q.where('status', '=', status) : q;
}

/** The outbox's order: newest first, by id (unique); with a status, `mail_outbox_status_id_idx` (045). */
export const MAIL_SORT_KEYS: SortKey[] = [{ expr: sql.ref('id'), dir: 'desc' }];

/** A page of the outbox, after a cursor or at an offset (lib/keyset.ts). */
export function findMails(db: Db, status: MailStatus | undefined, window: PageWindow) {
  return keysetPage(listQuery(db, status).select(LIST_COLUMNS), MAIL_SORT_KEYS, window);
}
export type MailListRow = Awaited<ReturnType<typeof findMails>>['rows'][number];

/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export const countMails = (db: Db, status: MailStatus | undefined, cap?: number) =>
  cap === undefined ? countOf(listQuery(db, status).select('id')) : countUpTo(listQuery(db, status), cap);

export async function findMail(db: Db, id: number) {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A failed (or waiting) message goes back to the queue, due now, with a fresh round of attempts. */
export async function requeueMail(db: Db, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, last_error: null, locked_until: null })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'failed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
