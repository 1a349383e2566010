import { describe, expect, it } from 'vitest';
import { Problems } from '../../lib/problems.ts';
import { resolvePaths } from '../../paths.ts';
import { locateById } from '../../sources/locate.ts';
import { readAlternateTitles, readOccupationData, readReportedTitles } from '../../sources/onet.ts';
import { readLabelledTitles } from '../labelled-titles.ts';

/**
 * The labelled set measures understanding, not lookup: everyday titles as people write them, none of
 * which O*NET lists (as an occupation, alternate, short or reported title), each labelled with a code
 * that exists, across every major group. Read against the real O*NET files; never skipped.
 */

/** Case, white space and punctuation do not make a title a different one. */
const normalise = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function onetPath(id: string, root: string): string {
  const path = locateById(root, id);
  if (!path) throw new Error(`${id} is not under ${root}`);
  return path;
}

type Onet = { codes: Set<string>; /** Every O*NET title, normalised, with the file it is in. */ titles: Map<string, string> };

function readOnet(): Onet {
  const { root, fromEnv } = resolvePaths().sources;
  if (!fromEnv) throw new Error('Set ATLAS_SOURCES to the release files folder (e.g. ../shared/datasets): this test reads the O*NET title files and never skips.');
  const problems = new Problems();
  const occupations = readOccupationData(onetPath('onet:Occupation Data', root), problems).rows.map((r) => r.value);
  const alternates = readAlternateTitles(onetPath('onet:Alternate Titles', root), problems).rows.map((r) => r.value);
  const reported = readReportedTitles(onetPath('onet:Sample of Reported Titles', root), problems).rows.map((r) => r.value);
  if (problems.size) throw new Error(problems.format(10));
  const titles = new Map<string, string>();
  const add = (title: string | null, file: string) => title && titles.set(normalise(title), file);
  for (const o of occupations) add(o.title, 'Occupation Data');
  for (const a of alternates) {
    add(a.alternateTitle, 'Alternate Titles');
    add(a.shortTitle, 'Alternate Titles (Short Title)');
  }
  for (const r of reported) add(r.reportedTitle, 'Sample of Reported Titles');
  return { codes: new Set(occupations.map((o) => o.code)), titles };
}

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
