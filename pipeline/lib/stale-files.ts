import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Whether a process with this id is running on this machine (a signal-0 probe; EPERM means it runs as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed runs left beside `target`: files or folders named `<target name><marker><pid>` (a
 * catalog's `.tmp-<pid>` and its `-journal`, a site's `.staging-<pid>`) whose process is gone. A running process's are kept.
 * Returns the names removed, for the log.
 */
export function removeStaleSiblings(target: string, marker: string): string[] {
  const prefix = `${basename(target)}${marker}`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    if (!name.startsWith(prefix)) return false;
    // SQLite may leave a `-journal` beside a temp catalog; it goes with it.
    const pid = Number(/^(\d+)(?:-[a-z]+)?$/.exec(name.slice(prefix.length))?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
  });
  for (const name of stale) rmSync(join(dirname(target), name), { recursive: true, force: true });
  return stale;
}
