import type { Db } from '#server/db/client.js';
import {
  type CountScope,
  indicatorFigure,
  indicatorRecords,
  loadCountingSettings,
  type RecordRef,
} from '#server/modules/counting/index.js';
import {
  findIndicators,
  findTargets,
  type IndicatorRow,
  specOf,
} from '#server/modules/indicators/indicator.repository.js';
import { versionOut } from '#server/modules/indicators/indicator.service.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import type { Snapshot, SnapshotFigure, SubmissionFigure } from '#shared/schemas/reporting.js';
import type { PeriodRow } from './submission.repository.js';

/**
 * A submission's figures. Every number comes from the counting module (never counted here): a computed
 * indicator by its rule, a hand-entered one as the college's activity records of its kind, within the
 * period's dates (and its reference date) and the college's units. An approved submission shows its
 * locked snapshot beside today's figure of the same definition version.
 */
export async function collegeScope(db: Db, period: PeriodRow, collegeId: number): Promise<CountScope> {
  const tree = await loadUnitTree(db);
  return {
    unitIds: tree.subtree(collegeId),
    from: period.covers_from,
    to: period.covers_to,
    ...(period.reference_date ? { referenceDate: period.reference_date } : {}),
  };
}

type Definition = Pick<
  IndicatorRow,
  | 'method'
  | 'rule'
  | 'activity_kind'
  | 'version_id'
  | 'name_zh'
  | 'name_en'
  | 'definition_zh'
  | 'definition_en'
  | 'unit'
  | 'strategy'
  | 'chapter'
> & { id: number; code: string };

async function targetsOf(db: Db, period: PeriodRow, collegeId: number, ids: number[]) {
  const rows = await findTargets(db, { indicatorIds: ids, year: period.year, quarter: period.quarter ?? 0 });
  return new Map(rows.filter((t) => t.unit_id === collegeId).map((t) => [t.indicator_id, t.target]));
}

/** The version rows a snapshot used, shaped like current definitions (for today's figure of the same rule). */
async function snapshotDefinitions(db: Db, snapshot: Snapshot): Promise<Map<number, Definition>> {
  const ids = snapshot.items.map((i) => i.versionId);
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('indicator_versions').selectAll().where('id', 'in', ids).execute();
  return new Map(
    rows.map((v) => {
      const item = snapshot.items.find((i) => i.versionId === v.id) as SnapshotFigure;
      return [v.id, { ...v, id: v.indicator_id, version_id: v.id, code: item.code }];
    }),
  );
}

/** Today's figures of every current indicator (or, when approved, of the snapshot's definitions), with targets and notes. */
export async function submissionFigures(
  db: Db,
  period: PeriodRow,
  collegeId: number,
  notes: Map<number, string>,
  snapshot: Snapshot | null,
): Promise<SubmissionFigure[]> {
  const scope = await collegeScope(db, period, collegeId);
  const settings = await loadCountingSettings(db);
  const defs: Definition[] = snapshot
    ? [...(await snapshotDefinitions(db, snapshot)).values()]
    : await findIndicators(db);
  const targets = await targetsOf(
    db,
    period,
    collegeId,
    defs.map((d) => d.id),
  );
  // Side by side: on PostgreSQL each figure takes its own pooled connection (at L, 1.1 s one after
  // another); SQLite runs them one by one either way.
  const values = await Promise.all(defs.map((d) => indicatorFigure(db, specOf(d), scope, settings)));
  const out: SubmissionFigure[] = [];
  for (const [i, d] of defs.entries()) {
    const value = values[i] ?? 0;
    const kept = snapshot?.items.find((i) => i.versionId === d.version_id);
    const {
      id: _id,
      versionNo: _n,
      createdAt: _c,
      sourceZh: _sz,
      sourceEn: _se,
      ...definition
    } = versionOut({
      ...d,
      id: d.version_id,
      version_no: 0,
      source_zh: null,
      source_en: null,
      created_at: '',
    });
    out.push({
      ...definition,
      indicatorId: d.id,
      versionId: d.version_id,
      code: d.code,
      // The snapshot keeps the names, target and explanation it was approved with.
      nameZh: kept?.nameZh ?? d.name_zh,
      nameEn: kept?.nameEn ?? d.name_en,
      value,
      target: kept ? kept.target : (targets.get(d.id) ?? null),
      explanation: kept ? kept.explanation : (notes.get(d.id) ?? null),
      snapshotValue: kept?.value ?? null,
      difference: kept ? value - kept.value : null,
    });
  }
  if (snapshot) out.sort((a, b) => order(snapshot, a) - order(snapshot, b));
  return out;
}

const order = (s: Snapshot, f: { versionId: number }) => s.items.findIndex((i) => i.versionId === f.versionId);

/** The locked snapshot written on approval: each current indicator's figure, target, explanation and record ids. */
export async function takeSnapshot(
  db: Db,
  period: PeriodRow,
  collegeId: number,
  notes: Map<number, string>,
  approval: { at: string; by: number },
): Promise<Snapshot> {
  const scope = await collegeScope(db, period, collegeId);
  const settings = await loadCountingSettings(db);
  const defs = await findIndicators(db);
  const targets = await targetsOf(
    db,
    period,
    collegeId,
    defs.map((d) => d.id),
  );
  const items: SnapshotFigure[] = [];
  for (const d of defs) {
    const spec = specOf(d);
    const records: RecordRef = await indicatorRecords(db, spec, scope, settings);
    items.push({
      indicatorId: d.id,
      versionId: d.version_id,
      code: d.code,
      nameZh: d.name_zh,
      nameEn: d.name_en,
      unit: d.unit,
      value: await indicatorFigure(db, spec, scope, settings),
      target: targets.get(d.id) ?? null,
      explanation: notes.get(d.id) ?? null,
      records,
    });
  }
  return { approvedAt: approval.at, approvedBy: approval.by, items };
}
