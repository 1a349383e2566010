import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePaths } from '../../paths.ts';
import { createCatalog, createCatalogOrm } from '../../db/catalog-db.ts';
import { Problems } from '../../lib/problems.ts';
import { importOnet } from '../../steps/import-onet.ts';

/**
 * A catalog with the O*NET tables only, imported from the real release files under $ATLAS_SOURCES by
 * the pipeline's own step: the same data the ranker reads in production, without the rest of the build.
 */
export function buildOnetCatalog(): string {
  const { sources, edition } = resolvePaths();
  if (!sources.fromEnv) throw new Error('Set ATLAS_SOURCES to the release files folder (e.g. ../shared/datasets): these tests never skip.');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-soc-'));
  const path = join(dir, 'catalog.sqlite');
  const db = createCatalog(path);
  const problems = new Problems();
  try {
    importOnet({ db, orm: createCatalogOrm(db), root: sources.root, contentDir: dir, enrichmentDir: dir, outDir: dir, config: edition, problems });
    if (problems.size) throw new Error(problems.format(10));
  } finally {
    db.close();
  }
  return path;
}
