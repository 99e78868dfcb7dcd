import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database } from '#server/db/schema.js';
import { loadAcademicTerms } from '#server/modules/academic-calendar/academic-terms.loader.js';
import {
  levelSql,
  nationalityRegionSql,
  nationalitySql,
  programGroupSql,
  sexSql,
  termSql,
} from '#server/modules/counting/facets.js';
import { drillRecords, ruleContext } from '#server/modules/counting/index.js';
import {
  columnOf,
  MOE_DEGREE_COLUMNS,
  MOE_NON_DEGREE_COLUMNS,
  OFFSHORE_COLUMN,
  studentsOnDate,
  TVC_COLUMNS,
} from '#server/modules/counting/international-students.js';
import { atLeastSemester, outboundKept, outboundStudents } from '#server/modules/counting/mobility-rules.js';
import { activitiesOfKinds, EXCHANGE_KINDS } from '#server/modules/counting/record-rules.js';
import type { CountScope, RuleContext } from '#server/modules/counting/scope.js';
import { type CountingSettings, loadSettingRows } from '#server/modules/counting/settings.js';
import { countryNameMap } from '#server/modules/countries/country.repository.js';
import { type AcademicTerms, semesterOf, semesterRange, toRocYear } from '#shared/calendar.js';
import { countryNamer } from '#shared/country-names.js';
import { type Grouping, UDB_CATEGORIES } from '#shared/ministry.js';
import type { MinistryTable } from '#shared/reporting.js';
import type { DrillDown } from '#shared/schemas/drilldown.js';
import type { MinistryQuery, MinistryTableResult } from '#shared/schemas/ministry.js';
import { cellIds, decodeCell, type Facet, groupsOf, type Source } from './cells.js';
import { buildGrid, type Column, type GridSpec } from './grid.js';
import { resolveQuery } from './ministry-query.js';

/**
 * The Ministry's three tables, computed from records with the counting rules (../counting):
 * 1. international students on the reference date (table 4-2-3 or the statistics table's grouping);
 * 2. students going abroad (學5) by department, program type, country and region, ≥ / < 1 semester;
 * 3. college exchange (conferences, scholars, papers, contracts, industry projects with their funding).
 * `ministryTable` is what the screen, the xlsx and the status report use.
 */
type Eb = ExpressionBuilder<Database, 'mobilities'>;
const ref =
  (col: string): Facet =>
  () =>
    sql.ref(col);
const mobility = (f: (eb: Eb) => Expression<unknown>): Facet => f as unknown as Facet;

/** What to compute: a period or dates, and for table 1 which grouping (4-2-3 unless said). */
export type TableQuery = Omit<MinistryQuery, 'grouping'> & { grouping?: Grouping };

/** `kept`: the same source on kept facts, which the figures read (the drill-downs list the records). */
type Built = { source: Source; kept?: Source; grid: GridSpec; dimensions: string[] };

const isUdb = (g: Grouping) => g === 'udb_country' || g === 'udb_region';
const MALE_FEMALE = ['male', 'female'];

/**
 * The udb layouts of degree students from abroad (境外學位生數): by the whole university, one row per
 * 學制班別 and 國家(地區)區域別 (and 國家(地區)別), the nationality's; 境外學位生總人數 then 男 / 女 of
 * each identity category. 合計 = 男 + 女: a record without a recorded gender is in no cell (the
 * pre-filing check lists it).
 */
