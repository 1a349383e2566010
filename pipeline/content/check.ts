import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { catalogPath } from '../constants.ts';
import { formatProblem, Problems } from '../lib/problems.ts';
import { withCatalog } from '../soc-suggest/occupation-records.ts';
import { loadSocIndex, type SocIndex } from '../soc-suggest/soc-index.ts';
import { readOccupationData } from '../sources/onet.ts';
import { locateById, resolveSourcesRoot } from '../sources/locate.ts';
import { titleOnlySocIndex, type Occupation } from './closest-occupations.ts';
import { loadEducationLookup } from './education-lookup.ts';
import { formatExpiredWarning, resolveToday } from './expired-roles.ts';
import { resolveContentOptions, validateContent } from './validate-content.ts';

/**
 * `npm run check`: validates the content folder in seconds, without rebuilding the catalog. The
 * occupation list and the IPEDS programs come from the last built catalog, else straight from the
 * release files (O*NET's Occupation Data; CIP codes and IPEDS directory and completions).
 */

export type OccupationList = {
  occupations: Occupation[];
  from: string;
  /** The SOC ranker's index for "closest" hints: the catalog's, with O*NET's titles and tasks; else the titles alone. */
  socIndex: () => SocIndex;
};

function readFromCatalog(path: string): OccupationList | null {
  if (!existsSync(path)) return null;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const occupations = db.prepare('SELECT code, title FROM occupations ORDER BY code').all() as Occupation[];
    return occupations.length ? { occupations, from: path, socIndex: () => withCatalog(path, loadSocIndex) } : null;
  } catch {
    // A catalog from before the occupations table existed is as good as none.
    return null;
  } finally {
    db.close();
  }
}

function readFromOnet(env: NodeJS.ProcessEnv): OccupationList | null {
  const { root } = resolveSourcesRoot(env);
  const path = locateById(root, 'onet:Occupation Data');
  if (!path) return null;
  const problems = new Problems();
  const parsed = readOccupationData(path, problems);
  if (problems.size) {
    console.error(problems.format(20));
    return null;
  }
  const occupations = parsed.rows.map(({ value }) => ({ code: value.code, title: value.title }));
  return { occupations, from: path, socIndex: () => titleOnlySocIndex(occupations) };
}

/** O*NET occupations (code, title) from the last built catalog, else from the O*NET release; null when neither is there. */
export function loadOccupationList(env: NodeJS.ProcessEnv = process.env): OccupationList | null {
  return readFromCatalog(resolve(env.ATLAS_CATALOG || catalogPath)) ?? readFromOnet(env);
}

/** Loads the occupation list, validates every content file and prints one line per problem; exit code 1 on any. */
export function runCheck(): number {
  const started = performance.now();
  const list = loadOccupationList();
  if (!list) {
    console.error('✗ No occupation list to check against: build the catalog (`npm run pipeline`) or provide the O*NET files (`npm run data:fetch`, or set ATLAS_SOURCES).');
    return 2;
  }
  const education = loadEducationLookup();
  if (!education) {
    console.error('✗ No IPEDS programs to check program files against: build the catalog (`npm run pipeline`) or provide the CIP and IPEDS files (`npm run data:fetch`, or set ATLAS_SOURCES).');
    return 2;
  }
  const options = { ...resolveContentOptions(list.occupations, education.education), socIndex: list.socIndex };
  const today = resolveToday();
  const { rows, problems } = validateContent({ ...options, today });
  for (const role of rows.expired) console.warn(formatExpiredWarning(role, today));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${options.contentDir} (${seconds} s)`);
    return 1;
  }
  const programs = rows.programs.edits.length + rows.programs.added.length;
  console.log(
    `✓ ${rows.companies.length} companies, ${rows.roles.length} roles, ${rows.curated.length} high-demand occupations, ${programs} programs, ${rows.overrides.size} overrides: no problems (${seconds} s; occupations from ${list.from}, programs from ${education.from})`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = runCheck();
