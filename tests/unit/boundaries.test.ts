import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importsOf, sourceFiles } from './import-graph.js';

/**
 * The boundaries of the code, checked on every import (ADR 0017). Import cycles are Biome's
 * (lint/suspicious/noImportCycles); these are the directions a cycle check cannot see.
 * Type-only imports are erased at build time, so the layering rules judge runtime imports; the browser
 * and feature rules judge every import.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

const under = (dir: string) => (file: string | null) => !!file && file.startsWith(`${dir}/`);
const featureOf = (file: string | null) => file?.match(/^src\/web\/features\/([^/]+)\//)?.[1];
const COMPOSITION = ['app', 'main', 'setup', 'cli', 'background'].map((f) => `src/server/${f}.ts`);
const isComposition = (file: string | null) => !!file && COMPOSITION.includes(file);
const PLATFORM = ['lib', 'db', 'http', 'policies', 'jobs', 'mail', 'pdf'].map((d) => `src/server/${d}`);
const isPlatform = (file: string | null) => file === 'src/server/env.ts' || PLATFORM.some((d) => under(d)(file));
const isNode = (e: ImportEdge) => e.spec.startsWith('node:');

type Rule = { name: string; breaks: (e: ImportEdge) => boolean };

const RULES: Rule[] = [
  {
    name: 'a web feature never imports another feature (shared things move to components/ or lib/)',
    breaks: (e) => !!featureOf(e.from) && !!featureOf(e.to) && featureOf(e.from) !== featureOf(e.to),
  },
  {
    name: 'the browser imports only types from the zod schemas (ADR 0006: zod stays out of the bundle)',
    breaks: (e) => under('src/web')(e.from) && under('src/shared/schemas')(e.to) && !e.typeOnly,
  },
  {
    name: 'the browser never imports server code, tests or node built-ins',
    breaks: (e) => under('src/web')(e.from) && (under('src/server')(e.to) || under('tests')(e.to) || isNode(e)),
  },
  {
    name: 'shared code is imported by server and browser, so it imports neither (nor node built-ins)',
    breaks: (e) =>
      under('src/shared')(e.from) &&
      (under('src/server')(e.to) || under('src/web')(e.to) || under('tests')(e.to) || isNode(e)),
  },
  {
    name: 'shared vocabulary outside schemas/ is zod-free (the browser imports its values)',
    breaks: (e) =>
      under('src/shared')(e.from) &&
      !under('src/shared/schemas')(e.from) &&
      !e.typeOnly &&
      (e.spec === 'zod' || under('src/shared/schemas')(e.to)),
  },
  {
    name: 'the platform (lib, db, http, policies, jobs, mail, pdf, env) never depends on modules, reports or the demo',
    breaks: (e) =>
      isPlatform(e.from) &&
      !e.typeOnly &&
      (under('src/server/modules')(e.to) ||
        under('src/server/reports')(e.to) ||
        under('src/server/demo')(e.to) ||
        isComposition(e.to)),
  },
  {
    name: 'modules never depend on reports (reports read the modules; the counting rules are a module)',
    breaks: (e) =>
      under('src/server/modules')(e.from) &&
      !e.typeOnly &&
      (under('src/server/reports')(e.to) || under('src/server/demo')(e.to) || isComposition(e.to)),
  },
  {
    name: 'reports never depend on the demo or the composition root',
    breaks: (e) =>
      under('src/server/reports')(e.from) && !e.typeOnly && (under('src/server/demo')(e.to) || isComposition(e.to)),
  },
  {
    name: 'only start-up (main.ts, setup.ts, cli.ts), tests and bench load the demo university',
    breaks: (e) =>
      under('src/server/demo')(e.to) &&
      !under('src/server/demo')(e.from) &&
      !['src/server/main.ts', 'src/server/setup.ts', 'src/server/cli.ts'].includes(e.from) &&
      !under('tests')(e.from) &&
      !under('bench')(e.from),
  },
];

function violations(edges: ImportEdge[]): string[] {
  return RULES.flatMap((r) => edges.filter((e) => r.breaks(e)).map((e) => `${r.name}: ${e.from} → ${e.spec}`));
}

const edges = ['src', 'bench', 'tests'].flatMap((d) => sourceFiles(ROOT, d)).flatMap((f) => importsOf(ROOT, f));

describe('code boundaries', () => {
  it('reads the import graph (a broken reader would pass every rule)', () => {
    expect(edges.length).toBeGreaterThan(2000);
    expect(edges.some((e) => e.typeOnly)).toBe(true);
    expect(edges.some((e) => e.to === 'src/shared/calendar.ts')).toBe(true);
  });

  it('every import keeps the boundaries', () => {
    expect(violations(edges)).toEqual([]);
  });

  it('each rule catches a planted import', () => {
    const plant = (from: string, spec: string, to: string, typeOnly = false): ImportEdge => ({
      from,
      spec,
      to,
      typeOnly,
    });
    const planted = [
      plant(
        'src/web/features/partners/api/partners.ts',
        '#web/features/agreements/api/agreements',
        'src/web/features/agreements/api/agreements.ts',
        true,
      ),
      plant('src/web/features/partners/api/partners.ts', '#shared/schemas/partners', 'src/shared/schemas/partners.ts'),
      plant('src/web/lib/api.ts', '#server/lib/errors.js', 'src/server/lib/errors.ts', true),
      plant('src/shared/enums.ts', 'node:fs', 'node:fs'),
      plant('src/shared/mobility.ts', 'zod', 'zod'),
      plant(
        'src/server/lib/audit.ts',
        '#server/modules/users/user.service.js',
        'src/server/modules/users/user.service.ts',
      ),
      plant(
        'src/server/modules/indicators/indicator-progress.ts',
        '#server/reports/ministry/grid.js',
        'src/server/reports/ministry/grid.ts',
      ),
      plant('src/server/reports/ministry/grid.ts', '#server/app.js', 'src/server/app.ts'),
      plant('src/server/app.ts', '#server/demo/index.js', 'src/server/demo/index.ts'),
    ];
    const found = violations(planted);
    expect(found).toHaveLength(planted.length);
    expect(new Set(found.map((f) => f.split(': ')[0])).size).toBe(RULES.length);
  });
});
