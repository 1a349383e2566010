import { createSocIndex, rankOccupations, type SocIndex } from '../soc-suggest/soc-index.ts';

/**
 * The occupations closest to one that a content file named by an unknown code, for the "closest: …"
 * hint: the SOC ranker's answer for the file's title (the role's title and description, a
 * high-demand note, an override file's slug), nudged towards codes that share a prefix with the
 * mistyped one.
 */

export type Occupation = { code: string; title: string };

export type ClosestQuery = { title: string; description?: string; code?: string };
export type ClosestOccupations = (query: ClosestQuery) => Occupation[];

/** How many of the ranker's candidates compete with the code's neighbours. */
const CANDIDATES = 20;

/**
 * Editors mistype the detail digits more than the group, so a shared major group (`29`), minor
 * group (`29-2`), broad occupation (`29-205`) or SOC (`29-2055`) each adds weight: with no title
 * it alone decides, with one it weighs in beside the ranker's score (scaled to 1 for the best).
 */
function codeAffinity(code: string | undefined, candidate: string): number {
  if (!code) return 0;
  return [2, 4, 6, 7].reduce((sum, length) => sum + (code.slice(0, length) === candidate.slice(0, length) ? 0.1 : 0), 0);
}

/** The `count` occupations closest to a title and (possibly wrong) code, best first, leaving out those neither points to. */
function rankClosestOccupations(index: SocIndex, query: ClosestQuery, count = 3): Occupation[] {
  const ranked = rankOccupations(index, { title: query.title, description: query.description }, CANDIDATES);
  const best = ranked[0]?.score || 1;
  const fromTitle = new Map(ranked.map((r) => [r.code, r.score / best]));
  return index.occupations
    .map(([code, title]) => ({ code, title, score: (fromTitle.get(code) ?? 0) + codeAffinity(query.code, code) }))
    .filter((o) => o.score > 0)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, count)
    .map(({ code, title }) => ({ code, title }));
}

/**
 * Closest occupations against an index built on first use: the ranker's index of the whole catalog
 * takes about a second, and most runs meet no unknown code.
 */
export function closestOccupations(socIndex: () => SocIndex): ClosestOccupations {
  let index: SocIndex | undefined;
  return (query) => rankClosestOccupations((index ??= socIndex()), query);
}

/** An index of the occupation titles alone, where there is no catalog with O*NET's other titles and tasks. */
export function titleOnlySocIndex(occupations: readonly Occupation[]): SocIndex {
  return createSocIndex(occupations.map((o) => ({ ...o, description: '', titles: [], tasks: [] })));
}

/** `29-2055.00 Surgical Technologists, 29-2011.00 …` for a problem message. */
export function describeOccupations(list: readonly Occupation[]): string {
  return list.length ? list.map((o) => `${o.code} ${o.title}`).join(', ') : 'none found';
}
