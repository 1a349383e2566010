import { describe, expect, it } from 'vitest';
import { cleanQuery } from '../job-ad-noise.ts';
import { EMPLOYER_NAMES, employerIndustry } from '../employer-industries.ts';

describe('employerIndustry', () => {
  it('names the industry of the employers a title names, as whole words', () => {
    expect(employerIndustry("Shift Manager - McDonald's")).toBe('fast food');
    expect(employerIndustry('Lineman - Tampa Electric')).toBe('electric power utility');
    expect(employerIndustry('RN - BayCare Health System')).toBe('hospital patient');
    expect(employerIndustry('Targeted Case Manager')).toBe('');
    expect(employerIndustry('Cashier')).toBe('');
  });

  it('takes every employer it knows out of a title, but not a word that names work', () => {
    expect(EMPLOYER_NAMES.filter((name) => cleanQuery(`Cashier - ${name}`).text !== 'cashier')).toEqual([]);
    expect(cleanQuery('Grocery Checkers').text).toBe('grocery checkers');
    expect(cleanQuery('Mosaic Tile Setter').text).toBe('mosaic tile setter');
  });
});
