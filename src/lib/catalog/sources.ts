import { eq } from 'drizzle-orm';
import { buildInfo, sourceFiles } from '../../../pipeline/db/schema/index.ts';
import { cached, openCatalog } from './db.ts';

export interface DataSources {
  /** e.g. `29.3`, for the O*NET attribution sentence. */
  onetVersion: string;
  onetRelease: string;
  oewsReleases: string[];
  projectionsRelease: string;
  cipRelease: string;
  ipedsReleases: string[];
}

/** Release names from `source_files`, so the footer cites what this build actually read. */
export const getDataSources = cached((): DataSources => {
  const rows = openCatalog().select({ id: sourceFiles.id, release: sourceFiles.release }).from(sourceFiles).all();
  const releases = (prefix: string) => [...new Set(rows.filter((r) => r.id.startsWith(prefix)).map((r) => r.release))];
  const onetRelease = releases('onet:')[0] ?? 'O*NET Database';
  return {
    onetVersion: onetRelease.match(/O\*NET (\d+\.\d+)/)?.[1] ?? '',
    onetRelease,
    oewsReleases: releases('oews:'),
    projectionsRelease: releases('projections:')[0] ?? '',
    cipRelease: releases('cip:').join('; '),
    ipedsReleases: releases('ipeds:'),
  };
});

export interface SourceRelease {
  publisher: string;
  release: string;
  licence: string;
  /** Manifest ids of the files this build read from the release, e.g. `onet:Task Statements`. */
  files: string[];
}

/** Every release this build read, for the API's provenance block. */
export const getSourceReleases = cached((): SourceRelease[] => {
  const rows = openCatalog().select().from(sourceFiles).orderBy(sourceFiles.id).all();
  const byRelease = new Map<string, SourceRelease>();
  for (const r of rows) {
    const key = `${r.publisher}\u0000${r.release}`;
    const entry = byRelease.get(key) ?? { publisher: r.publisher, release: r.release, licence: r.licence, files: [] };
    entry.files.push(r.id);
    byRelease.set(key, entry);
  }
  return [...byRelease.values()];
});

/** When the pipeline wrote the catalog (ISO 8601), from `build_info`. */
export const getBuiltAt = cached((): string => {
  const row = openCatalog().select().from(buildInfo).where(eq(buildInfo.key, 'built_at')).get();
  if (!row) throw new Error('The catalog has no built_at in build_info; rebuild it with `npm run pipeline`.');
  return row.value;
});
