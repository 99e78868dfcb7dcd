import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ADR 0030, issue 23 item 4: an audit summary is a catalog key with parameters, never English text built
 * in a writer. This reads every server file that writes audit entries and fails on a string or template
 * literal given as a summary: `summary: \`…\``, `summary: '…'`, or as `changeEntry(…)`'s summary argument.
 * (The API suites' `expectSummariesAsData` checks what is stored; this catches writers no suite reaches.)
 */
const ROOT = join(import.meta.dirname, '..', 'src', 'server');

/**
 * Writers not converted yet, with where they stand. Each one left here is English text on Chinese pages;
 * convert it (a local change in its service) and remove it here — the test fails on a stale entry too.
 */
const NOT_YET_CONVERTED: Record<string, string> = {};

function serverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serverFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The arguments of the call whose `(` is at `open`, split at top-level commas. */
function callArguments(src: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = open + 1;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        args.push(src.slice(start, i).trim());
        return args;
      }
    } else if (c === ',' && depth === 1) {
      args.push(src.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

const isTextLiteral = (s: string) => /^[`'"]/.test(s);

/** Each literal summary in a file, as `line: text`. */
function literalSummaries(src: string): string[] {
  const found: string[] = [];
  const lineOf = (at: number) => src.slice(0, at).split('\n').length;
  for (const m of src.matchAll(/\bsummary:\s*([`'"])/g)) found.push(`${lineOf(m.index)}: ${m[0]}`);
  for (const m of src.matchAll(/\bchangeEntry\(/g)) {
    const args = callArguments(src, m.index + m[0].length - 1);
    const summary = args[4];
    if (summary && isTextLiteral(summary)) found.push(`${lineOf(m.index)}: changeEntry(…, ${summary}, …)`);
  }
  return found;
}

describe('audit writers store summaries as data (ADR 0030)', () => {
  const writers = serverFiles(ROOT)
    .filter((f) => /recordAudits?\(|changeEntry\(/.test(readFileSync(f, 'utf8')))
    .map((f) => ({ file: relative(ROOT, f), found: literalSummaries(readFileSync(f, 'utf8')) }));

  it('finds literal summaries (the check itself works)', () => {
    expect(literalSummaries('recordAudit(trx, { summary: `run: ${n}` })')).toHaveLength(1);
    expect(literalSummaries("recordAudit(trx, { summary: 'public form' })")).toHaveLength(1);
    expect(literalSummaries("changeEntry(ctx, 'create', 'x', id, `a ${b}`, null, f(a, b))")).toHaveLength(1);
    expect(literalSummaries("changeEntry(ctx, 'create', 'x', id, recordName(a, b), null, { a: 'b' })")).toEqual([]);
    expect(literalSummaries("summary: auditSummary('auditSummaries.publicForm')")).toEqual([]);
    expect(writers.length).toBeGreaterThan(50);
  });

  it('no writer passes a string or template literal as the summary', () => {
    const offenders = writers.filter((w) => w.found.length && !(w.file in NOT_YET_CONVERTED));
    expect(offenders).toEqual([]);
  });

  it('every writer left on the not-yet-converted list still has a literal summary (no stale entries)', () => {
    const converted = Object.keys(NOT_YET_CONVERTED).filter(
      (file) => !writers.some((w) => w.file === file && w.found.length),
    );
    expect(converted).toEqual([]);
  });
});
