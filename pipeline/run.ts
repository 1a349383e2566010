import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EditionConfig } from '../editions/index.ts';
import { copyCatalog, createCatalog, createCatalogOrm, publishCatalog, type CatalogDb } from './db/catalog-db.ts';
import { Problems } from './lib/problems.ts';
import { removeStaleSiblings } from './lib/stale-files.ts';
import { baseCatalogPath, editionContentDir, resolvePaths, resolveSelectedPaths, type AtlasPaths } from './paths.ts';
import { fetchMissingSources } from './sources/fetch.ts';
import { describeMissing, listMissing } from './sources/locate.ts';
import type { RowCountCheck } from './sources/verify-release.ts';
import { applyHighDemandRule } from './steps/apply-high-demand-rule.ts';
import { applyProgramEdits } from './steps/apply-program-edits.ts';
import type { Handing, StepContext, StepResult } from './steps/context.ts';
import { linkPrograms } from './steps/link-programs.ts';
import { mergeOverrides } from './steps/merge-overrides.ts';
import { syncCrosswalk } from './steps/sync-crosswalk.ts';
import { importContent } from './steps/import-content.ts';
import { importEnrichments } from './steps/import-enrichments.ts';
import { importEducation } from './steps/import-education.ts';
import { importOnet } from './steps/import-onet.ts';
import { importProjections } from './steps/import-projections.ts';
import { importPostedTitles } from './steps/import-posted-titles.ts';
import { importWages } from './steps/import-wages.ts';
import { writeCoverage } from './steps/write-coverage.ts';
import { writeSearchIndex } from './steps/write-search-index.ts';

type Log = (line: string) => void;

/** One edition's inputs; left out, each comes from `pipeline/paths.ts` (the environment). */
export type PipelineOptions = {
  root: string;
  /** Where the finished catalog goes; it is replaced only when the whole run succeeds. */
  outPath: string;
  config?: EditionConfig;
  contentDir?: string;
  enrichmentDir?: string;
  /** Job titles as employers post them; the tests' fixture sets, whose occupations are a few, leave it out. */
  postedTitlesPath?: string;
  log?: Log;
  /** `non-empty` for the tests' small fixture sets; real runs check the manifest's row counts. */
  rowCounts?: RowCountCheck;
};

/** Runs a stage, then prints what it wrote and how long it took. */
function stage(log: Log, name: string, run: () => StepResult | void): void {
  const started = performance.now();
  const result = run() ?? {};
  const rows = Object.entries(result).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ');
  log(`✓ ${name.padEnd(22)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)} s  ${rows}`);
}

/** Runs a stage that hands rows on to the next, and returns them. */
function stageHandingOn<T>(log: Log, name: string, run: () => Handing<T>): T {
  let handed: Handing<T> | undefined;
  stage(log, name, () => (handed = run()).written);
  return handed!.handOn;
}

/** Thrown once a stage has collected problems: the later stages would only build on bad rows. */
const stopForProblems = new Error('stopped: rows failed validation');

/** The release files, the same for every edition; IPEDS institutions are those of `states`. */
function importReleases(ctx: StepContext, log: Log, states: readonly string[]): void {
  stage(log, 'import O*NET', () => importOnet(ctx));
  stage(log, 'import OEWS wages', () => importWages(ctx));
  stage(log, 'import projections', () => importProjections(ctx));
  stage(log, 'import CIP and IPEDS', () => importEducation(ctx, states));
  stage(log, 'import posted titles', () => importPostedTitles(ctx));
}

/** The edition's own steps: its content and overrides, the crosswalk sync and program links for its region, the reports. */
function addEdition(ctx: StepContext, log: Log): void {
  const content = stageHandingOn(log, 'import content', () => importContent(ctx));
  const checked = stageHandingOn(log, 'apply high-demand rule', () => applyHighDemandRule(ctx, content));
  stage(log, 'apply program edits', () => applyProgramEdits(ctx, checked));
  const refined = stageHandingOn(log, 'import enrichments', () => importEnrichments(ctx, checked));
  stage(log, 'merge overrides', () => mergeOverrides(ctx, refined));
  // The sync adds the editors' manual mappings, checked with the content above.
  stage(log, 'sync crosswalk', () => syncCrosswalk(ctx));
  if (ctx.problems.size) throw stopForProblems;
  stage(log, 'link programs to occupations', () => linkPrograms(ctx));
  stage(log, 'write coverage report', () => writeCoverage(ctx, log));
  stage(log, 'write search index', () => {
    const { path, ...counts } = writeSearchIndex(ctx.db, ctx.outDir);
    log(`  search index: ${path}`);
    return counts;
  });
}

/**
 * Fills a temporary catalog (`open` creates it), then renames it over `outPath`. With any problem,
 * nothing is renamed and the previous catalog stays as it was.
 */
