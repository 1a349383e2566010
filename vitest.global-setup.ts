import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { editions } from './editions/index.ts';
import { resolvePaths } from './pipeline/paths.ts';
import { buildBaseCatalog, buildEditionCatalog } from './pipeline/run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A catalog of the default edition built once from $ATLAS_SOURCES for the tests that read it; null without sources. */
    catalogPath: string | null;
    /** The release files alone, the base every edition's catalog starts from (as in `npm run build:all`); null without sources. */
    baseCatalogPath: string | null;
  }
}

/** Builds the base catalog from the real releases, then the default edition on it, once for every test file (about 8 s). */
export default async function setup(project: TestProject): Promise<void> {
  const { sources, edition, contentDir, enrichmentDir, postedTitlesPath } = resolvePaths();
  if (!sources.fromEnv) {
    project.provide('catalogPath', null);
    project.provide('baseCatalogPath', null);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'atlas-test-catalog-'));
  const basePath = join(dir, 'base.sqlite');
  const outPath = join(dir, 'catalog.sqlite');
  const log = () => {};
  const base = await buildBaseCatalog({ root: sources.root, outPath: basePath, editions, postedTitlesPath, log });
  const problems = base.size ? base : await buildEditionCatalog({ root: sources.root, basePath, outPath, config: edition, contentDir, enrichmentDir, log });
  if (problems.size) throw new Error(`The test catalog could not be built:\n${problems.format(20)}`);
  project.provide('catalogPath', outPath);
  project.provide('baseCatalogPath', basePath);
}
