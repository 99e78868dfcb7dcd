import { exportScenario } from './export.js';
import { fetchJson, isSkip, readScenario } from './read.js';
import type { Scenario } from './types.js';

const LIST = '/api/v1/mobilities';
const OUTBOUND_YEAR = `${LIST}?direction=outbound&academicYear=2025&page=1&pageSize=25`;
/** Every international degree student's record: ~148,000 rows at L, the targets' "100,000-row export". */
const DEGREE_IN = 'direction=inbound&kind=degree';

export const mobilityScenarios: Scenario[] = [
  readScenario(
    'mobility.list',
    'mobility list: outbound records of one academic year, newest first',
    async () => OUTBOUND_YEAR,
  ),
  readScenario('mobility.detail', 'one mobility record with its person, partner and region', async ({ api }) => {
    const page = await fetchJson<{ items: { id: number }[] }>(api, OUTBOUND_YEAR);
    if (isSkip(page)) return page;
    const id = page.items[0]?.id;
    return id ? `${LIST}/${id}` : { type: 'skip', reason: 'the dataset has no mobility records' };
  }),
  exportScenario('mobility.export', 'xlsx export of every inbound degree student record (streamed)', {
    path: `${LIST}/export.xlsx?${DEGREE_IN}`,
    countPath: `${LIST}?${DEGREE_IN}&pageSize=1`,
    largeExport: true,
  }),
];