export function writeCatalog(outPath: string, problems: Problems, open: (tempPath: string) => CatalogDb, fill: (db: CatalogDb) => void): Problems {
  const tempPath = `${outPath}.tmp-${process.pid}`;
  let db: CatalogDb;
  try {
    db = open(tempPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    problems.add({ file: tempPath, expected: `a folder the catalog can be written to (${code}): make ${dirname(outPath)} writable, or set ATLAS_CATALOG to a path that is` });
    return problems;
  }
  try {
    fill(db);
    // The last explicit check is not the last stage: a problem a later stage adds still keeps the catalog unpublished.
    if (problems.size) throw stopForProblems;
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

/** Every required release file is there; otherwise one problem per missing file. */
function findMissingSources(root: string): Problems {
  const problems = new Problems();
  for (const m of listMissing(root).filter((m) => !m.file.optional)) problems.add({ file: m.file.saveAs, expected: describeMissing(root, m) });
  return problems;
}

function contextFor(db: CatalogDb, options: PipelineOptions, problems: Problems): StepContext {
  const paths = resolvePaths();
  const config = options.config ?? paths.edition;
  return {
    db,
    orm: createCatalogOrm(db),
    root: options.root,
    // Another edition than the environment's brings its own content folder, never the environment's.
    contentDir: options.contentDir ?? (config.id === paths.edition.id ? paths.contentDir : editionContentDir(config.id)),
    enrichmentDir: options.enrichmentDir ?? paths.enrichmentDir,
    postedTitlesPath: options.postedTitlesPath,
    outDir: dirname(options.outPath),
    config,
    problems,
    rowCounts: options.rowCounts,
  };
}

/** One edition from the release files: imports them, adds the edition, and swaps the catalog in. Returns the problems found. */
export async function runPipeline(options: PipelineOptions): Promise<Problems> {
  const problems = findMissingSources(options.root);
  if (problems.size) return problems;
  const log = options.log ?? console.log;
  return writeCatalog(options.outPath, problems, createCatalog, (db) => {
    const ctx = contextFor(db, options, problems);
    importReleases(ctx, log, [ctx.config.region.state.code]);
    addEdition(ctx, log);
  });
}

/**
 * The shared base of several editions (`npm run build:all`): the release files imported once, with the
 * IPEDS institutions of every edition's state. Each edition then starts from a copy of it.
 */
export async function buildBaseCatalog(options: { root: string; outPath: string; editions: readonly EditionConfig[]; postedTitlesPath?: string; log?: Log }): Promise<Problems> {
  const problems = findMissingSources(options.root);
  if (problems.size) return problems;
  const states = [...new Set(options.editions.map((e) => e.region.state.code))];
  return writeCatalog(options.outPath, problems, createCatalog, (db) => {
    // The release steps read no edition setting but the states, given here.
    const ctx = contextFor(db, { ...options, config: options.editions[0] }, problems);
    importReleases(ctx, options.log ?? console.log, states);
  });
}

/** One edition on a copy of the base catalog: only the edition's own steps run. */
export async function buildEditionCatalog(options: PipelineOptions & { basePath: string }): Promise<Problems> {
  const problems = new Problems();
  return writeCatalog(options.outPath, problems, (tempPath) => copyCatalog(options.basePath, tempPath), (db) => {
    addEdition(contextFor(db, options, problems), options.log ?? console.log);
  });
}

/** Prints every problem and says that the previous catalog stays. */
function reportProblems(problems: Problems): void {
  console.error(`\n✗ Catalog not built: ${problems.size} problem${problems.size === 1 ? '' : 's'}; the previous catalog is untouched.`);
  console.error(problems.format(200));
}

/** What to build: one edition from the release files (the default), the shared base, or one edition from the base. */
function chooseCatalog(paths: AtlasPaths, log: Log): { outPath: string; build: () => Promise<Problems> } {
  const { values } = parseArgs({ options: { base: { type: 'boolean', default: false }, 'from-base': { type: 'string' }, 'fetch-missing': { type: 'boolean', default: false } } });
  const root = paths.sources.root;
  const { postedTitlesPath } = paths;
  const edition = { root, outPath: paths.catalogPath, config: paths.edition, contentDir: paths.contentDir, enrichmentDir: paths.enrichmentDir, postedTitlesPath, log };
  if (values.base) return { outPath: baseCatalogPath, build: () => buildBaseCatalog({ root, outPath: baseCatalogPath, editions: resolveSelectedPaths().map((p) => p.edition), postedTitlesPath, log }) };
  const basePath = values['from-base'];
  if (basePath) return { outPath: paths.catalogPath, build: () => buildEditionCatalog({ ...edition, basePath: resolve(basePath) }) };
  return { outPath: paths.catalogPath, build: () => runPipeline(edition) };
}

async function main(): Promise<void> {
  const started = performance.now();
  const paths = resolvePaths();
  const { root, fromEnv } = paths.sources;
  const catalog = chooseCatalog(paths, console.log);
  mkdirSync(dirname(catalog.outPath), { recursive: true });
  console.log(`Edition: ${paths.edition.id}\nSources: ${root}${fromEnv ? ' (ATLAS_SOURCES)' : ''}\nCatalog: ${catalog.outPath}`);
  // A killed run leaves its temp catalog (hundreds of MB); the next run clears what no running process owns.
  const stale = removeStaleSiblings(catalog.outPath, '.tmp-');
  if (stale.length) console.log(`Removed ${stale.length} temp catalog(s) left by killed runs: ${stale.join(', ')}`);

  // `npm run build` on a fresh clone downloads what is missing; a folder named by ATLAS_SOURCES is used as given.
  if (process.argv.includes('--fetch-missing') && !fromEnv) {
    const fetched = await fetchMissingSources(root, console.log);
    if (!fetched.ok) {
      for (const message of fetched.messages) console.error(message);
      process.exit(1);
    }
  }

  const problems = await catalog.build();
  if (problems.size) {
    reportProblems(problems);
    process.exit(1);
  }
  console.log(`✓ Catalog built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.main) await main();
