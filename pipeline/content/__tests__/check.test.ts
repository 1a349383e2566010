import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editions } from '../../../editions/index.ts';
import { requireRealCatalog } from '../../../test-support/real-catalog.ts';
import { resolvePaths } from '../../paths.ts';
import { checkEdition, runCheck } from '../check.ts';

/** `npm run check` validates each edition's content, and every line it prints names the edition. */

function capture() {
  const lines: string[] = [];
  return { lines, out: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) } };
}

describe('npm run check', () => {
  it('names the edition in every problem line and in the summary', () => {
    const { lines, out } = capture();
    const contentDir = join(import.meta.dirname, 'fixtures/unknown-soc');
    const paths = resolvePaths({ ...process.env, ATLAS_EDITION: 'orlando', ATLAS_CONTENT: contentDir, ATLAS_CATALOG: requireRealCatalog() });
    expect(checkEdition(paths, out)).toBe(1);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^\[orlando\] /);
    expect(lines.some((line) => line.includes('soc_code: got "29-9999.99"'))).toBe(true);
  });

  it('checks every edition when none is named, each line under its edition, and passes on the committed content', () => {
    const { lines, out } = capture();
    const { ATLAS_EDITION: _edition, ATLAS_EDITIONS: _editions, ATLAS_CONTENT: _content, ...env } = process.env;
    expect(runCheck(env, out)).toBe(0);
    expect(lines.map((line) => line.slice(0, line.indexOf(']') + 1))).toEqual(editions.map((e) => `[${e.id}]`));
    expect(lines.every((line) => line.includes('✓'))).toBe(true);
  });
});
