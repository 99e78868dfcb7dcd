import type { DailyJob } from '#server/jobs/scheduler.js';
import { iso } from '#server/lib/clock.js';
import { runRetentionWith } from './retention.service.js';

export const RETENTION_JOB = 'retention';

/**
 * Daily: anonymises what is past the retention period of every enabled kind (docs/decisions/0020) and
 * keeps the run's report as a row (`retention_runs`, shown at /privacy). Idempotent: an anonymised
 * record is marked and not found again, so a second run the same day changes nothing.
 */
export const retentionJob: DailyJob = {
  name: RETENTION_JOB,
  run: (deps) => runRetentionWith({ db: deps.db, now: iso(deps.clock.now()), dryRun: false, actorId: null, ip: null }),
};
