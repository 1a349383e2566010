/**
 * `npm run build:all`: every edition (or those `ATLAS_EDITIONS` names) into `dist/<id>/`, each a
 * complete site with its own Pagefind index, sitemap and `_headers`. The release files are imported
 * once into the shared base catalog; each edition then runs only its own stages, as child processes
 * with `ATLAS_EDITION`, `ATLAS_CATALOG`, `ATLAS_CONTENT` and `ATLAS_DIST` set to its folders:
 *   catalog  `pipeline/run.ts --from-base` (content, overrides, crosswalk sync, region programs)
 *   site     `scripts/build.ts --site-only` (`astro build` and Pagefind into a staging folder, published atomically)
 * Prints, per edition, the seconds, the pages and the peak memory (largest process, GNU time), and
 * writes them to `data/build/build-all.json` for `npm run bench:site`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { editions as allEditions } from '../editions/index.ts';
import { baseCatalogPath, resolvePaths, resolveSelectedPaths, type AtlasPaths } from '../pipeline/paths.ts';

/** Wall seconds, and CPU seconds (user + system: steadier than wall time on a shared machine); null without GNU time. */
export type StepFigures = { step: string; seconds: number; cpuSeconds: number | null; peakMb: number | null };
export type EditionFigures = { edition: string; dist: string; seconds: number; cpuSeconds: number | null; pages: number; peakMb: number | null; steps: StepFigures[] };
export type BuildAllReport = { base: StepFigures; editions: EditionFigures[] };

export const reportPath = join(resolvePaths().buildDir, 'build-all.json');
const timeBinary = '/usr/bin/time';

/** Runs a command with its output passed through; resolves to its seconds and peak resident memory. */
async function run(step: string, command: string[], env: NodeJS.ProcessEnv): Promise<StepFigures> {
  const scratch = mkdtempSync(join(tmpdir(), 'build-all-'));
  const timeOut = join(scratch, 'time.txt');
  const timed = existsSync(timeBinary);
  const [program, ...args] = timed ? [timeBinary, '-f', '%M %U %S', '-o', timeOut, ...command] : command;
  const started = performance.now();
  const child = spawn(program, args, { env, stdio: 'inherit' });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const [peakKb, user, system] = timed && existsSync(timeOut) ? readFileSync(timeOut, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${step}: \`${command.join(' ')}\` failed (exit ${code})`);
  const known = (v: number | undefined) => v !== undefined && Number.isFinite(v);
  return { step, seconds, cpuSeconds: known(user) && known(system) ? user! + system! : null, peakMb: known(peakKb) ? Math.round(peakKb! / 1024) : null };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

const maxPeak = (steps: StepFigures[]) => (steps.some((s) => s.peakMb === null) ? null : Math.max(...steps.map((s) => s.peakMb!)));
const sum = (values: (number | null)[]) => (values.includes(null) ? null : values.reduce<number>((total, v) => total + v!, 0));

/** One edition's own stages, from the base catalog to a searchable site in `dist/<id>/`. */
async function buildEdition(paths: AtlasPaths, distDir: string): Promise<EditionFigures> {
  const id = paths.edition.id;
  console.log(`\n── ${id} → ${relative('.', distDir)}/`);
  const env = { ...process.env, ATLAS_EDITION: id, ATLAS_EDITIONS: '', ATLAS_CATALOG: paths.catalogPath, ATLAS_CONTENT: paths.contentDir, ATLAS_DIST: distDir };
  const steps = [
    await run(`${id}: catalog`, ['node', '--max-old-space-size=512', 'pipeline/run.ts', '--from-base', baseCatalogPath], env),
    // The same atomic publish as `npm run build`: a failure leaves the edition's previous site whole.
    await run(`${id}: site`, ['node', 'scripts/build.ts', '--site-only'], env),
  ];
  return { edition: id, dist: relative('.', distDir), seconds: sum(steps.map((s) => s.seconds))!, cpuSeconds: sum(steps.map((s) => s.cpuSeconds)), pages: countPages(distDir), peakMb: maxPeak(steps), steps };
}

export function formatReport({ base, editions }: BuildAllReport): string[] {
  const mb = (v: number | null) => (v === null ? 'n/a' : `${v} MB`);
  const s = (v: number | null) => (v === null ? 'n/a' : v.toFixed(1));
  const row = (name: string, f: { seconds: number; cpuSeconds: number | null; peakMb: number | null }, pages: string, note: string) =>
    `${name.padEnd(14)} ${s(f.seconds).padStart(8)} ${s(f.cpuSeconds).padStart(8)} ${pages.padStart(7)} ${mb(f.peakMb).padStart(12)}  ${note}`;
  const lines = [`${'edition'.padEnd(14)} ${'seconds'.padStart(8)} ${'CPU s'.padStart(8)} ${'pages'.padStart(7)} ${'peak memory'.padStart(12)}  seconds of catalog / site`];
  lines.push(row('(base import)', base, '', 'release files, once for all editions'));
  for (const e of editions) lines.push(row(e.edition, e, e.pages.toLocaleString('en-US'), e.steps.map((step) => step.seconds.toFixed(1)).join(' / ')));
  if (editions.length > 1) {
    // A single-edition build includes the import, so the first edition carries it.
    const relative = (of: (f: StepFigures | EditionFigures) => number | null, unit: string) => {
      const first = of(base) === null || of(editions[0]) === null ? null : of(base)! + of(editions[0])!;
      if (first === null) return null;
      const others = editions.slice(1).map((e) => `${e.edition} ${of(e) === null ? 'n/a' : `${((100 * of(e)!) / first).toFixed(0)} %`}`).join(', ');
      return `  by ${unit}: ${others} of the first's ${first.toFixed(1)} s (base import included)`;
    };
    lines.push('Each further edition relative to the first (aim ≤ 50 %):');
    for (const line of [relative((f) => f.seconds, 'wall time'), relative((f) => f.cpuSeconds, 'CPU time')]) if (line) lines.push(line);
  }
  return lines;
}

/**
 * Clears a single-edition site from the root of `distRoot` (as `astro build` clears its own output): beside
 * the edition folders it would be scanned as one more site. Other editions' folders stay.
 */
function clearSingleEditionSite(distRoot: string): void {
  if (!existsSync(distRoot)) return;
  const editionIds = new Set(allEditions.map((e) => e.id));
  const stray = readdirSync(distRoot).filter((name) => !editionIds.has(name));
  for (const name of stray) rmSync(join(distRoot, name), { recursive: true, force: true });
  if (stray.length) console.log(`Cleared the single-edition site from ${relative('.', distRoot) || '.'}/ (${stray.length} entries); editions go in ${relative('.', distRoot) || '.'}/<id>/.`);
}

async function main(): Promise<void> {
  const selected = resolveSelectedPaths();
  const distRoot = resolvePaths().distDir;
  clearSingleEditionSite(distRoot);
  console.log(`── base catalog: the release files, once, for ${selected.map((p) => p.edition.id).join(', ')}`);
  const env = { ...process.env, ATLAS_EDITIONS: selected.map((p) => p.edition.id).join(',') };
  const base = await run('base import', ['node', '--max-old-space-size=512', 'pipeline/run.ts', '--base', '--fetch-missing'], env);
  const built: EditionFigures[] = [];
  for (const paths of selected) built.push(await buildEdition(paths, join(distRoot, paths.edition.id)));
  const report = { base, editions: built };
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n── build:all ─────────────────────────────────────────\n${formatReport(report).join('\n')}`);
}

if (import.meta.main) {
  try {
    await main();
  } catch (error) {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}; the editions before it are built, the rest are not.`);
    process.exit(1);
  }
}
