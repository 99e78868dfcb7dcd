import type { Db } from '#server/db/client.js';
import { addDays, businessDate } from '#shared/calendar.js';
import type { PeriodState } from '#shared/reporting.js';
import { periodState } from '#shared/reporting.js';
import type { CollegeStatus } from '#shared/schemas/reporting.js';
import {
  type CollegeRow,
  findColleges,
  findPeriod,
  findSubmissions,
  type PeriodRow,
  type SubmissionRow,
} from './submission.repository.js';

export type PeriodOverview = {
  period: PeriodRow & { state: PeriodState };
  colleges: CollegeStatus[];
  /** Colleges with no submission yet, or a draft or returned one. */
  notSubmitted: CollegeStatus[];
};

const who = (id: number | null, email: string | null, zh: string | null, en: string | null) =>
  id === null ? null : { id, email: email ?? '', nameZh: zh, nameEn: en };

export function collegeStatus(c: CollegeRow, s: SubmissionRow | undefined): CollegeStatus {
  return {
    unitId: c.id,
    unitCode: c.code,
    unitNameZh: c.name_zh,
    unitNameEn: c.name_en,
    submissionId: s?.id ?? null,
    status: s?.status ?? null,
    submittedAt: s?.submitted_at ?? null,
    submittedBy: s ? who(s.submitted_by_id, s.submitted_by_email, s.submitted_by_zh, s.submitted_by_en) : null,
    reviewedAt: s?.reviewed_at ?? null,
    reviewedBy: s ? who(s.reviewed_by_id, s.reviewed_by_email, s.reviewed_by_zh, s.reviewed_by_en) : null,
  };
}

export const hasSubmitted = (c: CollegeStatus) => c.status === 'submitted' || c.status === 'approved';

async function overviews(db: Db, periods: PeriodRow[], today: string): Promise<PeriodOverview[]> {
  const [colleges, submissions] = await Promise.all([
    findColleges(db),
    findSubmissions(
      db,
      periods.map((p) => p.id),
    ),
  ]);
  return periods.map((period) => {
    const lines = colleges.map((c) =>
      collegeStatus(
        c,
        submissions.find((s) => s.period_id === period.id && s.unit_id === c.id),
      ),
    );
    const state = periodState({ opensOn: period.opens_on, closesOn: period.closes_on }, today);
    return { period: { ...period, state }, colleges: lines, notSubmitted: lines.filter((l) => !hasSubmitted(l)) };
  });
}

/** One period's colleges: each one's submission status, who submitted it when and who reviewed it, and those that have not submitted (`today` gives the period's state). */
export async function periodOverview(
  db: Db,
  periodId: number,
  today = businessDate(new Date()),
): Promise<PeriodOverview | undefined> {
  const period = await findPeriod(db, periodId);
  if (!period) return undefined;
  return (await overviews(db, [period], today))[0];
}

/** The periods open on `today` or opening within 14 days (not archived), each with its colleges' submission status; soonest closing first. */
export async function currentPeriods(db: Db, today: string): Promise<PeriodOverview[]> {
  const rows = await db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('archived_at', 'is', null)
    .where('opens_on', '<=', addDays(today, 14))
    .where('closes_on', '>=', today)
    .orderBy('closes_on')
    .orderBy('id')
    .execute();
  return overviews(db, rows, today);
}
