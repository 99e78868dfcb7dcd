import type { Db } from '#server/db/client.js';
import { DEFAULT_MAIL_MODE, type MailMode, type MailTopic } from '#shared/notifications.js';

/** The mail mode of each of these users for a topic (their stored choice, else the default). */
export async function findMailModes(db: Db, userIds: number[], topic: MailTopic): Promise<Map<number, MailMode>> {
  const modes = new Map<number, MailMode>(userIds.map((id) => [id, DEFAULT_MAIL_MODE]));
  if (!userIds.length) return modes;
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['user_id', 'mode'])
    .where('topic', '=', topic)
    .where('user_id', 'in', userIds)
    .execute();
  for (const r of rows) modes.set(r.user_id, r.mode);
  return modes;
}

/** One user's stored choices (topics without a row use the default). */
export async function findPreferences(db: Db, userId: number) {
  return db.selectFrom('notification_preferences').select(['topic', 'mode']).where('user_id', '=', userId).execute();
}

export async function savePreference(db: Db, userId: number, topic: MailTopic, mode: MailMode, now: string) {
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, topic, mode, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'topic']).doUpdateSet({ mode, updated_at: now }))
    .execute();
}
