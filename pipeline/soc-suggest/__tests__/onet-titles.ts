import { Problems } from '../../lib/problems.ts';
import { locateById, resolveSourcesRoot } from '../../sources/locate.ts';
import { readAlternateTitles, readOccupationData, readReportedTitles } from '../../sources/onet.ts';

/** O*NET's codes and every title it lists, read from the real release files, for the labelled sets' tests. */

/** Case, white space and punctuation do not make a title a different one. */
export const normalise = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function onetPath(id: string, root: string): string {
  const path = locateById(root, id);
  if (!path) throw new Error(`${id} is not under ${root}`);
  return path;
}

export type Onet = { codes: Set<string>; /** Every O*NET title, normalised, with the file it is in. */ titles: Map<string, string> };

export function readOnet(): Onet {
  const { root, fromEnv } = resolveSourcesRoot();
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

