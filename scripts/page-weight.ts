import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a first visit to a built page transfers: its HTML plus every stylesheet and script it
 * references, each gzipped as a static host would send it. Images and what scripts load later
 * (Pagefind's index on the search page) are not counted.
 */

export interface TransferFile {
  name: string;
  raw: number;
  gzip: number;
}

export interface PageTransfer {
  files: TransferFile[];
  gzip: number;
  inlineJs: number;
  externalJs: number;
  islands: number;
}

/** The file a static host answers `path` with (`/x/` → `x/index.html`). */
export function builtFile(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** The relative modules a bundled module imports statically: `import{a}from"./x.js"`, `import"./y.js"`. */
const staticImports = (code: string) => [...code.matchAll(/(?<![\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]);

export function pageTransfer(dist: string, path: string): PageTransfer {
  const htmlPath = builtFile(dist, path);
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} was not built`);
  const html = readFileSync(htmlPath);
  const text = html.toString('utf8');
  const refs = [
    ...text.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g),
    ...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
  ].map((m) => m[1]);
  const files: TransferFile[] = [{ name: 'HTML', raw: html.length, gzip: gzipSync(html).length }];
  const seen = new Set<string>();
  const add = (ref: string) => {
    if (seen.has(ref)) return;
    seen.add(ref);
    const body = readFileSync(join(dist, ref.replace(/^\//, '')));
    files.push({ name: ref, raw: body.length, gzip: gzipSync(body).length });
    // A module's static imports load with it, before it runs (`import("…")` waits until called, so it is not counted).
    if (ref.endsWith('.js')) for (const imported of staticImports(body.toString('utf8'))) add(posix.join(posix.dirname(ref), imported));
  };
  for (const ref of refs) add(ref);
  const inlineJs = [...text.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1].length, 0);
  const externalJs = files.filter((f) => f.name.endsWith('.js')).reduce((n, f) => n + f.raw, 0);
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0), inlineJs, externalJs, islands: (text.match(/<astro-island\b/g) ?? []).length };
}

/** The first built page under `dist/<folder>/` (its index page aside), as a URL path. */
function firstPage(dist: string, folder: string): string | null {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
  return name ? `/${folder}/${name}/` : null;
}

/** One page of each type, where the build has that type. */
export function pageTypes(dist: string): { type: string; path: string }[] {
  const candidates: [string, string | null][] = [
    ['home', '/'],
    ['catalog', '/occupations/'],
    ['catalog by pay', '/occupations/by-pay/'],
    ['catalog by training', '/occupations/training/up-to-2-years/'],
    ['occupation', '/occupations/29-1141.00/'],
    ['occupation (aide)', '/occupations/31-1131.00/'],
    ['interests', '/interests/realistic/'],
    ['interests by training', '/interests/realistic/up-to-1-year/'],
    ['role', firstPage(dist, 'roles')],
    ['program', firstPage(dist, 'programs')],
    ['company', firstPage(dist, 'companies')],
    ['search', '/search/'],
    ['embed', firstPage(dist, 'embed/occupations')],
    ['404', '/404.html'],
  ];
  return candidates.filter((c): c is [string, string] => c[1] !== null && existsSync(builtFile(dist, c[1]))).map(([type, path]) => ({ type, path }));
}
