import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../run.ts';
import { deriveCipSkills, editorSkillMatcher } from '../link-programs.ts';

const link = (cipCode: string, occupationCode: string) => ({ programId: 'p', cipCode, occupationCode, source: 'nces' as const, editorSkills: null });

describe('skills in common', () => {
  it('gives a CIP code the skills important in at least half of the occupations it leads to', () => {
    const skills = new Map([
      ['a', new Set(['Reading', 'Writing', 'Excel'])],
      ['b', new Set(['Reading', 'Excel'])],
      ['c', new Set(['Reading', 'Welding'])],
    ]);
    const cip = deriveCipSkills([link('01.0001', 'a'), link('01.0001', 'b'), link('01.0001', 'c')], skills).get('01.0001');
    expect([...cip!].sort()).toEqual(['Excel', 'Reading']);
  });

  it('counts an editor-given skill for an O*NET skill that shares a word stem with it', () => {
    const teaches = editorSkillMatcher(['Construction estimating', 'Blueprint reading']);
    expect(teaches('Building and Construction')).toBe(true);
    expect(teaches('Reading Comprehension')).toBe(true);
    expect(teaches('Medicine and Dentistry')).toBe(false);
  });

  it('stores the count per program and occupation from the fixture releases', async () => {
    const fixtures = join(import.meta.dirname, '../../__tests__/fixtures');
    const outPath = join(mkdtempSync(join(tmpdir(), 'atlas-skills-')), 'catalog.sqlite');
    const folders = { contentDir: join(fixtures, 'content'), enrichmentDir: join(fixtures, 'no-enrichment') };
    expect((await runPipeline({ root: join(fixtures, 'sources'), outPath, ...folders, log: () => {}, rowCounts: 'non-empty' })).list).toEqual([]);
    const db = new Database(outPath, { readonly: true });
    const shared = (program: string, occupation: string) =>
      db.prepare('SELECT skills_in_common FROM program_occupations WHERE program_id = ? AND occupation_code = ?').pluck().get(program, occupation);
    // Registered Nurses rate Reading Comprehension, Service Orientation and Medicine and Dentistry
    // important and have two hot technologies; Acute Care Nurses have no ratings in the fixture.
    expect(shared('137351-51.3801-5', '29-1141.00')).toBe(5);
    expect(shared('137351-51.3801-5', '29-1141.01')).toBe(0);
    db.close();
  });
});
