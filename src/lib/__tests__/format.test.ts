import { describe, expect, it } from 'vitest';
import { careerAreas, careerAreaTitle } from '../career-areas.ts';
import { formatJobsChange, formatThousandsOfJobs, formatWage, summarize } from '../format.ts';

describe('formatWage', () => {
  it('formats amounts', () => {
    expect(formatWage(85470, undefined, 'annual')).toBe('$85,470');
    expect(formatWage(41.09, undefined, 'hourly')).toBe('$41.09/hr');
  });

  it('says why a value is missing instead of showing 0', () => {
    expect(formatWage(null, '*', 'hourly')).toBe('not available');
    expect(formatWage(null, '#', 'annual')).toBe('$239,200 or more');
    expect(formatWage(null, '#', 'hourly')).toBe('$115.00/hr or more');
    expect(formatWage(null, 'suppressed', 'annual')).toBe('not published');
    expect(formatWage(null, undefined, 'annual')).toBe('not available');
  });
});

describe('helpers', () => {
  it('turns BLS thousands into jobs without claiming more precision than BLS publishes', () => {
    expect(formatThousandsOfJobs(189.1)).toBe('about 189,100');
    expect(formatThousandsOfJobs(3557.1)).toBe('about 3,557,100');
    expect(formatJobsChange(166.1)).toBe('about 166,100 more jobs');
    expect(formatJobsChange(-1.5)).toBe('about 1,500 fewer jobs');
  });

  it('summarizes to the first sentence', () => {
    expect(summarize('Assess patient needs. Administer care.')).toBe('Assess patient needs.');
    expect(summarize(`${'word '.repeat(60)}end.`, 20)).toBe('word word word word…');
  });

  it('names every SOC major group', () => {
    expect(Object.keys(careerAreas)).toHaveLength(23);
    expect(careerAreaTitle('29')).toBe('Healthcare Practitioners and Technical');
  });
});
