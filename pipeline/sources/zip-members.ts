import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

export type ZipContents = {
  /** Requested members found in the archive, by name. */
  found: Map<string, Uint8Array>;
  /** Every entry name in the archive, to point at the right one when the manifest names a wrong member. */
  entryNames: string[];
};

/** Reads the named members of a zip file, decompressing only those. */
export function readZipMembers(zipPath: string, names: string[]): ZipContents {
  const wanted = new Set(names);
  const entryNames: string[] = [];
  const unzipped = unzipSync(readFileSync(zipPath), {
    filter: (entry) => {
      entryNames.push(entry.name);
      return wanted.has(entry.name);
    },
  });
  return { found: new Map(Object.entries(unzipped)), entryNames };
}
