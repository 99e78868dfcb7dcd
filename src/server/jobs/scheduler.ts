import type { AppDeps } from '#server/http/context.js';
import { iso } from '#server/lib/clock.js';
import { businessDate, businessHour } from '#shared/calendar.js';
import { type Loop, startLoop } from './loop.js';

export type JobDeps = Pick<AppDeps, 'db' | 'env' | 'clock'>;
export type DailyJob = {
  name: string;
  run: (deps: JobDeps, today: string) => Promise<unknown>;
  /** The job waits until this hour of the day in Asia/Taipei (e.g. the mail digest at DIGEST_HOUR). */
  notBeforeHour?: (env: JobDeps['env']) => number;
};
export type JobOutcome = 'ran' | 'done-today' | 'busy' | 'not-yet';

/** Longer than any run; if an instance dies holding the lease, another takes over after this. */
export const JOB_LEASE_MS = 30 * 60_000;
export const SCHEDULER_INTERVAL_MS = 60 * 60_000;

/**
 * Runs a daily job at most once per day (Asia/Taipei) across all instances. The `job_runs` row is the
 * lease: a conditional UPDATE takes it only when the job has not completed today and nobody holds an
 * unexpired lease, so of several instances exactly one runs it. `last_run_on` is written only on success,
 * so a failed run is retried at the next tick. (The job itself is also idempotent: its own ledger keeps
 * it correct even without the lease — the lease just saves duplicated work.)
 */
export async function runDailyJob(deps: JobDeps, job: DailyJob, instanceId: string): Promise<JobOutcome> {
  const now = deps.clock.now();
  const today = businessDate(now);
  if (job.notBeforeHour && businessHour(now) < job.notBeforeHour(deps.env)) return 'not-yet';
  await deps.db
    .insertInto('job_runs')
    .values({ name: job.name, updated_at: iso(now) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const taken = await deps.db
    .updateTable('job_runs')
    .set({ locked_by: instanceId, locked_until: iso(new Date(now.getTime() + JOB_LEASE_MS)), updated_at: iso(now) })
    .where('name', '=', job.name)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', iso(now))]))
    .where((eb) => eb.or([eb('last_run_on', 'is', null), eb('last_run_on', '<', today)]))
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) {
    const row = await deps.db
      .selectFrom('job_runs')
      .select('last_run_on')
      .where('name', '=', job.name)
      .executeTakeFirst();
    return row?.last_run_on != null && row.last_run_on >= today ? 'done-today' : 'busy';
  }
  let completed = false;
  try {
    await job.run(deps, today);
    completed = true;
  } finally {
    await deps.db
      .updateTable('job_runs')
      .set({
        ...(completed ? { last_run_on: today } : {}),
        locked_by: null,
        locked_until: null,
        updated_at: iso(deps.clock.now()),
      })
      .where('name', '=', job.name)
      .where('locked_by', '=', instanceId)
      .execute();
  }
  return 'ran';
}

type Log = { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };

/** Runs the daily jobs at start-up and then every hour; each does its day's work once (see runDailyJob). */
export function startScheduler(
  deps: JobDeps,
  opts: { instanceId: string; jobs: DailyJob[]; log: Log; afterRun?: () => void; intervalMs?: number },
): Loop {
  const tick = async () => {
    for (const job of opts.jobs) {
      try {
        const outcome = await runDailyJob(deps, job, opts.instanceId);
        if (outcome === 'ran') {
          opts.log.info({ job: job.name }, 'daily job ran');
          opts.afterRun?.();
        }
      } catch (err) {
        opts.log.error({ err, job: job.name }, 'daily job failed; it will be retried at the next tick');
      }
    }
  };
  return startLoop(tick, opts.intervalMs ?? SCHEDULER_INTERVAL_MS, (err) =>
    opts.log.error({ err }, 'scheduler tick failed'),
  );
}
