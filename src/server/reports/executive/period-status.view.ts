import type { Db } from '#server/db/client.js';
import { currentPeriods, hasSubmitted, type PeriodOverview } from '#server/modules/reporting/submission-overview.js';
import type { PeriodStatusRow } from '#shared/schemas/executive.js';

/**
 * The reporting periods open today or opening soon (the submissions module's `currentPeriods`), each
 * with how many colleges have submitted and which have not — for the dashboard.
 */
export async function periodStatuses(db: Db, today: string): Promise<PeriodStatusRow[]> {
  const overviews = await currentPeriods(db, today);
  return overviews.flatMap((o) => (o.period.state === 'closed' ? [] : [periodStatusRow(o)]));
}

export function periodStatusRow(o: PeriodOverview): PeriodStatusRow {
  const p = o.period;
  return {
    id: p.id,
    kind: p.kind,
    nameZh: p.name_zh,
    nameEn: p.name_en,
    opensOn: p.opens_on,
    closesOn: p.closes_on,
    state: p.state === 'upcoming' ? 'upcoming' : 'open',
    colleges: o.colleges.length,
    submitted: o.colleges.filter(hasSubmitted).length,
    notSubmitted: o.notSubmitted.map((c) => ({
      unitId: c.unitId,
      code: c.unitCode,
      nameZh: c.unitNameZh,
      nameEn: c.unitNameEn,
      status: c.status,
    })),
  };
}
