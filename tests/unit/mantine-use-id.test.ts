import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MANTINE_USE_ID, mantineUseId, REPLACEMENT } from '../../scripts/vite-mantine-use-id.js';
import { useId } from '../../src/web/lib/mantine-use-id.js';

// The build swaps Mantine's useId for the app's (src/web/lib/mantine-use-id.ts, why there). If Mantine moves
// or renames the module, the swap would silently stop: these fail first.
const hooksIndex = fileURLToPath(new URL('../../node_modules/@mantine/hooks/esm/index.mjs', import.meta.url));

describe('the build uses the app useId in place of Mantine’s', () => {
  it('Mantine’s hooks still import their useId by the path the plugin replaces', () => {
    expect(MANTINE_USE_ID.test(hooksIndex)).toBe(true);
    expect(fs.readFileSync(hooksIndex, 'utf8')).toContain('import { useId } from "./use-id/use-id.mjs";');
  });

  it('resolves that import, and only that one, to the replacement', () => {
    const resolve = mantineUseId().resolveId as (source: string, importer?: string) => string | null;
    expect(resolve('./use-id/use-id.mjs', hooksIndex)).toBe(REPLACEMENT);
    expect(fs.existsSync(REPLACEMENT)).toBe(true);
    expect(resolve('./use-id/use-id.mjs', '/app/src/web/main.tsx')).toBeNull();
    expect(resolve('./use-idle/use-idle.mjs', hooksIndex)).toBeNull();
  });

  it('the replacement keeps a given id and otherwise gives each component its own, usable as a CSS selector', () => {
    const Ids = () => createElement('p', null, [useId('given'), useId(), useId()].join(' '));
    const html = renderToString(createElement('div', null, createElement(Ids), createElement(Ids)));
    const ids = [...html.matchAll(/<p>([^<]*)<\/p>/g)].flatMap((m) => (m[1] ?? '').split(' '));
    expect(ids.filter((id) => id === 'given')).toHaveLength(2);
    const generated = ids.filter((id) => id !== 'given');
    expect(generated).toHaveLength(4);
    expect(new Set(generated).size).toBe(4);
    for (const id of generated) expect(id).toMatch(/^mantine-[\w-]+$/);
  });
});
