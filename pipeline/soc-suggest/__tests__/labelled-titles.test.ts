import { describe, expect, it } from 'vitest';
import { readLabelledTitles } from '../labelled-titles.ts';
import { normalise, readOnet, type Onet } from './onet-titles.ts';

/**
 * The labelled set measures understanding, not lookup: everyday titles as people write them, none of
 * which O*NET lists (as an occupation, alternate, short or reported title), each labelled with a code
 * that exists, across every major group. Read against the real O*NET files; never skipped.
 */

// Read in each test rather than in beforeAll, so that without ATLAS_SOURCES every test fails rather than shows as skipped.
let cached: Onet | undefined;
const onet = () => (cached ??= readOnet());
const labelled = readLabelledTitles();

describe('the labelled SOC titles (data/bench/soc-titles.csv)', () => {
  it('has at least 250 titles, no two the same', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(250);
    const seen = new Set<string>();
    const repeated = labelled.filter((t) => seen.size === seen.add(normalise(t.title)).size).map((t) => t.title);
    expect(repeated).toEqual([]);
  });

  it('labels every title with an O*NET-SOC code that exists, across every major group', () => {
    const { codes } = onet();
    expect(labelled.filter((t) => !codes.has(t.code)).map((t) => `${t.title},${t.code}`)).toEqual([]);
    // Military occupations (55) are not advertised the way civilian jobs are.
    const majorGroups = (list: Iterable<string>) => new Set([...list].map((code) => code.slice(0, 2)).filter((group) => group !== '55'));
    expect([...majorGroups(labelled.map((t) => t.code))].sort()).toEqual([...majorGroups(codes)].sort());
  });

  it('has no title that O*NET lists, ignoring case, white space and punctuation', () => {
    const listed = labelled.flatMap((t) => {
      const file = onet().titles.get(normalise(t.title));
      return file ? [`"${t.title}" is in ${file}`] : [];
    });
    expect(listed).toEqual([]);
  });
});
