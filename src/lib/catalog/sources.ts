import { sourceFiles } from '../../../pipeline/db/schema/index.ts';
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
