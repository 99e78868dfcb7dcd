import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type MemoryFigures, watchMemory } from '../harness/memory-watch.js';
import { round, type ServerProcess } from '../harness/process.js';
import type { Api } from '../harness/session.js';
import { fetchJson, isSkip } from './read.js';
import type { Check, OnceFigures, Scenario } from './types.js';

/**
 * An xlsx download timed from request to last byte, with the server's memory around it (RSS before,
 * peak during, after). The file is then read back to check it holds every row of the list.
 */
export function exportScenario(
  name: string,
  description: string,
  /** largeExport: this is the targets' 100,000-row export (others are judged on memory only). */
  opts: { path: string; countPath: string; largeExport?: boolean },
): Scenario {
  return {
    name,
    kind: 'export',
    description,
    async prepare({ api }) {
      const list = await fetchJson<{ total: number }>(api, opts.countPath);
      if (isSkip(list)) return list;
      return {
        type: 'once',
        run: async ({ server }) => ({
          ...(await download(api, server, opts.path, list.total)),
          largeExport: opts.largeExport,
        }),
      };
    },
  };
}

async function download(api: Api, server: ServerProcess, path: string, expectedRows: number): Promise<OnceFigures> {
  const watch = watchMemory(server.pid);
  const started = performance.now();
  let firstByteMs = 0;
  const chunks: Buffer[] = [];
  let status = 0;
  let mem: MemoryFigures;
  try {
    const res = await fetch(api.base + path, { headers: api.headers });
    status = res.status;
    const reader = res.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      if (!firstByteMs) firstByteMs = performance.now() - started;
      chunks.push(Buffer.from(part.value));
    }
  } finally {
    mem = watch.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const file = Buffer.concat(chunks);
  const rows = status === 200 ? await countRows(file) : 0;
  const checks: Check[] = [
    { name: 'HTTP 200', ok: status === 200, detail: `status ${status}` },
    {
      name: 'every row exported',
      ok: rows === expectedRows,
      detail: `${rows} data rows for a list of ${expectedRows}`,
    },
  ];
  return {
    seconds: round(seconds, 2),
    rows,
    bytes: file.length,
    memory: mem,
    checks,
    detail: { path, firstByteMs: Math.round(firstByteMs), rowsPerSecond: Math.round(rows / seconds) },
  };
}

/** Data rows of the first sheet (the header row not counted), read with exceljs' streaming reader. */
async function countRows(file: Buffer): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), { worksheets: 'emit' });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const _row of sheet) rows++;
    break;
  }
  return Math.max(0, rows - 1);
}
