import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeStaleSiblings } from '../../pipeline/lib/stale-files.ts';

/**
 * The site is built into `<dist>.staging-<pid>` beside `dist/` and swapped in with two renames: the live
 * folder moves aside to `<dist>.previous-<pid>`, the staging folder takes its name, and only then is the old
 * one deleted. A kill at any moment leaves a whole site: the old `dist/`, or (between the two renames, a
 * moment without a `dist/`) the old site under its `.previous-` name, which the next build moves back.
 */

export const stagingMarker = '.staging-';
export const previousMarker = '.previous-';

export const stagingDirFor = (distDir: string) => `${distDir}${stagingMarker}${process.pid}`;

/** Creates and removes a probe, so the real check is the filesystem's: permissions, a read-only mount, a full disk. */
function probe(make: () => void, remove: () => void): string | null {
  try {
    make();
    remove();
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

/** Why the site cannot be published to `distDir`, in words and with the fix, or null when it can. */
export function checkWritable(distDir: string): string | null {
  const parent = dirname(distDir);
  const dir = `${distDir}.probe-${process.pid}`;
  const parentError = probe(() => mkdirSync(dir, { recursive: true }), () => rmdirSync(dir));
  if (parentError) {
    return `${parent} is not writable (${parentError}), so the new site cannot be built beside ${basename(distDir)}/ and swapped in. Make the folder writable (or free some space) and build again; the current site is untouched.`;
  }
  if (!existsSync(distDir)) return null;
  const file = join(distDir, `.probe-${process.pid}`);
  const distError = probe(() => writeFileSync(file, ''), () => rmSync(file));
  if (distError) {
    return `${distDir} is not writable (${distError}), so the old site could not be removed once the new one is in place. Make it writable (chmod -R u+w ${distDir}) or delete it, and build again; it is untouched.`;
  }
  return null;
}

/**
 * Undoes what killed builds left: moves a whole previous site back when a build died between its two
 * renames, then removes staging and previous folders (and temp catalogs) of runs that are no longer running.
 */
export function recoverLeftovers(distDir: string, catalogPath: string, log: (line: string) => void): void {
  const parent = dirname(distDir);
  const previous = readdirSync(parent).filter((name) => name.startsWith(`${basename(distDir)}${previousMarker}`));
  if (!existsSync(distDir) && previous.length) {
    renameSync(join(parent, previous[0]), distDir);
    log(`Restored ${basename(distDir)}/ from ${previous[0]}, left by a build stopped while swapping sites.`);
  }
  const removed = [...removeStaleSiblings(distDir, stagingMarker), ...removeStaleSiblings(distDir, previousMarker), ...removeStaleSiblings(catalogPath, '.tmp-')];
  if (removed.length) log(`Removed ${removed.length} folder(s) left by stopped builds: ${removed.join(', ')}`);
}

/** Swaps the finished staging folder in. Returns a warning when the old site could not be deleted afterwards. */
export function publishStaging(staging: string, distDir: string): string | null {
  const previous = `${distDir}${previousMarker}${process.pid}`;
  const hadSite = existsSync(distDir);
  if (hadSite) renameSync(distDir, previous);
  try {
    renameSync(staging, distDir);
  } catch (error) {
    if (hadSite) renameSync(previous, distDir);
    throw error;
  }
  if (!hadSite) return null;
  try {
    rmSync(previous, { recursive: true, force: true });
    return null;
  } catch (error) {
    return `The new site is published, but the old one could not be deleted (${(error as NodeJS.ErrnoException).code}): remove ${previous} by hand; the next build also tries.`;
  }
}