function udbLayout(scope: CountScope, ctx: RuleContext, grouping: Grouping): Built {
  const byCountry = grouping === 'udb_country';
  const columns: Column[] = [
    { key: 'udb_total', group: null, filter: { sex: MALE_FEMALE } },
    // the keys are written out: they are catalog keys (ministry.groups.* and ministry.columns.*)
    ...(
      [
        ['udb_foreign', 'udb_foreign_male', 'udb_foreign_female'],
        ['udb_overseas_chinese', 'udb_overseas_chinese_male', 'udb_overseas_chinese_female'],
        ['udb_hk_macau', 'udb_hk_macau_male', 'udb_hk_macau_female'],
        ['udb_mainland', 'udb_mainland_male', 'udb_mainland_female'],
      ] as const
    ).flatMap(([group, male, female], i) => [
      { key: male, group, filter: { col: UDB_CATEGORIES[i] as string, sex: 'male' } },
      { key: female, group, filter: { col: UDB_CATEGORIES[i] as string, sex: 'female' } },
    ]),
  ];
  const rowDims: GridSpec['rowDims'] = byCountry ? ['program', 'region', 'country'] : ['program', 'region'];
  return {
    source: {
      table: 'mobilities',
      where: studentsOnDate(scope, ctx, grouping),
      facets: {
        program: () => programGroupSql(),
        region: () => nationalityRegionSql(),
        ...(byCountry ? { country: () => nationalitySql() } : {}),
        sex: () => sexSql(),
        col: () => columnOf(grouping, ctx.settings),
      },
    },
    grid: { rowDims, columns },
    dimensions: ['academicYear', 'programType', 'udbRegion', ...(byCountry ? ['udbCountry'] : [])],
  };
}

function internationalStudents(scope: CountScope, ctx: RuleContext, grouping: Grouping): Built {
  if (isUdb(grouping)) return udbLayout(scope, ctx, grouping);
  const col = (key: string, group: string | null, cols: readonly string[]): Column => ({
    key,
    group,
    filter: { col: cols.length === 1 ? (cols[0] as string) : [...cols] },
  });
  const columns: Column[] =
    grouping === 'tvc_4_2_3'
      ? [...TVC_COLUMNS.map((c) => col(c, null, [c])), { key: 'total', group: null, filter: {} }]
      : [
          ...MOE_DEGREE_COLUMNS.map((c) => col(c, 'degree', [c])),
          col('degree_total', 'degree', MOE_DEGREE_COLUMNS),
          ...MOE_NON_DEGREE_COLUMNS.map((c) => col(c, 'non_degree', [c])),
          col('non_degree_total', 'non_degree', MOE_NON_DEGREE_COLUMNS),
          col(OFFSHORE_COLUMN, 'offshore', [OFFSHORE_COLUMN]),
        ];
  return {
    source: {
      table: 'mobilities',
      where: studentsOnDate(scope, ctx, grouping),
      facets: {
        unit: ref('mobilities.unit_id'),
        level: () => levelSql(),
        sex: () => sexSql(),
        col: () => columnOf(grouping, ctx.settings),
      },
    },
    grid: { rowDims: ['college', 'unit', 'level', 'sex'], columns },
    dimensions: ['college', 'unit', 'level', 'sex'],
  };
}

