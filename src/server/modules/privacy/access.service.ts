import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, auditSummary, renderSummary } from '#server/lib/audit-summary.js';
import { insertAccessLog } from '#server/modules/people/people.repository.js';
import { authorizeAny } from '#server/policies/policy.js';
import { privacyPolicy } from '#server/policies/privacy.policy.js';
import { addDays } from '#shared/calendar.js';
import { localName, translate } from '#shared/i18n/index.js';
import type {
  AccessEntry,
  AccessReport,
  AccessReportQuery,
  SubjectAccess,
  SubjectRecord,
} from '#shared/schemas/privacy.js';
import * as repo from './access.repository.js';
import { personFor } from './privacy-access.js';

/** Changes listed in a subject-access report (the newest person has a few hundred at most). */
const CHANGES_LIMIT = 5000;
/** Accesses listed on screen for a range; the xlsx has them all. */
export const ACCESS_REPORT_ROWS = 2000;

export function toAccess(ctx: Ctx, r: repo.AccessRow): AccessEntry {
  return {
    id: r.id,
    at: r.created_at,
    userId: r.user_id,
    userEmail: r.email ?? null,
    userName: localName(ctx.locale, r.user_zh, r.user_en) || null,
    personId: r.person_id,
    personName: localName(ctx.locale, r.person_zh, r.person_en) || null,
    action: r.action,
    field: r.field,
    detail: r.detail,
    ip: r.ip,
  };
}

/**
 * Writes down that a report was made: the audit log (who asked for what), and for a subject-access
 * report also the person's access log, since it discloses their personal data in one piece.
 */
async function auditReport(ctx: Ctx, db: Db, what: { personId?: number; summary: AuditSummary }) {
  if (what.personId)
    await insertAccessLog(db, [
      {
        user_id: ctx.actor.id,
        person_id: what.personId,
        field: 'subject_access',
        action: 'export',
        detail: renderSummary('en', what.summary), // the access log's own detail column stays text
        ip: ctx.ip,
        created_at: ctx.now,
      },
    ]);
  await recordAudit(db, {
    at: ctx.now,
    actorId: ctx.actor.id,
    action: 'report',
    entityType: what.personId ? 'person' : 'privacy_report',
    entityId: what.personId ?? null,
    summary: what.summary,
    ip: ctx.ip,
  });
}

/** For one person: every record about them, every access to their personal data, every change (audited). */
export async function subjectAccess(ctx: Ctx, personId: number, format: 'json' | 'xlsx'): Promise<SubjectAccess> {
  const person = await personFor(ctx, personId, 'subjectAccess');
  const t = (key: string) => translate(ctx.locale, key);
  const name = (zh: string | null, en: string | null) => localName(ctx.locale, zh, en);
  const r = await repo.findRecordsOf(ctx.db, personId, person.user_id);
  const rec = (entity: string, id: number, label: string, date: string | null): SubjectRecord => ({
    entity,
    id,
    label,
    date,
  });
  const records: SubjectRecord[] = [
    rec('person', person.id, name(person.name_zh, person.name_en), person.updated_at),
    ...(r.account ? [rec('user', r.account.id, r.account.email, r.account.updated_at)] : []),
    ...r.mobilities.map((m) =>
      rec(
        'mobility',
        m.id,
        [t(`mobilityDirections.${m.direction}`), t(`mobilityKinds.${m.kind}`), m.country].filter(Boolean).join(' · '),
        m.start_date,
      ),
    ),
    ...r.applications.map((a) =>
      rec(
        'application',
        a.id,
        `${name(a.title_zh, a.title_en)} · ${t(`applicationStatuses.${a.status}`)}`,
        a.updated_at,
      ),
    ),
    ...r.applicationDocuments.map((d) => rec('application_document', d.id, d.file_name, d.uploaded_at)),
    ...r.checklist.map((d) =>
      rec(
        'mobility_document',
        d.id,
        [t(`checklistKinds.${d.kind}`), d.file_name].filter(Boolean).join(' · '),
        d.updated_at,
      ),
    ),
    ...r.funding.map((f) => rec('mobility_funding', f.id, String(f.amount), f.created_at)),
    ...r.activities.map((a) => rec('activity', a.id, name(a.title_zh, a.title_en), a.start_date)),
    ...r.consents.map((c) => rec('consent', c.id, c.purpose, c.withdrawn_on ?? c.agreed_on)),
  ];
  const changes = await repo.findChangesOf(
    ctx.db,
    personId,
    { mobility: r.mobilities.map((m) => m.id), application: r.applications.map((a) => a.id) },
    CHANGES_LIMIT,
  );
  // Written before the report is returned: no audit row, no report.
  await ctx.db
    .transaction()
    .execute((trx) =>
      auditReport(ctx, trx, { personId, summary: auditSummary('auditSummaries.subjectAccess', { format }) }),
    );
  const accesses = (await repo.findAccessesOf(ctx.db, personId)).map((a) => toAccess(ctx, a));
  return {
    personId,
    personName: name(person.name_zh, person.name_en),
    records,
    accesses,
    changes: changes.map((c) => ({
      at: c.at,
      actorName: name(c.name_zh ?? null, c.name_en ?? null) || null,
      action: c.action,
      entity: c.entity_type,
    })),
  };
}

/** [from, to] as dates in Asia/Taipei → ISO instants [from 00:00, the day after `to` 00:00) in UTC. */
export function rangeOf(q: AccessReportQuery) {
  return { from: `${q.from}T00:00:00+08:00`, to: `${addDays(q.to, 1)}T00:00:00+08:00` };
}

const utc = (s: string) => new Date(s).toISOString();

/** Every access to personal data in a date range, for a breach inquiry (audited). */
export async function accessReport(ctx: Ctx, q: AccessReportQuery, format: 'json' | 'xlsx') {
  authorizeAny(privacyPolicy, ctx.actor, 'accessReport', ctx.units);
  const range = rangeOf(q);
  const from = utc(range.from);
  const to = utc(range.to);
  await ctx.db.transaction().execute((trx) =>
    auditReport(ctx, trx, {
      summary: auditSummary('auditSummaries.accessReport', { from: q.from, to: q.to, format }),
    }),
  );
  return { from, to };
}

export async function accessReportJson(ctx: Ctx, q: AccessReportQuery): Promise<AccessReport> {
  const { from, to } = await accessReport(ctx, q, 'json');
  const counts = await repo.countAccessesBetween(ctx.db, from, to);
  const rows = await repo.findAccessesBetween(ctx.db, from, to, ACCESS_REPORT_ROWS, 0);
  return { from: q.from, to: q.to, ...counts, items: rows.map((r) => toAccess(ctx, r)) };
}
