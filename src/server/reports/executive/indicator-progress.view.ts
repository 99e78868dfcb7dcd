import type { Db } from '#server/db/client.js';
import { type IndicatorProgress, indicatorProgress } from '#server/modules/indicators/indicator-progress.js';
import type { IndicatorProgressRow, ProgressCell } from '#shared/schemas/executive.js';

type UnitName = { id: number; code: string; name_zh: string; name_en: string; kind: string };

/**
 * Every indicator's progress against its target, whole university and per college, for the dashboard
 * and the status report: the indicators module's figures (counted by the counting rules) grouped per
 * indicator, with the units' names. The university's row is the one whose unit is the root.
 */
export async function progressByIndicator(
  db: Db,
  opts: { year: number; quarter?: number | null },
): Promise<IndicatorProgressRow[]> {
  const [figures, units] = await Promise.all([
    indicatorProgress(db, opts),
    db.selectFrom('units').select(['id', 'code', 'name_zh', 'name_en', 'kind']).execute() as Promise<UnitName[]>,
  ]);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const rows = new Map<number, IndicatorProgressRow>();
  for (const f of figures) {
    const row = rows.get(f.indicatorId) ?? {
      indicatorId: f.indicatorId,
      code: f.code,
      nameZh: f.nameZh,
      nameEn: f.nameEn,
      unit: f.unit as IndicatorProgressRow['unit'],
      university: null,
      colleges: [],
    };
    rows.set(f.indicatorId, row);
    const unit = unitOf.get(f.unitId);
    if (unit?.kind === 'university') row.university = cell(f, null, unit);
    else row.colleges.push(cell(f, f.unitId, unit));
  }
  return [...rows.values()];
}

function cell(f: IndicatorProgress, unitId: number | null, unit: UnitName | undefined): ProgressCell {
  return {
    unitId,
    unitCode: unit?.code ?? null,
    unitNameZh: unit?.name_zh ?? '',
    unitNameEn: unit?.name_en ?? '',
    value: f.value,
    target: f.target,
    percent: f.target ? Math.round((f.value / f.target) * 100) : null,
  };
}
