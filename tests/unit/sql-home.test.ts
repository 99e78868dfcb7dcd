import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * SQL lives in repositories (`<entity>.repository.ts`): services and routes call them and hold no
 * Kysely query builders, so every query can be found, typed and reviewed in one place per entity.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MODULES = 'src/server/modules';
const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`|\bsql<[^>]*>`/;

type Source = { file: string; text: string };

/** The lines of services and routes that build queries, as `file:line`. */
function sqlOutsideRepositories(files: Source[]): string[] {
  return files
    .filter((f) => /\.(service|routes)\.ts$/.test(f.file))
    .flatMap((f) => f.text.split('\n').flatMap((line, i) => (QUERY.test(line) ? [`${f.file}:${i + 1}`] : [])));
}

function moduleSources(): Source[] {
  return readdirSync(path.join(ROOT, MODULES), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${MODULES}/${f.split(path.sep).join('/')}`)
    .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
}

describe('SQL home', () => {
  const sources = moduleSources();
  const offending = sqlOutsideRepositories(sources);

  it('services and routes under src/server/modules hold no Kysely queries', () => {
    expect(offending).toEqual([]);
  });

  it('finds a planted query in a service and in routes, not in a repository', () => {
    const planted = [
      { file: `${MODULES}/x/x.service.ts`, text: "const a = 1;\nawait trx.selectFrom('partners').execute();" },
      { file: `${MODULES}/x/x.routes.ts`, text: 'const q = sql`select 1`;' },
      { file: `${MODULES}/x/x.service.ts`, text: "await db\n  .updateTable('people')\n  .set({})" },
      { file: `${MODULES}/x/x.repository.ts`, text: "await db.deleteFrom('people').execute();" },
    ];
    expect(sqlOutsideRepositories(planted)).toEqual([
      `${MODULES}/x/x.service.ts:2`,
      `${MODULES}/x/x.routes.ts:1`,
      `${MODULES}/x/x.service.ts:2`,
    ]);
  });
});
