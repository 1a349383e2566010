/**
 * Downloads the releases listed in manifest.ts into the sources root. Failures do not stop the run:
 * every release is tried, and the summary says which files are missing so one run shows all that is wrong.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { downloadTo } from './download.ts';
import { formatBytes, trackDownload, type ProgressOptions } from './fetch-progress.ts';
import { describeMissing, locateFile } from './locate.ts';
import { sourceReleases, type SourceFile, type SourceRelease } from './manifest.ts';
import { Problems } from '../lib/problems.ts';
import { moveIntoPlace, partPathFor, writePartFile } from './part-file.ts';
import { verifyReleaseFile } from './verify-release.ts';
import { readZipMembers } from './zip-members.ts';

export type FetchOptions = {
  /** Sources root (see resolveSourcesRoot). */
  root: string;
  /** Releases to fetch; all of the manifest by default. */
  releases?: SourceRelease[];
  /** Skip files already present under any of their accepted paths. */
  onlyMissing?: boolean;
  /** Also fetch optional files; true by default. */
  includeOptional?: boolean;
  log: (line: string) => void;
  /** Draw progress bars on stderr; defaults to whether stderr is a terminal. */
  progress?: boolean;
};

export type SavedFile = { id: string; saveAs: string; bytes: number };

export type FetchFailure = {
  releaseId: string;
  files: SourceFile[];
  /** At least one of the files is not optional, so the catalog cannot be built. */
  required: boolean;
  message: string;
};

export type FetchSummary = {
  root: string;
  saved: SavedFile[];
  /** Files not fetched because they were already there (with onlyMissing, or releases without a URL). */
  present: SourceFile[];
  failures: FetchFailure[];
  totalBytes: number;
};

export async function fetchSources(options: FetchOptions): Promise<FetchSummary> {
  const { root, releases = sourceReleases, onlyMissing = false, includeOptional = true } = options;
  const progress: ProgressOptions = { tty: options.progress ?? Boolean(process.stderr.isTTY), log: options.log };
  const summary: FetchSummary = { root, saved: [], present: [], failures: [], totalBytes: 0 };

  for (const release of releases) {
    const wanted = release.files.filter((file) => includeOptional || !file.optional);
    // Files without a URL can only be checked for, never replaced.
    const keepPresent = onlyMissing || release.url === null;
    const present = keepPresent ? wanted.filter((file) => locateFile(root, file) !== null) : [];
    const toFetch = wanted.filter((file) => !present.includes(file));
    summary.present.push(...present);
    if (toFetch.length === 0) continue;

    if (release.url === null) {
      for (const file of toFetch) {
        recordFailure(summary, release, [file], `Not fetchable: ${describeMissing(root, { file, release })}`);
      }
      continue;
    }
    try {
      const job: FetchJob = { release, url: release.url, files: toFetch, root, progress, summary };
      if (isZipUrl(release.url)) await fetchZipMembers(job);
      else await fetchSingleFile(job);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      recordFailure(summary, release, toFetch, `${reason} [${describeFiles(toFetch)}]`);
    }
  }
  summary.totalBytes = summary.saved.reduce((sum, file) => sum + file.bytes, 0);
  return summary;
}

function isZipUrl(url: string): boolean {
  return new URL(url).pathname.toLowerCase().endsWith('.zip');
}

/** One release download: what to fetch from where, and the summary to record into. */
type FetchJob = {
  release: SourceRelease;
  url: string;
  files: SourceFile[];
  root: string;
  progress: ProgressOptions;
  summary: FetchSummary;
};

async function fetchSingleFile({ release, url, files, root, progress, summary }: FetchJob): Promise<void> {
  if (release.files.length !== 1) {
    throw new Error(`${url} is not a zip, so release "${release.id}" must list exactly one file in manifest.ts`);
  }
  const [file] = files;
  const dest = join(root, file.saveAs);
  mkdirSync(dirname(dest), { recursive: true });
  const temp = partPathFor(dest);
  const bytes = await downloadTo(url, temp, (total) => trackDownload(url, total, progress));
  placeVerified(temp, dest, file);
  summary.saved.push({ id: file.id, saveAs: file.saveAs, bytes });
}

