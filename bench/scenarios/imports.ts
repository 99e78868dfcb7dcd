import ExcelJS from 'exceljs';
import { AGREEMENT_COLUMNS, PARTNER_COLUMNS } from '#server/modules/imports/import.columns.js';
import { PARTNER_TYPES } from '#shared/enums.js';
import { DEFAULT_COUNTRY_REGIONS } from '#shared/regions.data.js';
import { NameMaker } from '../data/names.js';
import { Random, Weighted } from '../data/random.js';
import { countryProfiles } from '../data/world.data.js';
import { watchMemory } from '../harness/memory-watch.js';
import { round } from '../harness/process.js';
import type { Api } from '../harness/session.js';
import { unavailable } from './read.js';
import type { Check, OnceFigures, Scenario } from './types.js';

const ROWS = 10_000;
const BASE = '/api/v1/imports';
type Batch = { id: number; status: string; totalRows: number; counts: Record<string, number> };

/**
 * A 10,000-row partner workbook, filled into the app's own template, uploaded (validated, nothing
 * written) and committed with mode 'all'. Timed from upload to the commit's answer (polling while the
 * batch reads 'importing'); the target covers validation and writing together.
 */
export const importScenarios: Scenario[] = [importScenario('partners', false), importScenario('agreements', true)];

/** partners: ROWS new partners; agreements: ROWS new partners and one agreement with each (2 × ROWS rows). */
function importScenario(name: string, withAgreements: boolean): Scenario {
  const what = withAgreements ? 'new partners with one agreement each' : 'new partners';
  return {
    name: `imports.${name}`,
    kind: 'import',
    description: `xlsx import of ${ROWS.toLocaleString('en')} ${what}: upload + validate + commit`,
    async prepare({ api }) {
      const template = await fetch(`${api.base}${BASE}/template.xlsx`, { headers: api.headers });
      if (template.status !== 200) return unavailable(`${BASE}/template.xlsx`, template.status);
      const file = await fillTemplate(Buffer.from(await template.arrayBuffer()), name, withAgreements);
      const rows = withAgreements ? 2 * ROWS : ROWS;
      return { type: 'once', run: ({ server }) => importFile(api, server.pid, file, rows) };
    },
  };
}

async function importFile(api: Api, pid: number, file: Buffer, rows: number): Promise<OnceFigures> {
  const watch = watchMemory(pid);
  const started = performance.now();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), `bench-${ROWS}-partners.xlsx`);
  const uploaded = await api.send('POST', BASE, form);
  const validatedAt = performance.now();
  const checks: Check[] = [
    { name: 'upload validated', ok: uploaded.status === 201, detail: `status ${uploaded.status}` },
  ];
  let batch: Batch | undefined;
  if (uploaded.status === 201) {
    const validated = uploaded.json<Batch>();
    checks.push({
      name: `${rows} rows to create, no errors`,
      ok: validated.counts.create === rows && validated.counts.error === 0,
      detail: JSON.stringify(validated.counts),
    });
    const committed = await api.post(`${BASE}/${validated.id}/commit`, { mode: 'all' });
    batch = committed.status === 200 ? committed.json<Batch>() : undefined;
    while (batch?.status === 'importing') {
      await new Promise((r) => setTimeout(r, 200));
      batch = (await api.get(`${BASE}/${validated.id}`)).json<Batch>();
    }
    checks.push({
      name: 'committed',
      ok: batch?.status === 'imported' && batch.counts.create === rows,
      detail: batch
        ? `${batch.status} ${JSON.stringify(batch.counts)}`
        : `commit answered ${committed.status}: ${committed.body.slice(0, 200)}`,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds: round(seconds, 2),
    rows,
    bytes: file.length,
    memory: watch.stop(),
    checks,
    detail: {
      validateSeconds: round((validatedAt - started) / 1000, 2),
      commitSeconds: round((performance.now() - validatedAt) / 1000, 2),
    },
  };
}

/**
 * The template's partner sheet (its first) filled with ROWS new partners, and with `withAgreements` its
 * agreement sheet (its second) with one student-exchange agreement per new partner, in the app's columns.
 */
async function fillTemplate(template: Buffer, prefix: string, withAgreements: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const agreements = wb.worksheets[1];
  if (!sheet || !agreements) throw new Error('the import template lacks the partner or agreement sheet');
  const random = new Random(6);
  const names = new NameMaker(random.fork('import'));
  const countries = new Weighted(
    countryProfiles(Object.keys(DEFAULT_COUNTRY_REGIONS)).map((c) => [c, c.weight] as const),
  );
  for (let i = 1; i <= ROWS; i++) {
    const country = countries.draw(random);
    const type = random.chance(0.85) ? 'university' : random.pick(PARTNER_TYPES);
    const name = names.partner(country, type);
    const code = `IMP-${prefix.slice(0, 2).toUpperCase()}-${String(i).padStart(5, '0')}`;
    const values: Record<string, string | null> = {
      code,
      nameEn: `${name.nameEn} (import ${prefix} ${i})`,
      nameZh: name.nameZh,
      country: country.code,
      city: name.city,
      cityZh: name.cityZh,
      website: `https://www.${name.domain}.${country.tld}`,
      type,
      status: 'active',
      owningUnitId: 'OIA-IC',
      notes: null,
    };
    sheet.addRow(PARTNER_COLUMNS.map((c) => values[c.field] ?? null));
    if (withAgreements)
      agreements.addRow(AGREEMENT_COLUMNS.map((c) => agreementRow(code, i, name.nameEn)[c.field] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function agreementRow(partnerCode: string, i: number, partnerName: string): Record<string, string | null> {
  const start = 2024 + (i % 3);
  return {
    code: `IMP-AG-${String(i).padStart(5, '0')}`,
    partnerCode: null,
    kind: 'student_exchange',
    titleZh: null,
    titleEn: `Student exchange with ${partnerName}`,
    partners: partnerCode,
    owningUnitId: 'OIA-IC',
    startDate: `${start}-08-01`,
    endDate: `${start + 5}-07-31`,
    openEnded: null,
    autoRenew: null,
    noticeMonths: null,
    status: 'active',
    notes: null,
  };
}
