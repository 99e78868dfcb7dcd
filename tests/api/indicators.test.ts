import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorProgress } from '#server/modules/indicators/indicator-progress.js';
import { DIALECTS } from '#tests/setup/app.js';
import { indicatorBody, periodBody, type ReportingWorld, reportingWorld } from './submissions-fixtures.js';

const fieldOf = (res: { json: () => any }, path: string) =>
  (res.json().error.fields as { path: string; code: string; message: string }[]).find((f) => f.path === path);

/** Indicator definitions (versioned), targets, reporting periods and their validation, indicator progress. */
describe.each(DIALECTS)('indicators and periods (%s)', (dialect) => {
  let w: ReportingWorld;
  beforeAll(async () => {
    w = await reportingWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('lists definitions with filters by strategy, chapter and method', async () => {
    const a = await w.createIndicator({ strategy: 4, chapter: '3-5', activityKind: 'paper_abroad' });
    const b = await w.createIndicator({ strategy: 4, chapter: '1-6' });
    const codes = (items: { code: string }[]) => items.map((i) => i.code);
    const all = (await w.as.coordEng.get('/api/v1/indicators')).json().items;
    expect(codes(all)).toEqual(expect.arrayContaining([a.code, b.code]));
    const manual = (await w.as.vp.get('/api/v1/indicators?method=manual')).json().items;
    expect(codes(manual)).toEqual(expect.arrayContaining([a.code, b.code]));
    expect(manual.every((i: any) => i.method === 'manual' && i.activityKind)).toBe(true);
    expect(codes((await w.as.vp.get('/api/v1/indicators?method=computed')).json().items)).not.toContain(a.code);
    const s4 = (await w.as.oia.get('/api/v1/indicators?strategy=4&chapter=3-5')).json().items;
    expect(codes(s4)).toContain(a.code);
    expect(codes(s4)).not.toContain(b.code);
    expect(s4.every((i: any) => i.strategy === 4 && i.chapter === '3-5')).toBe(true);
    expect((await w.as.student.get('/api/v1/indicators')).statusCode).toBe(403);
  });

  it('versions every edit: version 2 becomes current, version 1 is kept; archive hides it', async () => {
    const created = await w.createIndicator({ nameEn: 'Papers v1', activityKind: 'paper_abroad' });
    expect(created).toMatchObject({ version: 1, versionNo: 1, permissions: { manage: true, setTargets: true } });
    expect(created.versions).toHaveLength(1);
    const { code: _c, ...body } = indicatorBody({ nameEn: 'Papers v2', activityKind: 'paper_abroad' });
    const edited = await w.as.admin.put(`/api/v1/indicators/${created.id}`, { ...body, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, versionNo: 2, nameEn: 'Papers v2' });
    expect(edited.json().versions.map((v: any) => [v.versionNo, v.nameEn])).toEqual([
      [2, 'Papers v2'],
      [1, 'Papers v1'],
    ]);
    expect(edited.json().versionId).not.toBe(created.versionId);
    const stale = await w.as.admin.put(`/api/v1/indicators/${created.id}`, { ...body, version: 1 });
    expect(stale.statusCode).toBe(409);
    // Only administrators edit definitions.
    expect((await w.as.oia.put(`/api/v1/indicators/${created.id}`, { ...body, version: 2 })).statusCode).toBe(403);
    expect((await w.as.oia.post('/api/v1/indicators', indicatorBody())).statusCode).toBe(403);

    const archived = await w.as.admin.post(`/api/v1/indicators/${created.id}/archive`, { version: 2 });
    expect(archived.json().archivedAt).toBeTruthy();
    const list = (await w.as.admin.get('/api/v1/indicators')).json().items;
    expect(list.some((i: any) => i.id === created.id)).toBe(false);
    const history = (await w.as.admin.get(`/api/v1/indicators/${created.id}/history`)).json();
    expect(history.items.map((e: any) => e.action)).toEqual(['archive', 'update', 'create']);
  });

  it('refuses invalid definitions with field errors', async () => {
    const dup = await w.as.admin.post('/api/v1/indicators', indicatorBody({ code: 'OUT-SEM' }));
    expect(fieldOf(dup, 'code')?.code).toBe('duplicate_code');
    const noRule = await w.as.admin.post(
      '/api/v1/indicators',
      indicatorBody({ method: 'computed', rule: null, strategy: 7 }),
      { locale: 'en' },
    );
    expect(noRule.statusCode).toBe(400);
    expect(fieldOf(noRule, 'rule')?.message).toBe('A computed indicator needs a counting rule.');
    expect(fieldOf(noRule, 'strategy')?.code).toBe('invalid_value');
    const noKind = await w.as.admin.post('/api/v1/indicators', indicatorBody({ activityKind: null }));
    expect(fieldOf(noKind, 'activityKind')?.code).toBe('activity_kind_required');
  });

  it('sets targets per unit, year and quarter with versions; only OIA and administrators', async () => {
    const ind = await w.createIndicator();
    const url = `/api/v1/indicators/${ind.id}/targets`;
    const set = await w.as.oia.put(url, {
      year: 2031,
      items: [
        { unitId: w.unit.UNIV, quarter: 0, target: 40, version: null },
        { unitId: w.unit.ENG, quarter: 2, target: 5, version: null },
      ],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().units[0].code).toBe('UNIV');
    expect(set.json().units.map((u: any) => u.code)).toEqual(['UNIV', 'ENG', 'BUS', 'HSS', 'DD']);
    expect(set.json().items.map((t: any) => [t.unitId, t.quarter, t.target, t.version])).toEqual([
      [w.unit.UNIV, 0, 40, 1],
      [w.unit.ENG, 2, 5, 1],
    ]);
    const changed = await w.as.oia.put(url, {
      year: 2031,
      items: [
        { unitId: w.unit.ENG, quarter: 2, target: 6, version: 1 },
        { unitId: w.unit.UNIV, quarter: 0, target: null, version: 1 },
      ],
    });
    expect(changed.json().items.map((t: any) => [t.unitId, t.target, t.version])).toEqual([[w.unit.ENG, 6, 2]]);
    const stale = await w.as.oia.put(url, {
      year: 2031,
      items: [{ unitId: w.unit.ENG, quarter: 2, target: 7, version: 1 }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.items[0].target).toBe(6);
    const taken = await w.as.oia.put(url, {
      year: 2031,
      items: [{ unitId: w.unit.ENG, quarter: 2, target: 7, version: null }],
    });
    expect(taken.statusCode).toBe(409);
    const dept = await w.as.oia.put(url, {
      year: 2031,
      items: [{ unitId: w.unit.CSIE, quarter: 0, target: 1, version: null }],
    });
    expect(fieldOf(dept, 'items.0.unitId')?.code).toBe('target_unit');
    expect(
      (
        await w.as.coordEng.put(url, {
          year: 2031,
          items: [{ unitId: w.unit.ENG, quarter: 1, target: 1, version: null }],
        })
      ).statusCode,
    ).toBe(403);
    expect((await w.as.vp.get(`${url}?year=2031`)).json().items).toHaveLength(1);
  });

  it('gives every indicator’s progress per college and for the university from records and targets', async () => {
    const ind = await w.createIndicator({ activityKind: 'scholar_invited' });
    await w.activity('ENG', 'scholar_invited', '2032-02-01');
    await w.activity('EE', 'scholar_invited', '2032-05-01');
    await w.activity('BUS', 'scholar_invited', '2032-02-15');
    await w.activity('OIA', 'scholar_invited', '2032-03-01'); // the university's, no college's
    await w.as.oia.put(`/api/v1/indicators/${ind.id}/targets`, {
      year: 2032,
      items: [
        { unitId: w.unit.ENG, quarter: 0, target: 4, version: null },
        { unitId: w.unit.ENG, quarter: 1, target: 1, version: null },
      ],
    });
    const year = (await indicatorProgress(w.db, { year: 2032 })).filter((p) => p.indicatorId === ind.id);
    const of = (rows: typeof year, code: string) => rows.find((r) => r.unitId === w.unit[code]);
    expect(year).toHaveLength(5);
    expect(of(year, 'UNIV')).toMatchObject({ value: 4, target: null, code: ind.code, strategy: 2 });
    expect(of(year, 'ENG')).toMatchObject({ value: 2, target: 4 });
    expect(of(year, 'BUS')).toMatchObject({ value: 1, target: null });
    const q1 = (await indicatorProgress(w.db, { year: 2032, quarter: 1 })).filter((p) => p.indicatorId === ind.id);
    expect(of(q1, 'ENG')).toMatchObject({ value: 1, target: 1 });
    expect(of(q1, 'UNIV')?.value).toBe(3);
  });

  it('creates periods with validation (field errors) and suggests the Ministry’s reference date', async () => {
    const moe = await w.as.oia.post(
      '/api/v1/reporting/periods',
      periodBody({ kind: 'moe_march', quarter: null, referenceDate: null }),
    );
    expect(moe.statusCode).toBe(400);
    expect(fieldOf(moe, 'referenceDate')?.code).toBe('reference_date_required');
    const bad = await w.as.oia.post(
      '/api/v1/reporting/periods',
      periodBody({ kind: 'semester_july', quarter: 2, coversTo: '2030-12-31', closesOn: '2025-12-31' }),
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad, 'coversTo')?.message).toBe('The last day counted cannot be before the first.');
    expect(fieldOf(bad, 'closesOn')?.code).toBe('closes_before_opens');
    expect(fieldOf(bad, 'quarter')?.code).toBe('quarter_only_quarterly');
    const noQuarter = await w.as.oia.post('/api/v1/reporting/periods', periodBody({ quarter: null }));
    expect(fieldOf(noQuarter, 'quarter')?.code).toBe('quarter_required');

    const ok = await w.createPeriod({ kind: 'moe_october', quarter: null, referenceDate: '2031-10-15' });
    expect(ok).toMatchObject({ referenceDate: '2031-10-15', state: 'open', version: 1, permissions: { manage: true } });
    const updated = await w.as.oia.put(`/api/v1/reporting/periods/${ok.id}`, {
      ...periodBody({ kind: 'moe_october', quarter: null, referenceDate: '2031-10-16', nameEn: 'Renamed' }),
      version: 1,
    });
    expect(updated.json()).toMatchObject({ version: 2, nameEn: 'Renamed', referenceDate: '2031-10-16' });
    expect((await w.as.coordEng.post('/api/v1/reporting/periods', periodBody())).statusCode).toBe(403);
    expect((await w.as.vp.post('/api/v1/reporting/periods', periodBody())).statusCode).toBe(403);
  });
});
