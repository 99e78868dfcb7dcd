import type { Db } from '#server/db/client.js';
import type { PII_ACTIONS } from '#shared/schemas/people.js';

/**
 * One `pii_access_log` row per record whose personal data a staff member was shown (read), downloaded or
 * exported — for records that are not (yet) a person: no person_id, `detail` names the record as
 * `<entity>:<id>`, so the privacy module's subject-access and breach reports can say who saw whose data when.
 * Written only after the access check passed: a refused read logs nothing.
 */
export type RecordReads = {
  userId: number;
  ip: string | null;
  at: string;
  /** What was shown (e.g. `recruitmentLead`, `admissionApplicant`). */
  field: string;
  /** The record's kind in `detail` (e.g. `recruitment_lead`, `admission_application`). */
  entity: string;
  ids: readonly number[];
  action?: (typeof PII_ACTIONS)[number];
};

export async function logRecordReads(db: Db, r: RecordReads): Promise<void> {
  if (!r.ids.length) return;
  await db
    .insertInto('pii_access_log')
    .values(
      r.ids.map((id) => ({
        user_id: r.userId,
        person_id: null,
        field: r.field,
        action: r.action ?? 'reveal',
        detail: `${r.entity}:${id}`,
        ip: r.ip,
        created_at: r.at,
      })),
    )
    .execute();
}
