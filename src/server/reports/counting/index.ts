/**
 * The counting rules, written once (CONTRACT — implemented by the counting module's owner).
 * Everything that counts records for a report — the Ministry's tables, computed indicators in college
 * submissions, the executive dashboard, the status report — goes through these functions, so a rule
 * changes in one place. Settings (which kinds count, the semester threshold, attribution, …) are data
 * (`report_settings`), loaded with `loadCountingSettings`.
 */
import type { ActivityKind, ComputedRule } from '../../../shared/reporting.js';
import type { Db } from '../../db/client.js';

/** Whose records and which dates: a unit subtree (a college) or the whole university. */
export type CountScope = {
  /** unit ids to count (a college's subtree), or 'all' for the whole university */
  unitIds: number[] | 'all';
  /** the period's first and last day (YYYY-MM-DD), inclusive */
  from: string;
  to: string;
  /** "on the date" rules (international students) count on this day; defaults to `to` */
  referenceDate?: string;
};

/** What an indicator definition says about how its figure is made. */
export type IndicatorMethodSpec =
  | { method: 'computed'; rule: ComputedRule }
  | { method: 'manual'; activityKind: ActivityKind };

export type RecordRef = { entity: 'mobility' | 'agreement' | 'activity'; ids: number[] };

export declare function indicatorFigure(db: Db, spec: IndicatorMethodSpec, scope: CountScope): Promise<number>;
export declare function indicatorRecords(db: Db, spec: IndicatorMethodSpec, scope: CountScope): Promise<RecordRef>;
