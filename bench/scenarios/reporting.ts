import { COMPUTED_RULES } from '#shared/reporting.js';
import type { Api } from '../harness/session.js';
import { fetchJson, isSkip, readScenario, unavailable } from './read.js';
import type { Scenario, Skip } from './types.js';

const MINISTRY = '/api/v1/reports/ministry';
/** The autumn semester of AY 2025 (the generator's records span the years around its as-of date). */
const SEMESTER = 'from=2025-08-01&to=2026-01-31';

/**
 * The Ministry's tables and a college submission's computed indicators, computed from every mobility
 * record (1,000,000 at L) on each request; the baseline replays the same aggregate SQL, so the ratio
 * says what the app adds to the database's own work (target: the app within 2× of it).
 */
export const reportingScenarios: Scenario[] = [
  readScenario(
    'reports.ministry.international',
    'Ministry table 1: international students on 2025-10-15 (table 4-2-3 groups) by unit, level, gender',
    async () => `${MINISTRY}/international_students?${SEMESTER}&referenceDate=2025-10-15`,
    'aggregate',
  ),
  readScenario(
    'reports.ministry.outbound',
    'Ministry table 2: students abroad in the autumn semester by department, program type, country, ≥/< 1 semester',
    async () => `${MINISTRY}/outbound_students?${SEMESTER}`,
    'aggregate',
  ),
  readScenario(
    'reports.submission',
    "a college's quarterly submission: every computed indicator from the records, targets, explanations",
    async ({ api }) => submissionPath(api),
    'aggregate',
  ),
];

/** Opens a period covering AY 2025 (once per dataset) and returns its first college's submission (made on reading the period). */
async function submissionPath(api: Api): Promise<string | Skip> {
  const made = await ensureIndicators(api);
  if (made) return made;
  const periods = await fetchJson<{ items: { id: number; nameEn: string }[] }>(api, '/api/v1/reporting/periods');
  if (isSkip(periods)) return periods;
  let id = periods.items.find((p) => p.nameEn === 'Bench AY 2025')?.id;
  if (!id) {
    const today = new Date().toISOString().slice(0, 10);
    const created = await api.post('/api/v1/reporting/periods', {
      kind: 'semester_july',
      year: 2026,
      nameZh: '效能測試 114 學年',
      nameEn: 'Bench AY 2025',
      coversFrom: '2025-08-01',
      coversTo: '2026-07-31',
      referenceDate: '2025-10-15',
      opensOn: today,
      closesOn: '2099-12-31',
    });
    if (created.status !== 201) return unavailable('POST /api/v1/reporting/periods', created.status);
    id = created.json<{ id: number }>().id;
  }
  const subs = await fetchJson<{ colleges: { submissionId: number | null }[] }>(api, `/api/v1/reporting/periods/${id}`);
  if (isSkip(subs)) return subs;
  const first = subs.colleges.find((c) => c.submissionId !== null)?.submissionId;
  return first ? `/api/v1/reporting/submissions/${first}` : { type: 'skip', reason: 'the period has no submissions' };
}

/** The generated dataset has no indicators: one computed indicator per rule, made once (as the administrator). */
async function ensureIndicators(api: Api): Promise<Skip | undefined> {
  const list = await fetchJson<{ items: unknown[] }>(api, '/api/v1/indicators');
  if (isSkip(list)) return list;
  if (list.items.length) return undefined;
  for (const [i, rule] of COMPUTED_RULES.entries()) {
    const res = await api.post('/api/v1/indicators', {
      code: `BENCH-${i + 1}`,
      nameZh: `效能測試指標 ${rule}`,
      nameEn: `Bench indicator ${rule}`,
      unit: 'count',
      strategy: 3,
      method: 'computed',
      rule,
    });
    if (res.status !== 201) return unavailable('POST /api/v1/indicators', res.status);
  }
  return undefined;
}
