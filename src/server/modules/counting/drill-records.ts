import type { Db } from '#server/db/client.js';
import type { DrillDown, DrillRecord } from '#shared/schemas/drilldown.js';
import type { RecordRef } from './index.js';

/**
 * One page of the records behind a figure, in the order of the ids (the counting rules give them in id
 * order), each in the one shape every drill-down list shows: name, kind, unit, country, dates, detail.
 */
export async function drillRecords(
  db: Db,
  ref: RecordRef,
  opts: { page: number; pageSize: number },
): Promise<DrillDown> {
  const ids = ref.ids.slice((opts.page - 1) * opts.pageSize, opts.page * opts.pageSize);
  const found = ids.length ? await LOADERS[ref.entity](db, ids) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const items = ids.map((id) => byId.get(id)).filter((r): r is DrillRecord => r !== undefined);
  return { total: ref.ids.length, items, page: opts.page, pageSize: opts.pageSize };
}

type Loader = (db: Db, ids: number[]) => Promise<DrillRecord[]>;

const LOADERS: Record<RecordRef['entity'], Loader> = {
  mobility: async (db, ids) => {
    const rows = await db
      .selectFrom('mobilities as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .leftJoin('partners as pa', 'pa.id', 'm.partner_id')
      .select([
        'm.id',
        'm.kind',
        'm.unit_id',
        'm.country',
        'm.start_date',
        'm.end_date',
        'm.host_name_zh',
        'm.host_name_en',
        'p.name_zh',
        'p.name_en',
        'pa.name_zh as partner_zh',
        'pa.name_en as partner_en',
      ])
      .where('m.id', 'in', ids)
      .execute();
    return rows.map((r) => ({
      entity: 'mobility',
      id: r.id,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      kind: r.kind,
      unitId: r.unit_id,
      country: r.country,
      startDate: r.start_date,
      endDate: r.end_date,
      detailZh: r.host_name_zh ?? r.partner_zh ?? null,
      detailEn: r.host_name_en ?? r.partner_en ?? null,
    }));
  },
  agreement: async (db, ids) => {
    const rows = await db
      .selectFrom('agreements as a')
      .select(['a.id', 'a.kind', 'a.title_zh', 'a.title_en', 'a.owning_unit_id', 'a.start_date', 'a.end_date'])
      .where('a.id', 'in', ids)
      .execute();
    // the first partner names the agreement's counterpart and country
    const partners = await db
      .selectFrom('agreement_partners as ap')
      .innerJoin('partners as p', 'p.id', 'ap.partner_id')
      .select(['ap.agreement_id', 'p.name_zh', 'p.name_en', 'p.country'])
      .where('ap.agreement_id', 'in', ids)
      .orderBy('ap.agreement_id')
      .orderBy('p.id')
      .execute();
    const first = new Map<number, (typeof partners)[number]>();
    for (const p of partners) if (!first.has(p.agreement_id)) first.set(p.agreement_id, p);
    return rows.map((r) => {
      const p = first.get(r.id);
      return {
        entity: 'agreement',
        id: r.id,
        nameZh: r.title_zh,
        nameEn: r.title_en,
        kind: r.kind,
        unitId: r.owning_unit_id,
        country: p?.country ?? null,
        startDate: r.start_date,
        endDate: r.end_date,
        detailZh: p?.name_zh ?? null,
        detailEn: p?.name_en ?? null,
      };
    });
  },
  activity: async (db, ids) => {
    const rows = await db
      .selectFrom('activities as a')
      .select([
        'a.id',
        'a.kind',
        'a.title_zh',
        'a.title_en',
        'a.unit_id',
        'a.country',
        'a.start_date',
        'a.end_date',
        'a.counterpart_zh',
        'a.counterpart_en',
        'a.person_name',
      ])
      .where('a.id', 'in', ids)
      .execute();
    return rows.map((r) => ({
      entity: 'activity',
      id: r.id,
      nameZh: r.title_zh,
      nameEn: r.title_en,
      kind: r.kind,
      unitId: r.unit_id,
      country: r.country,
      startDate: r.start_date,
      endDate: r.end_date,
      detailZh: r.counterpart_zh ?? r.person_name,
      detailEn: r.counterpart_en ?? r.person_name,
    }));
  },
};
