import type { Db } from '#server/db/client.js';
import { mailWithoutAccount, notifyUsers } from '#server/modules/notifications/notify.js';
import type * as repo from './buddy.repository.js';
import { findProfile, findRecipients } from './buddy.repository.js';

/**
 * Tells both people of each pair who their buddy is: a person with an account gets the in-app
 * notification and mail in their own language (notifyUsers); one without gets a bilingual mail at the
 * address on their person record. The dedupe keys make publishing again a no-op for those already told.
 */
export async function notifyPairs(trx: Db, now: string, round: repo.RoundRow, pairs: repo.PairRow[]) {
  for (const pair of pairs) {
    const [intl, local] = await Promise.all([findProfile(trx, pair.international_id), findProfile(trx, pair.local_id)]);
    if (!intl || !local) continue;
    const people = await findRecipients(trx, [intl.person_id, local.person_id]);
    for (const [me, other] of [
      [intl, local],
      [local, intl],
    ] as const) {
      const r = people.find((p) => p.person_id === me.person_id);
      if (!r) continue;
      const params = {
        round: { zh: round.title_zh, en: round.title_en },
        buddy: { zh: other.name_zh ?? other.name_en, en: other.name_en ?? other.name_zh },
      };
      const kind = me.side === 'international' ? 'buddy.matched_international' : 'buddy.matched_local';
      const dedupeKey = `buddy-pair:${pair.id}:${me.person_id}`;
      if (r.user_id !== null && r.user_email) {
        await notifyUsers(trx, {
          recipients: [
            { id: r.user_id, email: r.user_email, locale: r.locale, name_zh: r.name_zh, name_en: r.name_en },
          ],
          kind,
          entityType: 'buddy_pair',
          entityId: pair.id,
          params,
          dedupeKey,
          path: '/buddy/mine',
          now,
        });
      } else if (r.person_email) {
        await mailWithoutAccount(trx, {
          recipient: { key: `person:${r.person_id}`, email: r.person_email, name_zh: r.name_zh, name_en: r.name_en },
          kind,
          params,
          dedupeKey,
          now,
        });
      }
    }
  }
}
