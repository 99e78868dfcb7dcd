import type { Db } from '#server/db/client.js';
import { indicatorFigure } from '#server/modules/counting/index.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { findIndicators, findTargets, quarterRange, reportingUnits, specOf } from './indicator.repository.js';

export type IndicatorProgress = {
  indicatorId: number;
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  strategy: number;
  chapter: string | null;
  /** the college, or the university's root unit (whole university) */
  unitId: number;
  value: number;
  target: number | null;
};

/** Every current indicator × (the whole university and each college): its figure for the year (or quarter) counted from records, and the target set for it. */
export async function indicatorProgress(
  db: Db,
  opts: { year: number; quarter?: number | null },
): Promise<IndicatorProgress[]> {
  const quarter = opts.quarter ?? 0;
  const { from, to } = quarterRange(opts.year, quarter);
  const [indicators, { root, colleges }, tree] = await Promise.all([
    findIndicators(db),
    reportingUnits(db),
    loadUnitTree(db),
  ]);
  const targets = await findTargets(db, { indicatorIds: indicators.map((i) => i.id), year: opts.year, quarter });
  const targetOf = new Map(targets.map((t) => [`${t.indicator_id}:${t.unit_id}`, t.target]));
  const units = [
    ...(root ? [{ id: root.id, unitIds: 'all' as const }] : []),
    ...colleges.map((c) => ({ id: c.id, unitIds: tree.subtree(c.id) })),
  ];
  const out: IndicatorProgress[] = [];
  for (const i of indicators) {
    const spec = specOf(i);
    for (const u of units) {
      const value = await indicatorFigure(db, spec, { unitIds: u.unitIds, from, to });
      out.push({
        indicatorId: i.id,
        code: i.code,
        nameZh: i.name_zh,
        nameEn: i.name_en,
        unit: i.unit,
        strategy: i.strategy,
        chapter: i.chapter,
        unitId: u.id,
        value,
        target: targetOf.get(`${i.id}:${u.id}`) ?? null,
      });
    }
  }
  return out;
}
