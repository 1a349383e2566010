import { resolve } from 'node:path';
import { manualCrosswalkSchema } from '../content/content-schemas.ts';
import { loadSingleFile, MANUAL_CROSSWALK } from '../content/load-content.ts';
import type { Problem } from '../lib/problems.ts';

/**
 * `crosswalk/manual.yaml` in the content folder: editors' CIP ↔ SOC mappings, which the sync never
 * removes, with the line of each. An absent file means none. Its problems (shape, unknown codes) are
 * reported by the content step, which validates it with the rest of the content (`npm run check` too).
 */
export function readManualMappings(contentDir: string): { line: number; cipCode: string; socCode: string; note: string | null }[] {
  const ignored: Problem[] = [];
  const entry = loadSingleFile(contentDir, resolve('.'), MANUAL_CROSSWALK, manualCrosswalkSchema, ignored);
  if (!entry?.value) return [];
  const { content, value } = entry;
  return value.mappings.map((m, i) => ({ line: content.lineOf(['mappings', i]), cipCode: m.cip_code, socCode: m.soc_code, note: m.note ?? null }));
}
