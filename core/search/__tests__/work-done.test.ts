import { describe, expect, it } from 'vitest';
import { asWorkDone, askedWorker } from '../describe-work.ts';
import { buildSearchData, type OccupationRecord } from '../search-data.ts';
import { openSearchData } from '../search-index.ts';
import { understandQuery } from '../understand-query.ts';

/** Jobs named by what is done to an everyday object, vehicles repaired, skills taught, and phrases that job-ad noise would cut. */

const records: OccupationRecord[] = [
  { code: '49-3051.00', title: 'Motorboat Mechanics and Service Technicians', description: 'Repair boat engines.', titles: ['Boat Mechanic'], tasks: ['Repair boat hulls.'] },
  { code: '53-5021.00', title: 'Captains, Mates, and Pilots of Water Vessels', description: 'Command boats.', titles: ['Boat Captain'], tasks: ['Steer boats.'] },
  { code: '47-2031.00', title: 'Carpenters', description: 'Build wooden structures.', titles: ['Carpenter'], tasks: ['Frame walls.'] },
  { code: '37-2011.00', title: 'Janitors and Cleaners', description: 'Keep buildings clean.', titles: ['Janitor', 'Cleaner'], tasks: ['Clean floors.'] },
  { code: '21-1012.00', title: 'Career Counselors', description: 'Advise on careers and employment.', titles: ['Career Counselor'], tasks: ['Help clients find employment.'] },
];
const index = openSearchData(buildSearchData(records));
const terms = (query: string) => understandQuery(index, query).terms.map((t) => t.term);

describe('a job named by an everyday object and a generic agent', () => {
  it('is the work done to the object', () => {
    expect(asWorkDone('teeth cleaner')).toBe('clean teeth');
    expect(asWorkDone('boat fixer')).toBe('fix boat');
  });

  it('leaves agents that name their trade, and longer titles, alone', () => {
    expect(asWorkDone('boat captain')).toBe('boat captain');
    expect(asWorkDone('finish carpenter')).toBe('finish carpenter');
    expect(asWorkDone('night shift cleaner')).toBe('night shift cleaner');
  });
});

describe('repairing a vehicle', () => {
  it('is told by a repair verb before the vehicle', () => {
    expect(askedWorker('fixes boats')).toBe('mechanic');
    expect(askedWorker('repair airplane engines')).toBe('mechanic');
    expect(askedWorker('drive trucks')).toBeUndefined();
    expect(askedWorker('fix computers')).toBeUndefined();
    expect(askedWorker('fleet service technician trucks')).toBeUndefined();
  });

  it('asks for a mechanic, not the one who steers it', () => {
    expect(terms('someone who fixes boats')).toContain('mechanic');
    expect(terms('steer boats')).not.toContain('mechanic');
  });
});

describe('repairing with nothing named', () => {
  it('asks for maintenance and repair work', () => {
    expect(askedWorker('fixing')).toBe('maintenance');
    expect(askedWorker('at fixing things')).toBe('maintenance');
    expect(askedWorker('fix computers')).toBeUndefined();
    expect(terms('i like fixing things')).toContain('maintenance');
  });
});

describe('an interest, not a job', () => {
  it('drops the words that frame it', () => {
    for (const query of ['good with numbers', 'love numbers', 'enjoy numbers']) {
      expect(terms(query)).not.toContain('good');
      expect(terms(query)).not.toContain('love');
      expect(terms(query)).not.toContain('enjoy');
      expect(terms(query)).toContain('number');
    }
  });
});

describe('teaching a skill named by its verb', () => {
  it('asks for an instructor', () => {
    expect(askedWorker('teach kids to swim')).toBe('instructor');
    expect(askedWorker('teach to drive')).toBe('instructor');
    expect(askedWorker('teaching adults how to dance')).toBe('instructor');
  });

  it('leaves school skills and taught subjects to teachers', () => {
    expect(askedWorker('teach kids to read')).toBeUndefined();
    expect(askedWorker('teach english to immigrants')).toBeUndefined();
    expect(askedWorker('teach math')).toBeUndefined();
  });
});

describe('an everyday phrase with a word job-ad noise removes', () => {
  it('still gains its O*NET words', () => {
    expect(terms('help people find a job')).toContain('employment');
    expect(terms('help veterans get jobs')).toContain('employment');
  });
});
