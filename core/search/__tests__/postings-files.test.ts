import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, postingsFileOf, splitPostings } from '../postings-files.ts';
import { buildSearchData, TITLE_FLAG_BITS, type OccupationRecord, type TermPostings } from '../search-data.ts';

/** The postings as the browser gets them: every number back as written, every term in the one file the browser asks for. */

const records: OccupationRecord[] = [
  { code: '29-1141.00', title: 'Registered Nurses', description: 'Assess patient health problems and needs.', titles: ['Staff Nurse', 'RN', 'Charge Nurse', 'Nurse'], tasks: ['Monitor patients and record vital signs.'] },
  { code: '29-2061.00', title: 'Licensed Practical and Licensed Vocational Nurses', description: 'Care for ill patients.', titles: ['Nurse', 'LPN', 'Charge Nurse'], tasks: ['Monitor patients.'] },
  { code: '51-4031.00', title: 'Cutting, Punching, and Press Machine Setters, Operators, and Tenders', description: 'Set up and operate machines.', titles: ['Press Operator', 'Machine Operator'], tasks: ['Operate machines that cut metal.'] },
  { code: '51-9111.00', title: 'Packaging and Filling Machine Operators and Tenders', description: 'Operate machines that package products.', titles: ['Machine Operator', 'Packer Operator'], tasks: ['Operate filling machines.'] },
];
const data = buildSearchData(records);

describe('postings files', () => {
  it('decode every term of an index to the numbers it was built with', () => {
    for (const term of data.terms) expect(decodePostings(term, encodePostings(term, data.postings[term])), term).toEqual(data.postings[term]);
    // A title shared by occupations ("nurse", "machine operator") is listed once per occupation.
    expect(data.postings.nurse[2].filter((n, i) => i % 3 === 0 && n === 0).length).toBeGreaterThan(0);
  });

  it('decode large numbers, gaps of zero and occupations listed out of order', () => {
    const postings: TermPostings = [70_000, 3, [0, 5, 400, 0, 2, 401, 4096, 1015, 12, 1, 0, 12], [1, 100, 1000, 1, 33, 64]];
    expect(decodePostings('x', encodePostings('x', postings))).toEqual(postings);
  });

  it('refuses what it cannot write or read, naming the term', () => {
    const [weight, other] = [5 << TITLE_FLAG_BITS, 6 << TITLE_FLAG_BITS];
    expect(() => encodePostings('nurse', [1, 0, [3, 0, weight, 0, 1, other], []])).toThrow(`"nurse", title row 1: weight ${other} differs from ${weight}`);
    expect(() => encodePostings('nurse', [1, 0, [], [-1, 40]])).toThrow(/"nurse": got -1, expected a whole number/);
    expect(() => decodePostings('nurse', 'BA!')).toThrow(/"nurse", character 2: got "!"/);
    expect(() => decodePostings('nurse', `${encodePostings('nurse', [1, 0, [], []])}A`)).toThrow(/"nurse": 1 characters left over/);
  });

  it('put every term in one place, the one its vocabulary rank and the layout name', () => {
    const layout = { shards: 3, ownFiles: 4 };
    const { core, files } = splitPostings(data, layout);
    const placed = [...Object.keys(core), ...[...files.values()].flatMap((file) => Object.keys(file))];
    expect(placed.sort()).toEqual([...data.terms].sort());
    data.terms.forEach((term, rank) => {
      if (!Object.hasOwn(core, term)) expect(files.get(postingsFileOf(layout, term, rank))?.[term], term).toBe(encodePostings(term, data.postings[term]));
    });
    expect([...files.keys()].filter((name) => name.startsWith('t'))).toHaveLength(layout.ownFiles);
  });

  it('keep only the longest postings in core', () => {
    const long: TermPostings = [9000, 0, Array.from({ length: 9000 }, (_, i) => [i ? 7 : 0, i % 900, 300 + (i % 200) * 2]).flat(), []];
    const { core, files } = splitPostings({ terms: ['operator', 'nurse'], postings: { operator: long, nurse: data.postings.nurse } });
    expect(Object.keys(core)).toEqual(['operator']);
    expect([...files.values()].flatMap((file) => Object.keys(file))).toEqual(['nurse']);
  });
});