async function fetchZipMembers({ release, url, files, root, progress, summary }: FetchJob): Promise<void> {
  mkdirSync(root, { recursive: true });
  const zipName = new URL(url).pathname.split('/').pop() ?? release.id;
  const temp = partPathFor(join(root, zipName));
  try {
    await downloadTo(url, temp, (total) => trackDownload(url, total, progress));
    const members = files.flatMap((file) => (file.member ? [file.member] : []));
    const { found, entryNames } = readZipMembers(temp, members);
    for (const file of files) {
      const data = file.member ? found.get(file.member) : undefined;
      if (!file.member) {
        recordFailure(summary, release, [file], `manifest.ts gives no zip member for ${file.id} in ${url}`);
      } else if (!data) {
        recordFailure(summary, release, [file], describeAbsentMember(file, url, entryNames));
      } else {
        const dest = join(root, file.saveAs);
        try {
          placeVerified(writePartFile(dest, data), dest, file);
          summary.saved.push({ id: file.id, saveAs: file.saveAs, bytes: data.byteLength });
        } catch (error) {
          recordFailure(summary, release, [file], `${url} → ${file.member}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Moves a finished download into place only when it is a sound copy of the release (manifest.ts); otherwise
 * it is deleted and a copy already cached at dest stays, so a bad download never replaces a good file.
 */
function placeVerified(temp: string, dest: string, file: SourceFile): void {
  const problems = new Problems();
  try {
    verifyReleaseFile(temp, file, problems);
  } finally {
    if (problems.size) rmSync(temp, { force: true });
  }
  if (problems.size) throw new Error(`the download is not a sound copy, so it was not saved (any earlier copy is kept):\n${problems.format(10)}`);
  moveIntoPlace(temp, dest);
}

const LISTED_ENTRIES = 10;

function describeAbsentMember(file: SourceFile, url: string, entryNames: string[]): string {
  const shown = entryNames.slice(0, LISTED_ENTRIES).join(', ');
  const more = entryNames.length > LISTED_ENTRIES ? ` and ${entryNames.length - LISTED_ENTRIES} more` : '';
  return `Member "${file.member}" not found in ${url} (the zip holds ${shown || 'nothing'}${more}) [${file.saveAs}]`;
}

function recordFailure(summary: FetchSummary, release: SourceRelease, files: SourceFile[], message: string): void {
  summary.failures.push({ releaseId: release.id, files, required: files.some((file) => !file.optional), message });
}

/** Report lines for stdout, plus failures split by whether the catalog can still be built. */
export function formatSummary(summary: FetchSummary): { report: string[]; errors: string[]; warnings: string[] } {
  const report = summary.saved.map((file) => `  ${file.saveAs}  ${formatBytes(file.bytes)}`);
  if (summary.saved.length > 0) {
    report.unshift(`Saved under ${summary.root}:`);
    report.push(`${summary.saved.length} file(s), ${formatBytes(summary.totalBytes)} in total`);
  }
  if (summary.present.length > 0) report.push(`${summary.present.length} file(s) already present, not fetched`);
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const failure of summary.failures) {
    if (failure.required) errors.push(`error: ${failure.message}`);
    else warnings.push(`warning: ${failure.message} (optional: the catalog is built without it, with less detail)`);
  }
  return { report, errors, warnings };
}

function describeFiles(files: SourceFile[]): string {
  if (files.length <= 2) return files.map((file) => file.saveAs).join(', ');
  return `${files[0].saveAs} and ${files.length - 1} more`;
}

/**
 * For the pipeline before it imports: fetches every missing file, optional ones included. ok is false
 * only when a required file is still missing; messages are the errors and warnings to show.
 */
export async function fetchMissingSources(
  root: string,
  log: (line: string) => void,
): Promise<{ ok: boolean; messages: string[] }> {
  const summary = await fetchSources({ root, onlyMissing: true, log });
  const { report, errors, warnings } = formatSummary(summary);
  if (summary.saved.length > 0) report.forEach((line) => log(line));
  return { ok: errors.length === 0, messages: [...errors, ...warnings] };
}
