import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { atlasConfig, type AtlasConfig } from '../atlas.config.ts';
import { catalogPath } from './constants.ts';
import { createCatalog, insertRows, publishCatalog, type CatalogDb } from './db/catalog-db.ts';
import { buildInfo } from './db/schema/index.ts';
import { Problems } from './lib/problems.ts';
import { removeStaleSiblings } from './lib/stale-files.ts';
import { fetchMissingSources } from './sources/fetch.ts';
import { describeMissing, listMissing, resolveSourcesRoot } from './sources/locate.ts';
import type { RowCountCheck } from './sources/verify-release.ts';
import type { StepContext, StepResult } from './steps/context.ts';
import { buildCrosswalks } from './steps/build-crosswalks.ts';
import { syncCrosswalk } from './steps/sync-crosswalk.ts';
import { importContent } from './steps/import-content.ts';
import { importEducation } from './steps/import-education.ts';
import { importOnet } from './steps/import-onet.ts';
import { importProjections } from './steps/import-projections.ts';
import { importWages } from './steps/import-wages.ts';
import { measureCoverage, writeCoverageReport } from './steps/write-coverage.ts';
import { writeSearchIndex } from './steps/write-search-index.ts';

export type PipelineOptions = {
  root: string;
  /** Where the finished catalog goes; it is replaced only when the whole run succeeds. */
  outPath: string;
  config?: AtlasConfig;
  log?: (line: string) => void;
  /** `non-empty` for the tests' small fixture sets; real runs check the manifest's row counts. */
  rowCounts?: RowCountCheck;
};

/** Runs a stage, then prints what it wrote and how long it took. */
function stage(log: (line: string) => void, name: string, run: () => StepResult | void): void {
  const started = performance.now();
  const result = run() ?? {};
  const rows = Object.entries(result).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ');
  log(`✓ ${name.padEnd(22)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)} s  ${rows}`);
}

/** Thrown once a stage has collected problems: the later stages would only build on bad rows. */
const stopForProblems = new Error('stopped: rows failed validation');

/**
 * Imports every release file into a fresh SQLite file, then swaps it in. Returns the problems found;
 * with any problem, nothing is swapped and the previous catalog stays as it was.
 */
export async function runPipeline({ root, outPath, config = atlasConfig, log = console.log, rowCounts = 'release' }: PipelineOptions): Promise<Problems> {
  const problems = new Problems();
  const missing = listMissing(root).filter((m) => !m.file.optional);
  for (const m of missing) problems.add({ file: m.file.saveAs, expected: describeMissing(root, m) });
  if (problems.size) return problems;

  const tempPath = `${outPath}.tmp-${process.pid}`;
  let db: CatalogDb;
  try {
    db = createCatalog(tempPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    problems.add({ file: tempPath, expected: `a folder the catalog can be written to (${code}): make ${dirname(outPath)} writable, or set ATLAS_CATALOG to a path that is` });
    return problems;
  }
  const ctx: StepContext = { db, root, contentDir: resolve(process.env.ATLAS_CONTENT || 'data/content'), outDir: dirname(outPath), config, problems, rowCounts };
  try {
    stage(log, 'import O*NET', () => importOnet(ctx));
    stage(log, 'import OEWS wages', () => importWages(ctx));
    stage(log, 'import projections', () => importProjections(ctx));
    stage(log, 'import CIP and IPEDS', () => importEducation(ctx));
    stage(log, 'import content', () => importContent(ctx));
    // The sync adds the editors' manual mappings, checked with the content above.
    stage(log, 'sync crosswalk', () => syncCrosswalk(ctx));
    if (problems.size) throw stopForProblems;
    stage(log, 'build crosswalks', () => buildCrosswalks(ctx));
    stage(log, 'write coverage report', () => {
      const coverage = measureCoverage(ctx);
      log(`  coverage report: ${writeCoverageReport(ctx, coverage)}`);
      insertRows(db, buildInfo, [
        { key: 'built_at', value: new Date().toISOString() },
        { key: 'region', value: JSON.stringify(config.region) },
      ]);
      return { occupations: coverage.occupations };
    });
    stage(log, 'write search index', () => {
      const { path, ...counts } = writeSearchIndex(db, ctx.outDir);
      log(`  search index: ${path}`);
      return counts;
    });
    publishCatalog(db, tempPath, outPath);
  } catch (error) {
    db.close();
    rmSync(tempPath, { force: true });
    // Anything else that stops a step (say, a duplicate key the database refuses) is reported with
    // the problems already collected rather than hiding them, and the run still fails.
    if (error !== stopForProblems) problems.add({ file: outPath, expected: `the import to finish, but it stopped: ${error instanceof Error ? error.message : String(error)}` });
  }
  return problems;
}

async function main(): Promise<void> {
  const started = performance.now();
  const { root, fromEnv } = resolveSourcesRoot();
  const outPath = resolve(process.env.ATLAS_CATALOG || catalogPath);
  console.log(`Sources: ${root}${fromEnv ? ' (ATLAS_SOURCES)' : ''}\nCatalog: ${outPath}`);
  // A killed run leaves its temp catalog (hundreds of MB); the next run clears what no running process owns.
  const stale = removeStaleSiblings(outPath, '.tmp-');
  if (stale.length) console.log(`Removed ${stale.length} temp catalog(s) left by killed runs: ${stale.join(', ')}`);

  // `npm run build` on a fresh clone downloads what is missing; a folder named by ATLAS_SOURCES is used as given.
  if (process.argv.includes('--fetch-missing') && !fromEnv) {
    const fetched = await fetchMissingSources(root, console.log);
    if (!fetched.ok) {
      for (const message of fetched.messages) console.error(message);
      process.exit(1);
    }
  }

  const problems = await runPipeline({ root, outPath });
  if (problems.size) {
    console.error(`\n✗ Catalog not built: ${problems.size} problem${problems.size === 1 ? '' : 's'}; the previous catalog is untouched.`);
    console.error(problems.format(200));
    process.exit(1);
  }
  console.log(`✓ Catalog built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.main) await main();
