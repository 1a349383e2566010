import { describe, expect, it } from 'vitest';
import { employerIndustry } from '../employer-industries.ts';
import { EMPLOYER_NAMES } from '../job-ad-noise.ts';

describe('employerIndustry', () => {
  it('names the industry of the employers a title names, as whole words', () => {
    expect(employerIndustry("Shift Manager - McDonald's")).toBe('fast food');
    expect(employerIndustry('Lineman - Tampa Electric')).toBe('electric power utility');
    expect(employerIndustry('RN - BayCare Health System')).toBe('hospital patient');
    expect(employerIndustry('Targeted Case Manager')).toBe('');
    expect(employerIndustry('Cashier')).toBe('');
  });

  it('knows most employers that job-ad noise takes out of a title', () => {
    const known = EMPLOYER_NAMES.filter((name) => employerIndustry(name) !== '');
    expect(known.length / EMPLOYER_NAMES.length).toBeGreaterThan(0.85);
  });
});
