/**
 * `npm run data:fetch [--missing] [--only <releaseId>]...`: downloads the official release files into
 * the sources root. Exits 1 when a required file could not be fetched, so scripts can stop early.
 */
import { parseArgs } from 'node:util';
import { fetchSources, formatSummary } from './fetch.ts';
import { resolvePaths } from '../paths.ts';
import { sourceReleases, type SourceRelease } from './manifest.ts';

const USAGE = `Usage: npm run data:fetch -- [--missing] [--only <releaseId>]...
  --missing        fetch only files not already present
  --only <id>      fetch only this release (repeatable); ids: ${sourceReleases.map((r) => r.id).join(', ')}`;

function selectReleases(ids: string[]): SourceRelease[] {
  if (ids.length === 0) return sourceReleases;
  const unknown = ids.filter((id) => !sourceReleases.some((release) => release.id === id));
  if (unknown.length > 0) throw new Error(`Unknown release id(s): ${unknown.join(', ')}`);
  return sourceReleases.filter((release) => ids.includes(release.id));
}

async function main(): Promise<number> {
  let releases: SourceRelease[];
  let onlyMissing: boolean;
  try {
    const { values } = parseArgs({
      options: {
        missing: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true, default: [] },
      },
    });
    onlyMissing = values.missing;
    releases = selectReleases(values.only);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }

  const { root, fromEnv } = resolvePaths().sources;
  console.error(`Sources root: ${root}${fromEnv ? ' (from ATLAS_SOURCES)' : ''}`);
  const summary = await fetchSources({ root, releases, onlyMissing, log: (line) => console.error(line) });
  const { report, errors, warnings } = formatSummary(summary);
  report.forEach((line) => console.log(line));
  [...warnings, ...errors].forEach((line) => console.error(line));
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = await main();
