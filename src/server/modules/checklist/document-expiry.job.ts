import type { Db } from '#server/db/client.js';
import { logReminder } from '#server/jobs/reminder-log.repository.js';
import type { DailyJob, JobDeps } from '#server/jobs/scheduler.js';
import { iso } from '#server/lib/clock.js';
import type { Bilingual, NotificationParams } from '#server/mail/notification.render.js';
import { type NotifyRecipient, notifyUsers } from '#server/modules/notifications/notify.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { addDays, businessDate, daysBetween } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import {
  findDocumentCandidates,
  findLogged,
  findOfficeStaff,
  findPermitCandidates,
  findUsers,
} from './document-expiry.repository.js';

export const DOCUMENT_EXPIRY_JOB = 'document-expiry';

/**
 * Daily reminders before inbound people's documents expire: residence permits (people.arc_expiry) and
 * work permits (people.work_permit_expiry) of everyone with an active inbound mobility, and the
 * checklist documents with an expiry date. Thresholds 60, 30 and 7 days before; after missed days only
 * the most urgent one that applies is sent and the others are logged as decided (never sent later).
 * A new expiry date (renewal) starts a fresh set: the ledger's reference is the date.
 *
 * Recipients: the owning office's staff (International Students & Scholars for permits; for a checklist
 * document its owning office — Student Affairs for the health check, so no one else hears of it) and the
 * person's own login if linked; each in their language. A checklist residence permit with the same date
 * as the person's permit is not reminded twice. Once per threshold via reminder_log, as the agreement
 * reminders (see agreement-reminders.job.ts): the ledger insert and the messages share a transaction.
 */
export const DOCUMENT_THRESHOLDS = [7, 30, 60] as const; // most urgent first
export const PERMIT_OFFICE = 'OIA-ISS';

const kindOf = (days: number) => `expiry_${days}`;

/** The threshold due on `today` for a document expiring on `expiresOn` (and the less urgent ones passed). */
export function dueThreshold(expiresOn: string, today: string): { kind: string; skipped: string[] } | null {
  if (expiresOn < today) return null;
  const [mostUrgent, ...lessUrgent] = DOCUMENT_THRESHOLDS.filter((n) => today >= addDays(expiresOn, -n));
  return mostUrgent === undefined ? null : { kind: kindOf(mostUrgent), skipped: lessUrgent.map(kindOf) };
}

type Subject = {
  /** reminder_log entity type: 'person_arc' | 'person_work_permit' | 'mobility_document'. */
  ledger: string;
  id: number;
  expiresOn: string;
  document: Bilingual;
  person: Bilingual;
  userId: number | null;
  officeUnitId: number | null;
  entity: { type: 'person' | 'mobility'; id: number; path: string };
};

export type DocumentExpiryRun = {
  today: string;
  sent: { ledger: string; id: number; kind: string; recipients: string[] }[];
};

const both = (key: string): Bilingual => ({ zh: translate('zh-TW', key), en: translate('en', key) });

