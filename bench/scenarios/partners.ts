import type { Request } from 'autocannon';
import type { Api } from '../harness/session.js';
import { exportScenario } from './export.js';
import { fetchJson, isSkip, readScenario } from './read.js';
import type { Check, Scenario, Skip } from './types.js';

const LIST = '/api/v1/partners';
const PAGE_SIZE = 25;
/** What a user types and picks on the list page: a word of the Chinese names, a country and a type. */
const SEARCH = `q=${encodeURIComponent('大學')}&country=JP&type=university&sort=name`;

type Page = { total: number; items: { id: number }[]; nextCursor?: string | null };

const lastPage = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/**
 * The URL of a page deep in a list as the web list reaches it: by cursor where the server pages by
 * keyset (ADR 0035: walked here in pages of 200, then of 25), else by page number (OFFSET).
 */
async function deepPage(api: Api, list: string, page: number): Promise<string | Skip> {
  const target = (page - 1) * PAGE_SIZE;
  let cursor: string | null = null;
  let at = 0;
  const probe = await fetchJson<Page>(api, `${list}&pageSize=1`);
  if (isSkip(probe)) return probe;
  if (probe.nextCursor === undefined) return `${list}&page=${page}&pageSize=${PAGE_SIZE}`;
  while (at < target) {
    const size = target - at >= 200 ? 200 : PAGE_SIZE;
    const step: Page | Skip = await fetchJson<Page>(
      api,
      `${list}&pageSize=${size}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (isSkip(step)) return step;
    if (!step.nextCursor) break;
    cursor = step.nextCursor;
    at += size;
  }
  return `${list}&page=${page}&pageSize=${PAGE_SIZE}${cursor ? `&cursor=${cursor}` : ''}`;
}

export const partnerScenarios: Scenario[] = [
  readScenario(
    'partners.search',
    'partner list: text search + country + type, sorted by name, page 1',
    async () => `${LIST}?${SEARCH}&page=1&pageSize=${PAGE_SIZE}`,
  ),
  readScenario('partners.search.deep', 'the same search, its last page', async ({ api }) => {
    const first = await fetchJson<Page>(api, `${LIST}?${SEARCH}&pageSize=1&count=exact`);
    if (isSkip(first)) return first;
    return deepPage(api, `${LIST}?${SEARCH}`, lastPage(first.total));
  }),
  readScenario('partners.list.deep', 'whole register sorted by name, a page in the middle', async ({ api }) => {
    const first = await fetchJson<Page>(api, `${LIST}?pageSize=1&count=exact`);
    if (isSkip(first)) return first;
    return deepPage(api, `${LIST}?sort=name`, Math.ceil(lastPage(first.total) / 2));
  }),
  readScenario('partners.detail', 'one partner with its contacts', async ({ api }) => {
    const first = await fetchJson<Page>(api, `${LIST}?pageSize=1&count=exact`);
    if (isSkip(first)) return first;
    const middlePage = await deepPage(api, `${LIST}?sort=created`, Math.ceil(lastPage(first.total) / 2));
    if (isSkip(middlePage)) return middlePage;
    const middle = await fetchJson<Page>(api, middlePage);
    if (isSkip(middle)) return middle;
    return `${LIST}/${middle.items[0]?.id ?? 1}`;
  }),
  exportScenario('partners.export', 'xlsx of the register as the list shows it (archived hidden), streamed', {
    path: `${LIST}/export.xlsx`,
    countPath: `${LIST}?pageSize=1`,
  }),
  {
    name: 'partners.write',
    kind: 'write',
    description: 'create a partner, then update it (each connection in turn); one audit entry per write',
    async prepare({ api }) {
      const me = (await api.get('/api/v1/auth/me')).json<{ id: number }>();
      const before = await writeTally(api, me.id);
      return {
        type: 'load',
        requests: createThenUpdate(api),
        verify: async () => auditChecks(before, await writeTally(api, me.id)),
      };
    },
  },
];

const PARTNER = {
  code: null,
  nameEn: 'Benchmark University of Kyoto',
  nameZh: '基準測試京都大學',
  country: 'JP',
  city: 'Kyoto',
  cityZh: '京都',
  website: 'https://www.example.ac.jp',
  type: 'university',
  status: 'prospective',
  notes: null,
  contacts: [{ name: 'Hiroshi Sato', title: 'Exchange Coordinator', email: 'intl@example.ac.jp', phone: null }],
};

/** Each connection creates a partner, then updates it with the version the create returned. */
function createThenUpdate(api: Api): Request[] {
  const headers = { ...api.headers, 'content-type': 'application/json' };
  return [
    {
      method: 'POST',
      path: LIST,
      headers,
      body: JSON.stringify(PARTNER),
      onResponse: (status, body, context) => {
        const created = status === 201 ? (JSON.parse(body) as { id: number; version: number }) : undefined;
        context.id = created?.id;
        context.version = created?.version;
      },
    },
    {
      method: 'PUT',
      headers,
      setupRequest: (req, context) =>
        context.id
          ? {
              ...req,
              path: `${LIST}/${context.id}`,
              body: JSON.stringify({ ...PARTNER, status: 'active', notes: '已簽約 signed', version: context.version }),
            }
          : undefined,
    },
  ];
}

type Tally = { created: number; updated: number; createAudits: number; updateAudits: number };

/**
 * What the writes left behind, counted from the data itself (in-flight requests at the end of a run
 * are answered after autocannon stops counting, so response counts would be short): benchmark
 * partners (created), those of them updated (the update makes them active), and the admin's partner
 * audit entries by action.
 */
async function writeTally(api: Api, actorId: number): Promise<Tally> {
  const total = async (path: string) => {
    const res = await api.get(path);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    return res.json<{ total: number }>().total;
  };
  const mine = `${LIST}?q=${encodeURIComponent(PARTNER.nameEn)}&archived=include&pageSize=1`;
  const audits = `/api/v1/audit?entityType=partner&actorId=${actorId}&pageSize=1`;
  return {
    created: await total(mine),
    updated: await total(`${mine}&status=active`),
    createAudits: await total(`${audits}&action=create`),
    updateAudits: await total(`${audits}&action=update`),
  };
}

function auditChecks(before: Tally, after: Tally): Check[] {
  const d = (k: keyof Tally) => after[k] - before[k];
  return [
    {
      name: 'one audit entry per create',
      ok: d('created') > 0 && d('createAudits') === d('created'),
      detail: `${d('createAudits')} create entries for ${d('created')} partners created`,
    },
    {
      name: 'one audit entry per update',
      ok: d('updated') > 0 && d('updateAudits') === d('updated'),
      detail: `${d('updateAudits')} update entries for ${d('updated')} partners updated`,
    },
  ];
}
