import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, Problems } from '../../lib/problems.ts';
import { programIdOf } from '../../db/schema/education.ts';
import { readCompletions, readInstitutions } from '../nces-ipeds.ts';

const programs = join(import.meta.dirname, '../../__tests__/fixtures/sources/programs');

describe('IPEDS', () => {
  it('keeps institutions in the region state, with UNITID, metro area and location', () => {
    const problems = new Problems();
    const parsed = readInstitutions(join(programs, 'ipeds_hd2024.csv'), problems, ['FL']);
    expect(problems.list).toEqual([]);
    expect(parsed.rows.map((r) => r.value.unitid)).toEqual([137351, 134495]);
    expect(parsed.rows[0].value).toMatchObject({ name: 'University of South Florida', cbsa: '45300', latitude: 28.06 });
    expect(parsed.skipped).toEqual({ 'institution outside FL': 1 });
  });

  it('keeps 6-digit first-major completions at those institutions and counts what it leaves out', () => {
    const problems = new Problems();
    const parsed = readCompletions(join(programs, 'ipeds_c2024_a_majornum1.csv'), problems, new Set([137351, 134495]));
    expect(problems.list).toEqual([]);
    expect(parsed.rows.map((r) => programIdOf(r.value))).toEqual([
      '137351-51.3801-5', '137351-11.0701-5', '137351-11.0701-7', '134495-51.3801-3', '134495-52.2001-3',
    ]);
    expect(parsed.skipped).toEqual({ 'CIP family or series subtotal': 1, 'grand total': 1, 'institution outside the region state': 1 });
  });

  it('reports an unknown award level and a non-numeric count', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ipeds-')), 'c.csv');
    writeFileSync(path, 'UNITID,CIPCODE,AWLEVEL,CTOTALT,CTOTALM,CTOTALW\n137351,51.3801,42,10,5,5\n137351,51.3801,5,ten,5,5\n');
    const problems = new Problems();
    readCompletions(path, problems, new Set([137351]));
    expect(problems.list.map(formatProblem)).toEqual([
      'c.csv:2 AWLEVEL: got "42", expected an award level code (1, 2, 3, 4, 5, 6, 7, 8, 17, 18, 19, 20, 21)',
      'c.csv:3 CTOTALT: got "ten", expected a whole number',
    ]);
  });
});
