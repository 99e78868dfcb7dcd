import { fetchJson, isSkip, readScenario } from './read.js';
import type { Scenario } from './types.js';

const LIST = '/api/v1/agreements';
const EXPIRING = `${LIST}?expiringWithinDays=90&page=1&pageSize=25`;

export const agreementScenarios: Scenario[] = [
  readScenario(
    'agreements.expiring',
    'agreement list: active ones ending within 90 days, by end date',
    async () => EXPIRING,
  ),
  readScenario('agreements.detail', 'one agreement with partners, people, files', async ({ api }) => {
    const page = await fetchJson<{ items: { id: number }[] }>(api, EXPIRING);
    if (isSkip(page)) return page;
    const any = page.items[0] ? page : await fetchJson<{ items: { id: number }[] }>(api, `${LIST}?pageSize=1`);
    if (isSkip(any)) return any;
    const id = any.items[0]?.id;
    return id ? `${LIST}/${id}` : { type: 'skip', reason: 'the dataset has no agreements' };
  }),
];
