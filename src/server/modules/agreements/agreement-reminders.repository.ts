import type { ExpressionBuilder } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { AgreementsTable, Database } from '#server/db/schema.js';
import { addDays } from '#shared/calendar.js';
import { EXPIRY_THRESHOLDS } from './agreement-reminders.rules.js';

/**
 * The reminder job's own queries (agreements are read directly, independent of the agreements module).
 * Candidates: active, not archived, not ended, and something may be due — inside the notice window,
 * within the largest expiry threshold, or without a signed file. agreement-reminders.rules.ts decides exactly what.
 */
export async function findReminderCandidates(db: Db, today: string) {
  const horizon = addDays(today, Math.max(...EXPIRY_THRESHOLDS));
  const hasSigned = (eb: ExpressionBuilder<Database & { a: AgreementsTable }, 'a'>) =>
    eb.exists(
      eb
        .selectFrom('agreement_files as f')
        .select('f.id')
        .whereRef('f.agreement_id', '=', 'a.id')
        .where('f.kind', '=', 'signed')
        .where('f.removed_at', 'is', null),
    );
  const rows = await db
    .selectFrom('agreements as a')
    .select((eb) => [
      'a.id',
      'a.title_zh',
      'a.title_en',
      'a.end_date',
      'a.notice_date',
      'a.open_ended',
      'a.owning_unit_id',
      'a.status_changed_at',
      hasSigned(eb).as('has_signed'),
    ])
    .where('a.status', '=', 'active')
    .where('a.archived_at', 'is', null)
    .where((eb) => eb.or([eb('a.open_ended', '=', 1), eb('a.end_date', 'is', null), eb('a.end_date', '>=', today)]))
    .where((eb) =>
      eb.or([
        eb.not(hasSigned(eb)),
        eb.and([eb('a.open_ended', '=', 0), eb('a.notice_date', '<=', today)]),
        eb.and([eb('a.open_ended', '=', 0), eb('a.end_date', '<=', horizon)]),
      ]),
    )
    .orderBy('a.id')
    .execute();
  // SQLite answers EXISTS with 0/1, PostgreSQL with a boolean.
  return rows.map((r) => ({ ...r, has_signed: Boolean(Number(r.has_signed as unknown)) }));
}
export type ReminderCandidate = Awaited<ReturnType<typeof findReminderCandidates>>[number];

/**
 * What the ledger already holds for these agreements, as "id:kind:reference" — so a run skips settled
 * reminders without a transaction each. (Only a shortcut: the UNIQUE insert still decides every race.)
 */
export async function findLoggedReminders(db: Db, agreementIds: number[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const ids of chunks(agreementIds)) {
    const rows = await db
      .selectFrom('reminder_log')
      .select(['entity_id', 'kind', 'reference'])
      .where('entity_type', '=', 'agreement')
      .where('entity_id', 'in', ids)
      .execute();
    for (const r of rows) out.add(reminderKey(r.entity_id, r.kind, r.reference));
  }
  return out;
}

/** Id lists in slices that stay far below both dialects' limit on bound parameters. */
function chunks(ids: number[], size = 1000): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
export const reminderKey = (agreementId: number, kind: string, reference: string) =>
  `${agreementId}:${kind}:${reference}`;

/** Partner names per agreement, in the agreement's order. */
export async function findPartnerNames(db: Db, agreementIds: number[]) {
  const out = new Map<number, { zh: string[]; en: string[] }>();
  for (const ids of chunks(agreementIds)) {
    const rows = await db
      .selectFrom('agreement_partners as ap')
      .innerJoin('partners as p', 'p.id', 'ap.partner_id')
      .select(['ap.agreement_id', 'p.name_zh', 'p.name_en'])
      .where('ap.agreement_id', 'in', ids)
      .orderBy('ap.agreement_id')
      .orderBy('ap.sort_order')
      .orderBy('p.id')
      .execute();
    for (const r of rows) {
      const names = out.get(r.agreement_id) ?? { zh: [], en: [] };
      names.zh.push(r.name_zh || r.name_en);
      names.en.push(r.name_en);
      out.set(r.agreement_id, names);
    }
  }
  return out;
}

/** Active users holding a role that may receive agreement reminders, with the unit of each assignment. */
export async function findReminderStaff(db: Db) {
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.email', 'u.locale', 'u.name_zh', 'u.name_en', 'r.role', 'r.unit_id'])
    .where('u.active', '=', 1)
    .where('r.role', 'in', ['oia_staff', 'college_coordinator'])
    .orderBy('u.id')
    .execute();
}
export type StaffAssignment = Awaited<ReturnType<typeof findReminderStaff>>[number];

export async function findUnitByCode(db: Db, code: string) {
  return db.selectFrom('units').select(['id', 'parent_id']).where('code', '=', code).executeTakeFirst();
}
