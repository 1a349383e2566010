import { textSimilarity } from './similar-text.ts';

/**
 * Ranks O*NET occupations against a role that named an unknown code, for the "closest: …" hint.
 * Deliberately simple (shared words, letter trigrams, shared code prefix); a better ranker can
 * replace `rankClosestOccupations` without touching the validator.
 */

export type Occupation = { code: string; title: string };

/** Words that say nothing about the occupation itself. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'all', 'except', 'for', 'in', 'of', 'or', 'other', 'the', 'to', 'with']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !STOP_WORDS.has(w))
      // Occupation titles are plural ("Surgical Technologists"), job titles singular.
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
}

/** Share of the query's words found in the title. */
function wordOverlap(query: Set<string>, title: Set<string>): number {
  if (!query.size) return 0;
  let shared = 0;
  for (const w of query) if (title.has(w)) shared++;
  return shared / query.size;
}

/**
 * Editors mistype the detail digits more than the group, so a shared major group (`29`), minor
 * group (`29-2`), broad occupation (`29-205`) or SOC (`29-2055`) each adds weight.
 */
function codeAffinity(code: string | undefined, candidate: string): number {
  if (!code) return 0;
  return [2, 4, 6, 7].reduce((sum, length) => sum + (code.slice(0, length) === candidate.slice(0, length) ? 0.1 : 0), 0);
}

/** The `count` occupations closest to a title and (possibly wrong) code, best first. */
export function rankClosestOccupations(query: { title: string; code?: string }, occupations: readonly Occupation[], count = 3): Occupation[] {
  const queryWords = words(query.title);
  return occupations
    .map((o) => ({
      o,
      score: 0.6 * wordOverlap(queryWords, words(o.title)) + 0.4 * textSimilarity(query.title, o.title) + codeAffinity(query.code, o.code),
    }))
    .sort((a, b) => b.score - a.score || a.o.code.localeCompare(b.o.code))
    .slice(0, count)
    .map(({ o }) => o);
}

/** `29-2055.00 Surgical Technologists, 29-2011.00 …` for a problem message. */
export function describeOccupations(list: readonly Occupation[]): string {
  return list.map((o) => `${o.code} ${o.title}`).join(', ');
}
