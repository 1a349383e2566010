import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { resolvePaths } from './pipeline/paths.ts';
import { runPipeline } from './pipeline/run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A catalog built once from $ATLAS_SOURCES for the tests that read it; null without sources. */
    catalogPath: string | null;
  }
}

/** Builds one catalog from the real releases for every test file that needs it (about 6 s). */
export default async function setup(project: TestProject): Promise<void> {
  const { sources, edition } = resolvePaths();
  if (!sources.fromEnv) {
    project.provide('catalogPath', null);
    return;
  }
  const outPath = join(mkdtempSync(join(tmpdir(), 'atlas-test-catalog-')), 'catalog.sqlite');
  const problems = await runPipeline({ root: sources.root, outPath, config: edition, log: () => {} });
  if (problems.size) throw new Error(`The test catalog could not be built:\n${problems.format(20)}`);
  project.provide('catalogPath', outPath);
}
