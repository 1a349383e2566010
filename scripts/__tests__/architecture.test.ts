import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The boundaries of docs/architecture.md, checked on every tracked source file (in the manner of Starlight's
 * no-internal-barrel-imports test): a change that crosses one fails here until the document and the code agree.
 */

const repoRoot = join(import.meta.dirname, '../..');
const sourceFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mjs', '*.astro'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.includes('/__tests__/'));

type Import = { from: string; to: string };

/** Every static or dynamic import of a file: relative ones resolved to repository paths, packages as named. */
export function readImports(file: string, text: string): Import[] {
  const specifiers = [...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  return specifiers.map((spec) => ({ from: file, to: spec.startsWith('.') ? normalize(join(dirname(file), spec)) : spec }));
}

const imports = sourceFiles.flatMap((file) => readImports(file, readFileSync(join(repoRoot, file), 'utf8')));
const crossing = (test: (i: Import) => boolean) => imports.filter(test).map((i) => `${i.from} → ${i.to}`);

/** The pipeline folder a file belongs to (`content`, `steps`…), or null for files at the pipeline's root. */
const pipelineFolder = (path: string) => /^pipeline\/([^/]+)\//.exec(path)?.[1] ?? null;

/** Folder loops in an import graph: each as the folders of one cycle, in order. */
export function findLoops(edges: Map<string, Set<string>>): string[][] {
  const loops: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') loops.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) walk(next, [...path, next]);
    }
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) walk(node, [node]);
  return loops;
}

describe('the architecture (docs/architecture.md)', () => {
  it('reads the imports of the whole tree', () => {
    expect(sourceFiles.length).toBeGreaterThan(200);
    expect(imports.some((i) => i.from.startsWith('src/lib/catalog/') && i.to.startsWith('pipeline/db/schema'))).toBe(true);
  });

  it('keeps pipeline/ and core/ free of src/, and core/ free of everything outside it', () => {
    expect(crossing((i) => /^(pipeline|core)\//.test(i.from) && i.to.startsWith('src/'))).toEqual([]);
    expect(crossing((i) => i.from.startsWith('core/') && /^(pipeline|src|editions)\//.test(i.to))).toEqual([]);
  });

  it('lets src/ import from pipeline/ only the schema and the constants', () => {
    expect(crossing((i) => i.from.startsWith('src/') && i.to.startsWith('pipeline/') && !i.to.startsWith('pipeline/db/schema') && i.to !== 'pipeline/constants.ts')).toEqual([]);
  });

  it('opens the catalog only in src/lib/catalog/ on the site', () => {
    const opensCatalog = (to: string) => to === 'better-sqlite3' || to.startsWith('drizzle-orm/better-sqlite3');
    expect(crossing((i) => i.from.startsWith('src/') && !i.from.startsWith('src/lib/catalog/') && opensCatalog(i.to))).toEqual([]);
  });

  it('has no loop between pipeline folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of imports) {
      const [a, b] = [pipelineFolder(from), pipelineFolder(to)];
      if (a && b && a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    expect(edges.size).toBeGreaterThan(5);
    expect(findLoops(edges).map((loop) => loop.join(' → '))).toEqual([]);
  });

  it('finds a loop when there is one (the check can fail)', () => {
    const edges = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(findLoops(edges)).toEqual([['a', 'b', 'c', 'a']]);
    expect(readImports('src/x.ts', "import { a } from '../pipeline/steps/run.ts';\nconst m = await import('./y.ts');")).toEqual([
      { from: 'src/x.ts', to: 'pipeline/steps/run.ts' },
      { from: 'src/x.ts', to: 'src/y.ts' },
    ]);
  });
});
