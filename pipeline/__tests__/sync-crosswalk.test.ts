import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/problems.ts';
import { runPipeline } from '../run.ts';

/**
 * The crosswalk sync on the fixture releases: HCC offers 52.2001 Construction Management, which the
 * fixture NCES crosswalk does not map; 11.0101 is mapped by NCES but no program in the region uses it;
 * the editors' crosswalk/manual.yaml maps 11.0101 to Construction Managers.
 */
const fixtures = join(import.meta.dirname, 'fixtures');
let dir: string;
let db: Database.Database;
const folders = () => ({ contentDir: join(dir, 'content'), enrichmentDir: join(dir, 'enrichment') });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-sync-'));
  cpSync(join(fixtures, 'content'), join(dir, 'content'), { recursive: true });
  // The fixture releases have four occupations: committed refinements of others would not apply.
  const problems = await runPipeline({ root: join(fixtures, 'sources'), outPath: join(dir, 'catalog.sqlite'), ...folders(), log: () => {}, rowCounts: 'non-empty' });
  expect(problems.list).toEqual([]);
  db = new Database(join(dir, 'catalog.sqlite'), { readonly: true });
});

const mapping = (cip: string, soc: string) => db.prepare('SELECT source, shown, note FROM cip_soc_crosswalk WHERE cip_code = ? AND soc_code = ?').get(cip, soc);

describe('crosswalk sync', () => {
  it('adds a mapping where a region program uses a CIP whose title names an occupation', () => {
    expect(mapping('52.2001', '11-9021')).toEqual({ source: 'program_sync', shown: 1, note: '"Construction Management, General" names "Construction Managers"' });
    expect(db.prepare(`SELECT source FROM program_occupations WHERE program_id = '134495-52.2001-3' AND occupation_code = '11-9021.00'`).pluck().get()).toBe('program_sync');
  });

  it('keeps NCES mappings no region program uses, tagged as not shown, and links no program through them', () => {
    expect(mapping('11.0101', '15-1252')).toEqual({ source: 'nces', shown: 0, note: null });
    expect(mapping('11.0701', '15-1252')).toEqual({ source: 'nces', shown: 1, note: null });
  });

  it('always keeps manual mappings', () => {
    expect(mapping('11.0101', '11-9021')).toEqual({ source: 'manual', shown: 1, note: 'Campus facilities track teaches site supervision' });
  });

  it('writes a report of what it added and left out', () => {
    const report = readFileSync(join(dir, 'crosswalk-report.md'), 'utf8');
    expect(report).toContain('## Added by the sync (1)');
    expect(report).toContain('| 52.2001 | Construction Management, General | 11-9021 | Construction Managers |');
    expect(report).toContain('- 11.0101 → 11-9021: Campus facilities track teaches site supervision');
    expect(report).toContain('## NCES mappings left out of the site (1)');
    expect(report).toContain('- 11.0101 Computer and Information Sciences, General → 15-1252');
  });

  it('reports a manual mapping to an unknown code with its line', async () => {
    writeFileSync(join(dir, 'content/crosswalk/manual.yaml'), 'mappings:\n  - cip_code: "11.0101"\n    soc_code: 11-9021\n    note: ok\n  - cip_code: "52.2001"\n    soc_code: 99-1234\n    note: typo\n');
    const problems = await runPipeline({ root: join(fixtures, 'sources'), outPath: join(dir, 'again.sqlite'), ...folders(), log: () => {}, rowCounts: 'non-empty' });
    expect(problems.list.map(formatProblem)).toEqual([
      `${relative('.', join(dir, 'content/crosswalk/manual.yaml'))}:6 mappings[1].soc_code: got "99-1234", expected the SOC code of an O*NET occupation`,
    ]);
  });
});
