/**
 * `npm run build:all`: every edition (or those `ATLAS_EDITIONS` names) into `dist/<id>/`, each a
 * complete site with its own Pagefind index, sitemap and `_headers`. The release files are imported
 * once into the shared base catalog; each edition then runs only its own stages, as child processes
 * with `ATLAS_EDITION`, `ATLAS_CATALOG`, `ATLAS_CONTENT` and `ATLAS_DIST` set to its folders:
 *   catalog  `pipeline/run.ts --from-base` (content, overrides, crosswalk sync, region programs)
 *   site     `astro build`, then `pagefind`
 * Prints, per edition, the seconds, the pages and the peak memory (largest process, GNU time), and
 * writes them to `data/build/build-all.json` for `npm run bench:site`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { baseCatalogPath, resolvePaths, resolveSelectedPaths, type AtlasPaths } from '../pipeline/paths.ts';

export type StepFigures = { step: string; seconds: number; peakMb: number | null };
export type EditionFigures = { edition: string; dist: string; seconds: number; pages: number; peakMb: number | null; steps: StepFigures[] };
export type BuildAllReport = { base: StepFigures; editions: EditionFigures[] };

export const reportPath = join(resolvePaths().buildDir, 'build-all.json');
const timeBinary = '/usr/bin/time';

/** Runs a command with its output passed through; resolves to its seconds and peak resident memory. */
async function run(step: string, command: string[], env: NodeJS.ProcessEnv): Promise<StepFigures> {
  const scratch = mkdtempSync(join(tmpdir(), 'build-all-'));
  const timeOut = join(scratch, 'time.txt');
  const timed = existsSync(timeBinary);
  const [program, ...args] = timed ? [timeBinary, '-f', '%M', '-o', timeOut, ...command] : command;
  const started = performance.now();
  const child = spawn(program, args, { env, stdio: 'inherit' });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const peakKb = timed && existsSync(timeOut) ? Number(readFileSync(timeOut, 'utf8').trim().split('\n').at(-1)) : NaN;
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${step}: \`${command.join(' ')}\` failed (exit ${code})`);
  return { step, seconds, peakMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

const maxPeak = (steps: StepFigures[]) => (steps.some((s) => s.peakMb === null) ? null : Math.max(...steps.map((s) => s.peakMb!)));

/** One edition's own stages, from the base catalog to a searchable site in `dist/<id>/`. */
async function buildEdition(paths: AtlasPaths, distDir: string): Promise<EditionFigures> {
  const id = paths.edition.id;
  console.log(`\n── ${id} → ${relative('.', distDir)}/`);
  const env = { ...process.env, ATLAS_EDITION: id, ATLAS_EDITIONS: '', ATLAS_CATALOG: paths.catalogPath, ATLAS_CONTENT: paths.contentDir, ATLAS_DIST: distDir };
  const steps = [
    await run(`${id}: catalog`, ['node', '--max-old-space-size=512', 'pipeline/run.ts', '--from-base', baseCatalogPath], env),
    // The binaries themselves, as npm scripts run them: npx would add a second a step to each.
    await run(`${id}: astro build`, ['node_modules/.bin/astro', 'build'], env),
    await run(`${id}: pagefind`, ['node_modules/.bin/pagefind', '--site', distDir], { ...env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '3000' }),
  ];
  return { edition: id, dist: relative('.', distDir), seconds: steps.reduce((sum, s) => sum + s.seconds, 0), pages: countPages(distDir), peakMb: maxPeak(steps), steps };
}

export function formatReport({ base, editions }: BuildAllReport): string[] {
  const mb = (v: number | null) => (v === null ? 'n/a' : `${v} MB`);
  const lines = [`${'edition'.padEnd(14)} ${'seconds'.padStart(8)} ${'pages'.padStart(7)} ${'peak memory'.padStart(12)}  (catalog / astro / pagefind s)`];
  lines.push(`${'(base import)'.padEnd(14)} ${base.seconds.toFixed(1).padStart(8)} ${''.padStart(7)} ${mb(base.peakMb).padStart(12)}  release files, once for all editions`);
  for (const e of editions) {
    lines.push(`${e.edition.padEnd(14)} ${e.seconds.toFixed(1).padStart(8)} ${e.pages.toLocaleString('en-US').padStart(7)} ${mb(e.peakMb).padStart(12)}  ${e.steps.map((s) => s.seconds.toFixed(1)).join(' / ')}`);
  }
  if (editions.length > 1) {
    // A single-edition build includes the import, so the first edition carries it.
    const first = base.seconds + editions[0].seconds;
    const others = editions.slice(1).map((e) => `${e.edition} ${((100 * e.seconds) / first).toFixed(0)} %`).join(', ');
    lines.push(`Each further edition relative to the first (${first.toFixed(1)} s with the base import): ${others} (aim ≤ 50 %)`);
  }
  return lines;
}

async function main(): Promise<void> {
  const selected = resolveSelectedPaths();
  const distRoot = resolvePaths().distDir;
  console.log(`── base catalog: the release files, once, for ${selected.map((p) => p.edition.id).join(', ')}`);
  const env = { ...process.env, ATLAS_EDITIONS: selected.map((p) => p.edition.id).join(',') };
  const base = await run('base import', ['node', '--max-old-space-size=512', 'pipeline/run.ts', '--base', '--fetch-missing'], env);
  const editions: EditionFigures[] = [];
  for (const paths of selected) editions.push(await buildEdition(paths, join(distRoot, paths.edition.id)));
  const report = { base, editions };
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
