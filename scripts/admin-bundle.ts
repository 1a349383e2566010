import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFile } from './page-weight.ts';

/**
 * The editors' workspace bundle in a build: the scripts /admin/ names, every module they import
 * statically (all loaded on opening the page), and the chunks they load on demand (CodeMirror's
 * language modes, image codecs). Used by bench:site to print its size and by the admin e2e test to
 * check that no public page loads it.
 */

export type AdminBundle = { entries: string[]; upfront: string[]; lazy: string[]; upfrontGzip: number; lazyGzip: number };

const scriptSources = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);

/** `/_astro/x.js` and every module it imports with `from"./y.js"` or `import"./y.js"`, transitively. */
export function staticImports(dist: string, entries: readonly string[]): { upfront: Set<string>; lazy: Set<string> } {
  const upfront = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.pop()!;
    if (upfront.has(path)) continue;
    upfront.add(path);
    const code = readFileSync(join(dist, path.replace(/^\//, '')), 'utf8');
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(dir + m[1]);
    // Vite lists dynamically imported chunks by their path from the site root.
    for (const m of code.matchAll(/"(_astro\/[^"]+\.(?:js|wasm))"/g)) lazy.add(`/${m[1]}`);
  }
  for (const path of upfront) lazy.delete(path);
  return { upfront, lazy };
}

/** Scripts a page loads up front: those it names and their static imports. */
export function pageScripts(dist: string, page: string): Set<string> {
  return staticImports(dist, scriptSources(readFileSync(builtFile(dist, page), 'utf8'))).upfront;
}

const gzipOf = (dist: string, files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSync(readFileSync(join(dist, f.replace(/^\//, '')))).length, 0);

export function measureAdminBundle(dist: string): AdminBundle {
  const entries = scriptSources(readFileSync(builtFile(dist, '/admin/'), 'utf8'));
  const { upfront, lazy } = staticImports(dist, entries);
  return { entries, upfront: [...upfront], lazy: [...lazy], upfrontGzip: gzipOf(dist, upfront), lazyGzip: gzipOf(dist, lazy) };
}
