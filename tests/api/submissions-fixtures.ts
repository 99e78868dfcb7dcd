import { expect } from 'vitest';
import type { Dialect } from '#server/db/client.js';
import type { Client } from '#tests/setup/app.js';
import { fundingWorld } from './funding-fixtures.js';

/**
 * The reporting tests' world: the funding world's signed-in demo users and record writers, plus
 * helpers for indicators, periods, activity records and submissions. Figures are isolated by dates in
 * 2031 (the demo has no records then) and by the indicators a test creates.
 */
export type ReportingWorld = Awaited<ReturnType<typeof reportingWorld>>;

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

export function indicatorBody(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    code: `T-IND-${n}`,
    sortOrder: 900 + n,
    nameZh: `測試指標 ${n}`,
    nameEn: `Test indicator ${n}`,
    definitionZh: '測試定義',
    definitionEn: 'Test definition',
    unit: 'count',
    strategy: 2,
    chapter: 'E-3',
    method: 'manual',
    rule: null,
    activityKind: 'conference_held',
    sourceZh: '測試來源',
    sourceEn: 'Test source',
    ...overrides,
  };
}

export function periodBody(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    kind: 'college_quarterly',
    year: 2031,
    quarter: 1,
    nameZh: `2031 第一季測試 ${n}`,
    nameEn: `2031 Q1 test ${n}`,
    coversFrom: '2031-01-01',
    coversTo: '2031-03-31',
    referenceDate: null,
    opensOn: '2026-01-01',
    closesOn: '2099-12-31',
    ...overrides,
  };
}

export async function reportingWorld(dialect: Dialect) {
  const w = await fundingWorld(dialect);

  async function createIndicator(overrides: Record<string, unknown> = {}) {
    const res = await w.as.admin.post('/api/v1/indicators', indicatorBody(overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function createPeriod(overrides: Record<string, unknown> = {}) {
    const res = await w.as.oia.post('/api/v1/reporting/periods', periodBody(overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  /** A hand-entered activity record of a unit (a college or a department). */
  async function activity(unitCode: string, kind: string, startDate: string, extra: Record<string, unknown> = {}) {
    const now = new Date().toISOString();
    const { id } = await w.db
      .insertInto('activities')
      .values({
        unit_id: w.unit[unitCode] as number,
        kind,
        title_en: `Test ${kind} ${next()}`,
        start_date: startDate,
        created_at: now,
        updated_at: now,
        ...extra,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    return id as number;
  }

  /** The submission id of a college in a period (made on first read). */
  async function submissionId(client: Client, periodId: number, unitCode: string): Promise<number> {
    const res = await client.get(`/api/v1/reporting/periods/${periodId}/submissions`);
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json().items.find((s: { unitId: number }) => s.unitId === w.unit[unitCode]);
    expect(found, `no ${unitCode} submission`).toBeTruthy();
    return found.submissionId;
  }

  const figureOf = (submission: { figures: { code: string }[] }, code: string) =>
    submission.figures.find((f) => f.code === code) as Record<string, any>;

  return { ...w, createIndicator, createPeriod, activity, submissionId, figureOf };
}
