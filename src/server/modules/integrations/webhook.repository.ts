import type { ExpressionBuilder } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database, WebhookDeliveriesTable } from '#server/db/schema.js';

/** Webhook subscriptions, their deliveries (a durable queue like the mail outbox), and the records events name. */

export const findSubscriptions = (db: Db) => db.selectFrom('webhook_subscriptions').selectAll().orderBy('id').execute();
export type SubscriptionRow = Awaited<ReturnType<typeof findSubscriptions>>[number];

export const findSubscription = (db: Db, id: number) =>
  db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();

export const findActiveSubscriptions = (db: Db) =>
  db.selectFrom('webhook_subscriptions').selectAll().where('active', '=', 1).execute();

export async function insertSubscription(
  db: Db,
  v: Omit<SubscriptionRow, 'id' | 'version' | 'updated_at'>,
): Promise<number> {
  const { id } = await db
    .insertInto('webhook_subscriptions')
    .values({ ...v, updated_at: v.created_at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export type NewDelivery = { subscriptionId: number; eventId: string; eventKind: string; payload: string };

export async function insertDeliveries(db: Db, rows: NewDelivery[], now: string) {
  if (!rows.length) return;
  await db
    .insertInto('webhook_deliveries')
    .values(
      rows.map((r) => ({
        subscription_id: r.subscriptionId,
        event_id: r.eventId,
        event_kind: r.eventKind,
        payload: r.payload,
        status: 'pending' as const,
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
      })),
    )
    .execute();
}

export const findDeliveries = (db: Db, subscriptionId: number, limit: number) =>
  db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
export type DeliveryRow = Awaited<ReturnType<typeof findDeliveries>>[number];

const claimable = (now: string) => (eb: ExpressionBuilder<Database, 'webhook_deliveries'>) =>
  eb.or([
    eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
    eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
  ]);

/** Deliveries due now, and 'sending' ones whose claim lapsed (a crash mid-send), oldest first. */
export async function findDueDeliveries(db: Db, now: string, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where(claimable(now))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Claims a delivery with a conditional UPDATE (one instance wins), counting the attempt up front. */
export async function claimDelivery(db: Db, id: number, now: string, lockedUntil: string) {
  const r = await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ status: 'sending', locked_until: lockedUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where(claimable(now))
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return undefined;
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .select(['d.id', 'd.event_id', 'd.event_kind', 'd.payload', 'd.attempts', 's.url', 's.secret_enc', 's.active'])
    .where('d.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** Records an attempt's outcome, only while our claim still holds. */
export async function finishDelivery(
  db: Db,
  id: number,
  claim: string,
  values: Partial<
    Pick<WebhookDeliveriesTable, 'response_status' | 'response_excerpt' | 'last_error' | 'delivered_at'>
  > & {
    status: WebhookDeliveriesTable['status'];
    next_attempt_at?: string;
  },
) {
  await db
    .updateTable('webhook_deliveries')
    .set({ ...values, locked_until: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('locked_until', '=', claim)
    .execute();
}

/** A failed delivery goes back to the queue, due now, with a fresh round of attempts. */
export async function requeueDelivery(db: Db, subscriptionId: number, id: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, locked_until: null })
    .where('id', '=', id)
    .where('subscription_id', '=', subscriptionId)
    .where('status', 'in', ['failed', 'pending'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// The records events name: only the columns a payload or a policy needs.

export const agreementFacts = (db: Db, id: number) =>
  db
    .selectFrom('agreements')
    .select(['id', 'kind', 'status', 'owning_unit_id', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();

export const mobilityFacts = (db: Db, id: number) =>
  db
    .selectFrom('mobilities as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.id',
      'm.direction',
      'm.kind',
      'm.status',
      'm.unit_id',
      'm.partner_id',
      'm.start_date',
      'm.end_date',
      'm.person_id',
      'p.unit_id as person_unit_id',
      'p.user_id',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();

export const applicationFacts = (db: Db, id: number) =>
  db
    .selectFrom('applications as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.call_id', 'a.status', 'a.person_id', 'p.unit_id', 'p.user_id'])
    .where('a.id', '=', id)
    .executeTakeFirst();

export const submissionFacts = (db: Db, id: number) =>
  db
    .selectFrom('submissions')
    .select(['id', 'period_id', 'unit_id', 'status', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
