import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';
import { isRunning } from '../../pipeline/lib/stale-files.ts';

/**
 * One build at a time per output folder. proper-lockfile takes the lock atomically (a `<dist>.lock` folder,
 * kept fresh while the build runs, stale after 30 s without updates); the owner file beside it names the
 * running build in the message a second build stops with. A lock left by a killed build (its process gone
 * on this machine) is taken over at once rather than after the 30 s.
 */

type Owner = { pid: number; host: string; startedAt: string };

export class BuildLockedError extends Error {}

const staleMs = 30_000;

function readOwner(path: string): Owner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Owner;
  } catch {
    return null;
  }
}

function describeOwner(owner: Owner | null, lockPath: string): string {
  if (!owner) return `Another build holds ${lockPath}.`;
  const minutes = Math.round((Date.now() - Date.parse(owner.startedAt)) / 60_000);
  return `Another build is running: pid ${owner.pid} on ${owner.host}, started ${owner.startedAt} (${minutes} min ago).`;
}

/** Takes the lock for `distDir`, or throws BuildLockedError naming the build that holds it. Returns the release function. */
export async function acquireBuildLock(distDir: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  const lockPath = `${distDir}.lock`;
  const ownerPath = `${distDir}.lock-owner.json`;
  const owner = readOwner(ownerPath);
  if (existsSync(lockPath) && owner && owner.host === hostname() && !isRunning(owner.pid)) {
    rmSync(lockPath, { recursive: true, force: true });
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(distDir, { lockfilePath: lockPath, realpath: false, stale: staleMs, update: staleMs / 3, onCompromised });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new BuildLockedError(
      `${describeOwner(readOwner(ownerPath), lockPath)} Both would write ${distDir}, so this build stops here; run it again when that one has finished. (If no build is running, the lock clears itself within ${staleMs / 1000} s.)`,
    );
  }
  writeFileSync(ownerPath, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() } satisfies Owner));
  return async () => {
    rmSync(ownerPath, { force: true });
    await release();
  };
}
