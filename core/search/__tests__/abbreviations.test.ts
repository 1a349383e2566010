import { describe, expect, it } from 'vitest';
import { HEAD_FORMS, PUNCTUATED, QUALIFIERS, STOP_WORDS } from '../abbreviations.ts';
import { ABBREVIATIONS } from '../acronyms.ts';
import { LAY_WORDS } from '../lay-words.ts';
import { analyzeTitleQuery } from '../title-terms.ts';

const terms = (title: string) => analyzeTitleQuery(title).map((t) => t.term);

describe('the abbreviation table', () => {
  it('has the credentials and shorthands of job ads', () => {
    for (const key of ['cna', 'lpn', 'cdl', 'hvac', 'sdet', 'bdr', 'csr', 'cota', 'pta', 'mls', 'rn', 'emt']) expect(ABBREVIATIONS.has(key), key).toBe(true);
    expect(PUNCTUATED.has('a&p')).toBe(true);
  });

  it('has only reachable, lowercase keys with a written-out form', () => {
    for (const table of [ABBREVIATIONS, HEAD_FORMS, LAY_WORDS]) {
      for (const [key, value] of table) {
        expect(key, key).toMatch(/^[a-z0-9]+$/);
        expect(value.trim(), key).not.toBe('');
        // A stop word is dropped before it is looked up.
        expect(STOP_WORDS.has(key), key).toBe(false);
      }
    }
    for (const key of PUNCTUATED.keys()) expect(key).toMatch(/[^a-z0-9]/);
  });

  it('writes abbreviations out in a title and weighs qualifiers little', () => {
    expect(terms('CNA')).toEqual(['certified', 'nursing', 'assistant']);
    expect(terms('SDET II')).toEqual(expect.arrayContaining(['software', 'test', 'engineer']));
    expect(terms('A&P Mechanic')).toEqual(expect.arrayContaining(['airframe', 'powerplant', 'mechanic']));
    expect(terms('COTA')).toContain('occupational');
    const weights = Object.fromEntries(analyzeTitleQuery('Senior Night Shift Welder').map((t) => [t.term, t.weight]));
    expect(weights.welder).toBeGreaterThan(1);
    for (const q of ['senior', 'night', 'shift']) expect(QUALIFIERS.has(q) && weights[q] < 0.5).toBe(true);
  });

  it('reads school levels and programs beside a teaching word, and only there', () => {
    expect(terms('K-5 Teacher')).toEqual(['elementary', 'school', 'teacher']);
    expect(terms('VPK Teacher')).toEqual(['preschool', 'teacher']);
    expect(terms('ESE Teacher - Elementary')).toEqual(expect.arrayContaining(['special', 'education']));
    expect(terms('CTE Instructor')).toEqual(['career', 'technical', 'education', 'instructor']);
    expect(terms('HS Math Teacher')).toEqual(expect.arrayContaining(['high', 'school']));
    expect(terms('Medical Assistant - HS Diploma')).not.toContain('high');
  });
});
