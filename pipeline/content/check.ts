import { relative } from 'node:path';
import { createCatalogOrm, type CatalogDb } from '../db/catalog-db.ts';
import { readOccupationList } from '../db/occupation-list.ts';
import { formatProblem, type Problems } from '../lib/problems.ts';
import { readCatalogOrSources } from '../lib/catalog-or-sources.ts';
import { withCatalog } from '../db/occupation-records.ts';
import { loadSocIndex, type SocIndex } from '../lib/soc-index.ts';
import { readOccupationData } from '../sources/onet.ts';
import { resolvePaths, resolveSelectedPaths, type AtlasPaths } from '../paths.ts';
import { locateById } from '../sources/locate.ts';
import { titleOnlySocIndex, type Occupation } from './closest-occupations.ts';
import { loadEducationLookup } from './education-lookup.ts';
import { formatExpiredWarning, resolveToday } from './expired-roles.ts';
import { resolveContentOptions, validateContent } from './validate-content.ts';

/**
 * `npm run check`: validates each edition's content folder in seconds, without rebuilding the catalog.
 * The occupation list and the IPEDS programs come from the edition's last built catalog, else straight from the
 * release files (O*NET's Occupation Data; CIP codes and IPEDS directory and completions).
 */

export type OccupationList = {
  occupations: Occupation[];
  from: string;
  /** The SOC ranker's index for "closest" hints: the catalog's, with O*NET's titles and tasks; else the titles alone. */
  socIndex: () => SocIndex;
};

function readFromCatalog(db: CatalogDb, path: string): OccupationList | null {
  const occupations = readOccupationList(createCatalogOrm(db));
  return occupations.length ? { occupations, from: path, socIndex: () => withCatalog(path, loadSocIndex) } : null;
}

function readFromOnet(root: string, problems: Problems): OccupationList | null {
  const path = locateById(root, 'onet:Occupation Data');
  if (!path) return null;
  const parsed = readOccupationData(path, problems);
  const occupations = parsed.rows.map(({ value }) => ({ code: value.code, title: value.title }));
  return { occupations, from: path, socIndex: () => titleOnlySocIndex(occupations) };
}

/** O*NET occupations (code, title) from the edition's last built catalog, else from the O*NET release; null when neither is there. */
export function loadOccupationList(paths: AtlasPaths = resolvePaths()): OccupationList | null {
  return readCatalogOrSources(paths.catalogPath, (db) => readFromCatalog(db, paths.catalogPath), (problems) => readFromOnet(paths.sources.root, problems));
}

/**
 * Validates one edition's content folder and prints one line per problem, each starting with the
 * edition's id (the folder alone would not say which edition a shared fixture path belongs to).
 * Returns 0 when clean, 1 on problems, 2 when there is nothing to check against.
 */
export function checkEdition(paths: AtlasPaths, out = { log: console.log, error: console.error }): number {
  const started = performance.now();
  const id = `[${paths.edition.id}]`;
  const list = loadOccupationList(paths);
  if (!list) {
    out.error(`${id} ✗ No occupation list to check against: build the catalog (\`npm run pipeline\`) or provide the O*NET files (\`npm run data:fetch\`, or set ATLAS_SOURCES).`);
    return 2;
  }
  const education = loadEducationLookup(paths);
  if (!education) {
    out.error(`${id} ✗ No IPEDS programs to check program files against: build the catalog (\`npm run pipeline\`) or provide the CIP and IPEDS files (\`npm run data:fetch\`, or set ATLAS_SOURCES).`);
    return 2;
  }
  const options = { ...resolveContentOptions(list.occupations, education.education, paths), socIndex: list.socIndex };
  const today = resolveToday();
  const { rows, problems } = validateContent({ ...options, today });
  for (const role of rows.expired) out.error(`${id} ${formatExpiredWarning(role, today)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (problems.length) {
    for (const problem of problems) out.error(`${id} ${formatProblem(problem)}`);
    out.error(`${id} ✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${relative('.', options.contentDir)} (${seconds} s)`);
    return 1;
  }
  const programs = rows.programs.edits.length + rows.programs.added.length;
  out.log(
    `${id} ✓ ${rows.companies.length} companies, ${rows.roles.length} roles, ${rows.curated.length} high-demand occupations, ${programs} programs, ${rows.overrides.size} overrides: no problems (${seconds} s; occupations from ${list.from}, programs from ${education.from})`,
  );
  return 0;
}

/** `npm run check`: every edition (or those `ATLAS_EDITION`/`ATLAS_EDITIONS` name); the worst exit code wins. */
export function runCheck(env: NodeJS.ProcessEnv = process.env, out = { log: console.log, error: console.error }): number {
  return Math.max(...resolveSelectedPaths(env).map((paths) => checkEdition(paths, out)));
}

if (import.meta.main) {
  try {
    process.exitCode = runCheck();
  } catch (error) {
    // An unknown ATLAS_EDITION: the message names the editions there are.
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
