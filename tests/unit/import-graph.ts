import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One import of a source file: the specifier, the repo-relative file it resolves to, and whether only types come. */
export type ImportEdge = { from: string; spec: string; to: string | null; typeOnly: boolean };

const ALIASES: [string, string][] = [
  ['#shared/', 'src/shared/'],
  ['#server/', 'src/server/'],
  ['#web/', 'src/web/'],
  ['#tests/', 'tests/'],
];
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every .ts/.tsx file below `dir` (repo-relative paths). */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(root, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Resolves a relative or #alias specifier as the project's tools do (`.js` → `.ts`/`.tsx`, folder → index). */
function resolve(root: string, from: string, spec: string): string | null {
  let base: string | undefined;
  if (spec.startsWith('.')) base = path.posix.join(path.posix.dirname(from), spec);
  for (const [alias, dir] of ALIASES) if (spec.startsWith(alias)) base = dir + spec.slice(alias.length);
  if (base === undefined) return null; // a package
  const stem = base.replace(/\.js$/, '');
  for (const ext of EXTENSIONS) {
    const p = stem + ext;
    if (fs.existsSync(path.join(root, p)) && fs.statSync(path.join(root, p)).isFile()) return p;
  }
  return base;
}

/** The static imports, re-exports and dynamic `import('…')` calls of one file. */
export function importsOf(root: string, file: string): ImportEdge[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edges: ImportEdge[] = [];
  const add = (spec: string, typeOnly: boolean) =>
    edges.push({ from: file, spec, to: resolve(root, file, spec), typeOnly });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allNamedTypes =
        !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && allNamedTypes));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}
