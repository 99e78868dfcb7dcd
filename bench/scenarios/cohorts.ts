import { fetchJson, isSkip, readScenario } from './read.js';
import type { Scenario } from './types.js';

/** The bench program (6,000 applications, bench/data/modules/cohorts.ts): its id from the list. */
async function programId(api: Parameters<typeof fetchJson>[0]) {
  const list = await fetchJson<{ items: { id: number; applications: number }[] }>(api, '/api/v1/cohorts');
  if (isSkip(list)) return list;
  const p = list.items.find((x) => x.applications >= 1_000);
  return p
    ? p.id
    : ({ type: 'skip', reason: 'the dataset has no cohort program with thousands of applications' } as const);
}

/** The applicant funnel at the size, next to mobility.list: the first page, and a filtered one. */
export const cohortScenarios: Scenario[] = [
  readScenario('cohorts.funnel', 'cohort funnel: the first 50 of 6,000 applications, newest first', async ({ api }) => {
    const id = await programId(api);
    return typeof id === 'number' ? `/api/v1/cohorts/${id}/applications?pageSize=50` : id;
  }),
  readScenario(
    'cohorts.funnel.filtered',
    'cohort funnel filtered: one stage, a minimum score and a name search',
    async ({ api }) => {
      const id = await programId(api);
      return typeof id === 'number'
        ? `/api/v1/cohorts/${id}/applications?stage=screening&minScore=60&q=1&pageSize=50`
        : id;
    },
  ),
];
