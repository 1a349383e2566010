import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../pipeline/run.ts';

/** Builds a catalog from the release fixtures and an editors' content folder; fails on any problem. */
export async function buildFixtureCatalog(contentDir: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const outPath = join(dir, 'catalog.sqlite');
  const previous = { content: process.env.ATLAS_CONTENT, enrichment: process.env.ATLAS_ENRICHMENT };
  process.env.ATLAS_CONTENT = contentDir;
  process.env.ATLAS_ENRICHMENT = join(dir, 'enrichment');
  try {
    const problems = await runPipeline({ root: join(import.meta.dirname, '../pipeline/__tests__/fixtures/sources'), outPath, log: () => {} });
    if (problems.size) throw new Error(`The fixture catalog could not be built:\n${problems.format(20)}`);
    return outPath;
  } finally {
    for (const [name, value] of [['ATLAS_CONTENT', previous.content], ['ATLAS_ENRICHMENT', previous.enrichment]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
