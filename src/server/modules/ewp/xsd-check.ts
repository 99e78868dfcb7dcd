import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FieldProblem } from '#server/lib/errors.js';

/**
 * Validation of EWP files against the official schemas bundled in ./xsd (offline, through the XML catalog),
 * with xmllint (libxml2-utils). Its messages name the line and the element; they become field problems
 * `file` with those as parameters, so the person who uploaded sees where the file is wrong in their language.
 */
export const XSD_DIR = fileURLToPath(new URL('./xsd/', import.meta.url));
export const SCHEMAS = { iias: 'iias-get-response.xsd', factsheet: 'factsheet-response.xsd' } as const;

export type XsdResult = { ok: true } | { ok: false; problems: FieldProblem[] } | { ok: false; missing: true };

/** At most this many problems are reported: the first ones are the ones to fix. */
const MAX_PROBLEMS = 10;

/** "-:12: element blended: Schemas validity error : Element '{ns}blended': This element is not expected." */
export function problemsOf(stderr: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const line of stderr.split('\n')) {
    const m = line.match(/^-:(\d+):\s*(?:element ([^:]+):\s*)?(.*?error)\s*:\s*(.*)$/);
    if (!m) continue;
    const detail = (m[4] ?? '').replace(/\{[^}]*\}/g, '').trim();
    problems.push({
      path: 'file',
      key: m[3]?.includes('parser') ? 'ewp_xml_malformed' : 'ewp_xsd_invalid',
      params: { line: Number(m[1]), element: m[2] ?? '', detail },
    });
    if (problems.length === MAX_PROBLEMS) break;
  }
  return problems.length > 0
    ? problems
    : [{ path: 'file', key: 'ewp_xsd_invalid', params: { line: 0, element: '', detail: stderr.trim().slice(0, 300) } }];
}

export function validateXsd(xml: string | Buffer, schema: keyof typeof SCHEMAS): Promise<XsdResult> {
  return new Promise((resolve) => {
    const child = spawn('xmllint', ['--nonet', '--noout', '--schema', XSD_DIR + SCHEMAS[schema], '-'], {
      env: { ...process.env, XML_CATALOG_FILES: `${XSD_DIR}catalog.xml` },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 64_000) stderr += d.toString('utf8');
    });
    child.on('error', () => resolve({ ok: false, missing: true }));
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, problems: problemsOf(stderr) }));
    child.stdin.on('error', () => {}); // xmllint may stop reading early on a broken file
    child.stdin.end(xml);
  });
}