async function subjects(db: Db, today: string): Promise<Subject[]> {
  const horizon = addDays(today, Math.max(...DOCUMENT_THRESHOLDS));
  const [people, documents, tree] = await Promise.all([
    findPermitCandidates(db, today, horizon),
    findDocumentCandidates(db, today, horizon),
    loadUnitTree(db),
  ]);
  const permitOffice = tree.idOf(PERMIT_OFFICE) ?? null;
  const out: Subject[] = [];
  const inWindow = (d: string | null): d is string => d !== null && d >= today && d <= horizon;
  for (const p of people) {
    const base = {
      id: p.id,
      person: { zh: p.name_zh, en: p.name_en },
      userId: p.user_id,
      officeUnitId: permitOffice,
      entity: { type: 'person' as const, id: p.id, path: `/people/${p.id}` },
    };
    if (inWindow(p.arc_expiry))
      out.push({
        ...base,
        ledger: 'person_arc',
        expiresOn: p.arc_expiry,
        document: both('checklistKinds.residence_permit'),
      });
    if (inWindow(p.work_permit_expiry))
      out.push({
        ...base,
        ledger: 'person_work_permit',
        expiresOn: p.work_permit_expiry,
        document: both('checklist.workPermit'),
      });
  }
  for (const d of documents) {
    if (d.kind === 'residence_permit' && d.expires_on === d.arc_expiry) continue; // reminded as the person's permit
    out.push({
      ledger: 'mobility_document',
      id: d.id,
      expiresOn: d.expires_on as string,
      document: { zh: translate('zh-TW', `checklistKinds.${d.kind}`), en: translate('en', `checklistKinds.${d.kind}`) },
      person: { zh: d.name_zh, en: d.name_en },
      userId: d.user_id,
      officeUnitId: d.owning_unit_id,
      entity: { type: 'mobility', id: d.mobility_id, path: `/mobility/${d.mobility_id}` },
    });
  }
  return out;
}

/** Staff of an office (its subtree), plus the person's login; loaded once per run. */
async function recipientsFor(db: Db, userIds: number[]) {
  const [tree, staff, own] = await Promise.all([loadUnitTree(db), findOfficeStaff(db), findUsers(db, userIds)]);
  const owners = new Map(own.map((u) => [u.id, u]));
  return (s: Subject): NotifyRecipient[] => {
    const chosen = new Map<number, NotifyRecipient>();
    if (s.officeUnitId !== null)
      for (const u of staff) if (tree.contains(s.officeUnitId, u.unit_id)) chosen.set(u.id, u);
    const self = s.userId !== null ? owners.get(s.userId) : undefined;
    if (self) chosen.set(self.id, self);
    return [...chosen.values()];
  };
}

export async function runDocumentExpiry(deps: JobDeps, opts: { today?: string } = {}): Promise<DocumentExpiryRun> {
  const today = opts.today ?? businessDate(deps.clock.now());
  const run: DocumentExpiryRun = { today, sent: [] };
  const all = await subjects(deps.db, today);
  const logged = await findLogged(deps.db, [...new Set(all.map((s) => s.ledger))], today);
  const decisions = all.flatMap((s) => {
    const due = dueThreshold(s.expiresOn, today);
    return due && !logged.has(`${s.ledger}:${s.id}:${due.kind}:${s.expiresOn}`) ? [{ s, due }] : [];
  });
  if (!decisions.length) return run;
  const recipients = await recipientsFor(deps.db, [
    ...new Set(decisions.flatMap((d) => (d.s.userId ? [d.s.userId] : []))),
  ]);
  for (const { s, due } of decisions) {
    const to = recipients(s);
    const won = await deps.db.transaction().execute(async (trx) => {
      const now = iso(deps.clock.now());
      const entry = { entityType: s.ledger, entityId: s.id, reference: s.expiresOn, at: now };
      const first = await logReminder(trx, { ...entry, kind: due.kind });
      for (const kind of due.skipped) await logReminder(trx, { ...entry, kind });
      if (!first) return false;
      const params: NotificationParams = {
        document: s.document,
        person: s.person,
        expiresOn: s.expiresOn,
        days: daysBetween(today, s.expiresOn),
      };
      await notifyUsers(trx, {
        recipients: to,
        kind: `document.${due.kind}`,
        entityType: s.entity.type,
        entityId: s.entity.id,
        params,
        dedupeKey: `${s.ledger}:${s.id}:${due.kind}:${s.expiresOn}`,
        path: s.entity.path,
        now,
      });
      return true;
    });
    if (won) run.sent.push({ ledger: s.ledger, id: s.id, kind: due.kind, recipients: to.map((u) => u.email) });
  }
  return run;
}

export const documentExpiryJob: DailyJob = {
  name: DOCUMENT_EXPIRY_JOB,
  run: (deps, today) => runDocumentExpiry(deps, { today }),
};
