import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../pipeline/run.ts';

/**
 * Builds a catalog from the release fixtures (`pipeline/__tests__/fixtures/sources`) with other fixture
 * folders laid over them, file by file (e.g. `oews-complete-state` adds a complete state file), and an
 * editors' content folder (none by default). Fails with the pipeline's problems rather than returning a
 * partial catalog.
 */

const fixtures = join(import.meta.dirname, '../pipeline/__tests__/fixtures');

export async function buildFixtureCatalog(options: { overlays?: string[]; contentDir?: string } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const root = join(dir, 'sources');
  for (const folder of ['sources', ...(options.overlays ?? [])]) cpSync(join(fixtures, folder), root, { recursive: true });
  const previous = { content: process.env.ATLAS_CONTENT, enrichment: process.env.ATLAS_ENRICHMENT };
  process.env.ATLAS_CONTENT = options.contentDir ?? join(dir, 'content');
  process.env.ATLAS_ENRICHMENT = join(dir, 'enrichment');
  try {
    const outPath = join(dir, 'catalog.sqlite');
    const problems = await runPipeline({ root, outPath, rowCounts: 'non-empty', log: () => {} });
    if (problems.size) throw new Error(`The fixture catalog could not be built:\n${problems.format(20)}`);
    return outPath;
  } finally {
    for (const [name, value] of [['ATLAS_CONTENT', previous.content], ['ATLAS_ENRICHMENT', previous.enrichment]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
