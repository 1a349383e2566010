import { describe, expect, it } from 'vitest';
import { analyzeTitleQuery, indexTitleTerms } from '../title-terms.ts';

/** The terms a query is searched on, heaviest first. */
const terms = (title: string) => analyzeTitleQuery(title).map((t) => t.term);

describe('credential acronyms', () => {
  it.each([
    ['CRCST', ['sterile', 'processing', 'technician']],
    ['RDMS', ['diagnostic', 'medical', 'sonographer']],
    ['ARRT Tech', ['radiologic', 'technologist']],
    ['PTCB', ['pharmacy', 'technician']],
    ['QMA', ['medication', 'aide']],
    ['LCDC', ['chemical', 'dependency', 'counselor']],
    ['PMHNP', ['psychiatric', 'nurse', 'practitioner']],
    ['HVACR Tech', ['refrigeration']],
    ['GMAW Operator', ['welding']],
    ['CBP Officer', ['custom', 'border', 'protection']],
    ['OSCP', ['penetration', 'tester']],
    ['NMLS Originator', ['mortgage', 'loan', 'officer']],
    ['DPM', ['podiatrist']],
    ['TSR', ['telephone', 'sale', 'representative']],
  ])('%s is searched as O*NET writes it', (title, words) => {
    expect(terms(title)).toEqual(expect.arrayContaining(words));
  });

  it('writes clipped words out', () => {
    expect(terms('Mammo Tech')).toContain('mammography');
    expect(terms('Prod Supervisor')).toContain('production');
    expect(terms('Assy Operator')).toContain('assembly');
  });

  it("expands O*NET's own titles the same way, so an acronym in a title meets the query", () => {
    expect(indexTitleTerms('Certified Registered Central Service Technician (CRCST)')).toEqual(expect.arrayContaining(['sterile', 'processing']));
  });
});
