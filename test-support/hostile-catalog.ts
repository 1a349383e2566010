import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problems } from '../pipeline/lib/problems.ts';
import { runPipeline } from '../pipeline/run.ts';

/**
 * Builds a catalog from the release fixtures and one folder of hostile editors' content
 * (`pipeline/__tests__/fixtures/hostile-content/<variant>`), copied to a temp dir first so the test can
 * add what a fixture file cannot hold readably: a 10,000-character title and raw control characters.
 */

const fixtures = join(import.meta.dirname, '../pipeline/__tests__/fixtures');

export type HostileVariant = 'inert' | 'rejected' | 'broken-crosswalk';

/** One unbroken 10,000-character "word" after the fixture's title: the hardest case for a layout to wrap. */
export const LONG_TITLE_LENGTH = 10_000;
export const HOSTILE_ROLE = 'hostile-nurse-evil-corp';
export const CONTROL_ROLE = 'raw-control-characters-evil-corp';
/** In `inert/`: valid, but its `valid_through` passed in 2020. */
export const EXPIRED_ROLE = 'stale-posting-evil-corp';

export interface HostileBuild {
  contentDir: string;
  catalogPath: string;
  problems: Problems;
}

function lengthenTitle(file: string): void {
  const text = readFileSync(file, 'utf8');
  const title = /^title: (.*)$/m.exec(text)![1];
  const long = `${title} ${'Supercalifragilisticexpialidocious'.repeat(LONG_TITLE_LENGTH)}`.slice(0, LONG_TITLE_LENGTH);
  writeFileSync(file, text.replace(/^title: .*$/m, `title: ${long}`));
}

/** The same role as the fixture's YAML-escaped one, with raw C0 control bytes straight in the file. */
function addRawControlCharacters(rolesDir: string): void {
  const role = readFileSync(join(rolesDir, 'control-characters-evil-corp.md'), 'utf8')
    .replace(/^title: .*$/m, 'title: Raw \x07 bell \x1b[31m escape')
    .replace(/^summary: .*$/m, 'summary: Raw \x08 backspace in the summary.')
    .replace(/^A description\.$/m, 'A body with a raw \x00 NUL, \x0b vertical tab and \x7f DEL.');
  writeFileSync(join(rolesDir, `${CONTROL_ROLE}.md`), role);
}

export async function buildHostileCatalog(variant: HostileVariant): Promise<HostileBuild> {
  const dir = mkdtempSync(join(tmpdir(), `atlas-hostile-${variant}-`));
  const contentDir = join(dir, 'content');
  cpSync(join(fixtures, 'hostile-content', variant), contentDir, { recursive: true });
  if (variant === 'inert') lengthenTitle(join(contentDir, 'roles', `${HOSTILE_ROLE}.md`));
  if (variant === 'rejected') addRawControlCharacters(join(contentDir, 'roles'));

  const catalogPath = join(dir, 'catalog.sqlite');
  // Refinements of occupations the fixture releases lack would not apply; this build uses none.
  const problems = await runPipeline({ root: join(fixtures, 'sources'), outPath: catalogPath, contentDir, enrichmentDir: join(dir, 'enrichment'), log: () => {}, rowCounts: 'non-empty' });
  return { contentDir, catalogPath, problems };
}