/** The semesters a period covers, each labelled `120-1` (ROC year, semester), with its last day. */
function semestersOf(from: string, to: string, terms: AcademicTerms) {
  const out: { label: string; lastDay: string }[] = [];
  let at = from;
  while (at <= to && out.length < 40) {
    const { academicYear, semester } = semesterOf(at, terms);
    const [, lastDay] = semesterRange(academicYear, semester, terms);
    out.push({ label: `${toRocYear(academicYear)}-${semester}`, lastDay });
    const next = new Date(`${lastDay}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    at = next.toISOString().slice(0, 10);
  }
  return out;
}

/**
 * 學5: one row per semester the record is counted in (學年度, 學期), department, 學制班別, country. 合計 =
 * 男 + 女: a record without a recorded gender is in no cell; the pre-filing check lists it to fix.
 */
function outbound(scope: CountScope, ctx: RuleContext, terms: AcademicTerms): Built {
  // the column keys are written out: they are catalog keys (ministry.columns.*)
  const split = (d: 'semester' | 'short', [total, male, female]: string[]): Column[] => [
    { key: total as string, group: d, filter: { duration: d, sex: MALE_FEMALE } },
    { key: male as string, group: d, filter: { duration: d, sex: 'male' } },
    { key: female as string, group: d, filter: { duration: d, sex: 'female' } },
  ];
  const columns = [
    ...split('semester', ['semester_total', 'semester_male', 'semester_female']),
    ...split('short', ['short_total', 'short_male', 'short_female']),
  ];
  const facets: Source['facets'] = {
    term: () => termSql(semestersOf(scope.from, scope.to, terms)),
    unit: ref('mobilities.unit_id'),
    program: () => programGroupSql(),
    country: ref('mobilities.country'),
    duration: mobility((eb) =>
      eb
        .case()
        .when(atLeastSemester(eb, ctx) as Expression<SqlBool>)
        .then('semester')
        .else('short')
        .end(),
    ),
    sex: () => sexSql(),
  };
  // every facet reads columns the outbound facts keep; the rule's WHERE too, when outboundKept says so
  const kept: Source = {
    table: 'outbound_student_facts as mobilities',
    weight: 'n',
    where: outboundStudents(scope, { ...ctx, onFacts: true }, 'all'),
    facets,
  };
  return {
    source: { table: 'mobilities', where: outboundStudents(scope, ctx, 'all'), facets },
    ...(outboundKept(ctx) ? { kept } : {}),
    grid: { rowDims: ['term', 'college', 'unit', 'program', 'country'], columns },
    dimensions: ['academicYear', 'semester', 'college', 'unit', 'program', 'country', 'region'],
  };
}

const AMOUNTS = ['amount_government', 'amount_industry', 'amount_other', 'amount_university'] as const;

function collegeExchange(scope: CountScope, colleges: number[]): Built {
  const project = { kind: 'industry_project' };
  return {
    source: {
      table: 'activities',
      where: activitiesOfKinds(EXCHANGE_KINDS, scope) as unknown as Source['where'],
      facets: {
        unit: ref('activities.unit_id'),
        kind: ref('activities.kind'),
        commissioning: ref('activities.commissioning'),
      },
      sums: [...AMOUNTS],
    },
    grid: {
      rowDims: ['college'],
      alwaysColleges: colleges,
      columns: [
        ...EXCHANGE_KINDS.map((k) => ({ key: k, group: 'count', filter: { kind: k } })),
        ...AMOUNTS.map((a) => ({ key: a, group: 'amount', filter: project, sum: a })),
        { key: 'commissioning_domestic', group: 'commissioning', filter: { ...project, commissioning: 'domestic' } },
        { key: 'commissioning_foreign', group: 'commissioning', filter: { ...project, commissioning: 'foreign' } },
      ],
    },
    dimensions: ['college'],
  };
}

/** The unit tree as the tables use it: each unit's college (itself when it is under none), ordering. */
async function unitsContext(db: Db) {
  const units = await db
    .selectFrom('units')
    .select(['id', 'code', 'name_zh', 'name_en', 'kind', 'parent_id'])
    .orderBy('id')
    .execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const collegeOf = (unit: number | null): number | null => {
    for (let u = unit === null ? undefined : byId.get(unit); u; u = u.parent_id ? byId.get(u.parent_id) : undefined)
      if (u.kind === 'college') return u.id;
    return unit;
  };
  const position = new Map(units.map((u, i) => [u.id, i]));
  return {
    units,
    collegeOf,
    isCollege: (id: number) => byId.get(id)?.kind === 'college',
    unitOrder: (u: number | null) => (u === null ? Number.MAX_SAFE_INTEGER : (position.get(u) ?? 0)),
    unitsOfCollege: (c: number) => units.filter((u) => collegeOf(u.id) === c).map((u) => u.id),
    colleges: units.filter((u) => u.kind === 'college').map((u) => u.id),
  };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

async function prepare(db: Db, table: MinistryTable, query: TableQuery, settings?: CountingSettings) {
  const dates = await resolveQuery(db, query);
  const ctx = await ruleContext(db, settings);
  const units = await unitsContext(db);
  const terms = table === 'outbound_students' ? await loadAcademicTerms(db) : [];
  const scope: CountScope = { unitIds: 'all', from: dates.from, to: dates.to, referenceDate: dates.referenceDate };
  const built =
    table === 'international_students'
      ? internationalStudents(scope, ctx, query.grouping ?? 'tvc_4_2_3')
      : table === 'outbound_students'
        ? outbound(scope, ctx, terms)
        : collegeExchange(scope, units.colleges);
  return { dates, ctx, units, built };
}

/** One of the Ministry's tables for a period (or explicit dates), with the settings and sources used. */
export async function ministryTable(
  db: Db,
  table: MinistryTable,
  query: TableQuery,
  /** records: count the records even where kept facts serve the table (the tests compare both) */
  opts: { settings?: CountingSettings; records?: boolean } = {},
): Promise<MinistryTableResult> {
  const p: Prepared = await prepare(db, table, query, opts.settings);
  const [groups, regions, settingRows, names] = await Promise.all([
    groupsOf(db, opts.records ? p.built.source : (p.built.kept ?? p.built.source)),
    db.selectFrom('country_regions').select(['country', 'region']).execute(),
    loadSettingRows(db),
    countryNameMap(db),
  ]);
  const regionOf = new Map(regions.map((r) => [r.country, r.region]));
  const rows = buildGrid(groups, p.built.grid, {
    collegeOf: p.units.collegeOf,
    isCollege: p.units.isCollege,
    unitOrder: p.units.unitOrder,
    regionOf: (c) => (c ? (regionOf.get(c) ?? null) : null),
  });
  // the udb layouts are by the whole university: each row is of the academic year of the reference date
  const udbYear = isUdb(query.grouping ?? 'tvc_4_2_3') && table === 'international_students';
  if (udbYear) {
    const year = toRocYear(semesterOf(p.dates.referenceDate).academicYear);
    for (const r of rows) if (r.kind === 'row') r.academicYear = year;
  }
  const used = new Set(rows.flatMap((r) => [r.unitId, r.collegeId]));
  const zh = countryNamer('zh-TW', names);
  const en = countryNamer('en', names);
  const codes = [...new Set(rows.map((r) => r.country).filter((c): c is string => Boolean(c)))].sort();
  return {
    table,
    grouping: table === 'international_students' ? (query.grouping ?? 'tvc_4_2_3') : null,
    ...p.dates,
    dimensions: p.built.dimensions,
    columns: p.built.grid.columns.map((c) => ({ key: c.key, group: c.group })),
    rows,
    units: p.units.units
      .filter((u) => used.has(u.id))
      .map((u) => ({ id: u.id, code: u.code, nameZh: u.name_zh, nameEn: u.name_en })),
    countries: codes.map((code) => ({ code, nameZh: zh(code), nameEn: en(code) })),
    settings: settingRows.map((s) => ({
      key: s.key,
      value: s.value,
      sourceZh: s.sourceZh,
      sourceEn: s.sourceEn,
      version: s.version,
      updatedAt: s.updatedAt,
    })),
  };
}

/** The records one cell counts (same WHERE as the figure, plus the cell's facet values). */
export async function ministryCellIds(db: Db, table: MinistryTable, query: TableQuery, cell: string) {
  const p = await prepare(db, table, query);
  const ids = await cellIds(db, p.built.source, decodeCell(cell, p.built.source), p.units.unitsOfCollege);
  return { entity: p.built.source.table === 'activities' ? ('activity' as const) : ('mobility' as const), ids };
}

export async function ministryCell(
  db: Db,
  table: MinistryTable,
  query: TableQuery & { cell: string; page: number; pageSize: number },
): Promise<DrillDown> {
  const ref = await ministryCellIds(db, table, query, query.cell);
  return drillRecords(db, ref, { page: query.page, pageSize: query.pageSize });
}
