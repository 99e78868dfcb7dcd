import { fetchJson, isSkip, readScenario } from './read.js';
import type { Scenario } from './types.js';

/** The bench round (5,000 applications, bench/data/modules/admissions.ts): its id from the list. */
async function roundId(api: Parameters<typeof fetchJson>[0]) {
  const list = await fetchJson<{ items: { id: number; applications: number }[] }>(api, '/api/v1/admissions/rounds');
  if (isSkip(list)) return list;
  const r = list.items.find((x) => x.applications >= 1_000);
  return r
    ? r.id
    : ({ type: 'skip', reason: 'the dataset has no admission round with thousands of applications' } as const);
}

/** The round's application list at the size, next to mobility.list: the first page, and a filtered one. */
export const admissionScenarios: Scenario[] = [
  readScenario(
    'admissions.list',
    'admission applications: the first 50 of 5,000 in a round, newest first',
    async ({ api }) => {
      const id = await roundId(api);
      return typeof id === 'number' ? `/api/v1/admissions/rounds/${id}/applications?pageSize=50` : id;
    },
  ),
  readScenario(
    'admissions.list.filtered',
    'admission applications filtered: one status and one nationality',
    async ({ api }) => {
      const id = await roundId(api);
      return typeof id === 'number'
        ? `/api/v1/admissions/rounds/${id}/applications?status=submitted&country=VN&pageSize=50`
        : id;
    },
  ),
];
