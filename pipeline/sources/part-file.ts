/**
 * Files are written under a `.part-<pid>` name and renamed into place only once complete, so an
 * interrupted or failed fetch never leaves a half-written file where the loaders would read it.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Temp name next to the destination: same directory, so the final rename stays on one filesystem. */
export function partPathFor(dest: string): string {
  return `${dest}.part-${process.pid}`;
}

/** Renames a finished temp file over dest; removes the temp file when that fails. */
export function moveIntoPlace(temp: string, dest: string): void {
  try {
    renameSync(temp, dest);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes data to the temp file of dest (creating the directory as needed) and returns its path. */
export function writePartFile(dest: string, data: Uint8Array): string {
  mkdirSync(dirname(dest), { recursive: true });
  const temp = partPathFor(dest);
  try {
    writeFileSync(temp, data);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return temp;
}
