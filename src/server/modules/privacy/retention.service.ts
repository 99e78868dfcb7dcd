import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { recordAudit, recordAudits } from '#server/lib/audit.js';
import { auditSummary, label } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { authorizeAny } from '#server/policies/policy.js';
import { privacyPolicy } from '#server/policies/privacy.policy.js';
import { businessDate } from '#shared/calendar.js';
import { localName } from '#shared/i18n/index.js';
import type { RetentionKind } from '#shared/privacy.js';
import type {
  RetentionOutcome,
  RetentionPolicy,
  RetentionPolicyUpdate,
  RetentionRun,
} from '#shared/schemas/privacy.js';
import * as repo from './retention.repository.js';

/** Ids kept in a run's report per kind (the counts are always complete). */
const IDS_IN_REPORT = 500;

/** The entity each kind's records are in the audit log under. */
const ENTITY: Record<RetentionKind, string> = {
  unselected_applications: 'application',
  inbound_documents: 'mobility_document',
  former_people: 'person',
};

/** The same day `years` years before (YYYY-MM-DD text compares as dates). */
export const cutoffFor = (today: string, years: number) =>
  `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;

type RunInput = { db: Db; now: string; dryRun: boolean; actorId: number | null; ip: string | null };

/**
 * One run over every enabled kind: what is past its period is found, and unless this is a dry run
 * anonymised in one transaction with its files deleted, one audit entry per record and one for the run.
 * Either way the run is kept as a row (the report), so a dry run can be compared with the real one.
 */
export async function runRetentionWith(input: RunInput): Promise<number> {
  const { db, now, dryRun } = input;
  const today = businessDate(new Date(now));
  return db.transaction().execute(async (trx) => {
    const outcomes: RetentionOutcome[] = [];
    for (const policy of await repo.findPolicies(trx)) {
      if (!policy.enabled) continue;
      const cutoff = cutoffFor(today, policy.years);
      const ids = await repo.findExpired(trx, policy.kind, cutoff);
      const fileIds = await repo.filesOf(trx, policy.kind, ids);
      let files = fileIds.length;
      if (!dryRun && ids.length) {
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          if (policy.kind === 'unselected_applications') await repo.anonymiseApplications(trx, chunk, now);
          else if (policy.kind === 'inbound_documents') await repo.anonymiseDocuments(trx, chunk, now);
          else await repo.anonymisePeople(trx, chunk, now);
          await repo.clearSnapshots(trx, ENTITY[policy.kind], chunk);
        }
        files = await repo.deleteUnreferencedFiles(trx, fileIds);
        await recordAudits(
          trx,
          ids.map((id) => ({
            at: now,
            actorId: input.actorId,
            action: 'anonymise' as const,
            entityType: ENTITY[policy.kind],
            entityId: id,
            summary: auditSummary('auditSummaries.retention', {
              kind: label('retentionKinds', policy.kind),
              years: policy.years,
            }),
            ip: input.ip,
          })),
        );
      }
      outcomes.push({
        kind: policy.kind,
        years: policy.years,
        cutoff,
        records: ids.length,
        files,
        ids: ids.slice(0, IDS_IN_REPORT),
      });
    }
    const runId = await repo.insertRun(trx, {
      dry_run: dryRun ? 1 : 0,
      run_on: today,
      actor_id: input.actorId,
      result_json: JSON.stringify(outcomes),
      created_at: now,
    });
    const total = outcomes.reduce((n, o) => n + o.records, 0);
    await recordAudit(trx, {
      at: now,
      actorId: input.actorId,
      action: dryRun ? 'report' : 'anonymise',
      entityType: 'retention_run',
      entityId: runId,
      summary: auditSummary(dryRun ? 'auditSummaries.retentionDryRun' : 'auditSummaries.retentionRun', {
        records: total,
      }),
      after: outcomes.map(({ ids: _ids, ...o }) => o),
      ip: input.ip,
    });
    return runId;
  });
}

function toPolicy(r: Awaited<ReturnType<typeof repo.findPolicies>>[number]): RetentionPolicy {
  return { kind: r.kind, years: r.years, enabled: r.enabled === 1, version: r.version, updatedAt: r.updated_at };
}

export async function listPolicies(ctx: Ctx) {
  authorizeAny(privacyPolicy, ctx.actor, 'readRetention', ctx.units);
  return { items: (await repo.findPolicies(ctx.db)).map(toPolicy) };
}

export async function updatePolicy(ctx: Ctx, kind: RetentionKind, body: RetentionPolicyUpdate) {
  authorizeAny(privacyPolicy, ctx.actor, 'manageRetention', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPolicy(trx, kind);
    if (!before) throw AppError.notFound();
    const values = { years: body.years, enabled: body.enabled ? 1 : 0, updated_by: ctx.actor.id, updated_at: ctx.now };
    if (!(await repo.updatePolicy(trx, kind, body.version, values)))
      throw new AppError('VERSION_CONFLICT', { current: toPolicy(before) });
    const after = toPolicy((await repo.findPolicy(trx, kind)) as typeof before);
    await recordAudit(trx, {
      at: ctx.now,
      actorId: ctx.actor.id,
      action: 'update',
      entityType: 'retention_policy',
      entityId: null,
      summary: auditSummary(after.enabled ? 'auditSummaries.retentionPolicyOn' : 'auditSummaries.retentionPolicyOff', {
        kind: label('retentionKinds', kind),
        years: after.years,
      }),
      before: toPolicy(before),
      after,
      ip: ctx.ip,
    });
    return after;
  });
}

function toRun(ctx: Ctx, r: Awaited<ReturnType<typeof repo.findRuns>>[number]): RetentionRun {
  return {
    id: r.id,
    dryRun: r.dry_run === 1,
    runOn: r.run_on,
    actorName: localName(ctx.locale, r.name_zh, r.name_en) || null,
    outcomes: JSON.parse(r.result_json) as RetentionOutcome[],
    createdAt: r.created_at,
  };
}

export async function listRuns(ctx: Ctx) {
  authorizeAny(privacyPolicy, ctx.actor, 'readRetention', ctx.units);
  return { items: (await repo.findRuns(ctx.db, 50)).map((r) => toRun(ctx, r)) };
}

export async function runNow(ctx: Ctx, dryRun: boolean): Promise<RetentionRun> {
  authorizeAny(privacyPolicy, ctx.actor, 'manageRetention', ctx.units);
  const id = await runRetentionWith({ db: ctx.db, now: ctx.now, dryRun, actorId: ctx.actor.id, ip: ctx.ip });
  return toRun(ctx, (await repo.findRun(ctx.db, id)) as NonNullable<Awaited<ReturnType<typeof repo.findRun>>>);
}
