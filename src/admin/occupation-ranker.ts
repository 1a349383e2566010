/**
 * The occupation picker's ranker, behind one small interface so the site's own ranker (`core/search/`,
 * shared with /search/ and `soc:suggest`) can replace this stand-in without touching the widget.
 * `rank` is asynchronous because that ranker loads its index shards as a query needs them.
 */

export type RankedOccupation = { code: string; title: string; score: number };
export type OccupationQuery = { title: string; description?: string };
export type OccupationRanker = {
  rank: (query: OccupationQuery | string, n?: number) => Promise<RankedOccupation[]>;
  titleOf: (code: string) => string | undefined;
};

/** `[code, O*NET title, other titles]`, as /admin/occupations.json serves it. */
type OccupationEntry = [code: string, title: string, titles: string[]];

const STOP = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'for', 'in', 'to', 'with', 'at', 'on', 'i', 'ii', 'iii', 'sr', 'jr', 'senior', 'junior', 'lead']);
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g)?.filter((w) => !STOP.has(w)).map((w) => w.replace(/(?:ies)$/, 'y').replace(/s$/, '')) ?? [];

export function createRanker(entries: readonly OccupationEntry[]): OccupationRanker {
  const docs = entries.map(([code, title, titles]) => ({ code, title, official: new Set(words(title)), other: titles.map((t) => new Set(words(t))) }));
  const frequency = new Map<string, number>();
  for (const doc of docs) for (const word of new Set([...doc.official, ...doc.other.flatMap((t) => [...t])])) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log(1 + docs.length / (frequency.get(word) ?? docs.length));
  const titles = new Map(entries.map(([code, title]) => [code, title]));

  return {
    titleOf: (code) => titles.get(code),
    async rank(query, n = 5) {
      const { title, description = '' } = typeof query === 'string' ? { title: query } : query;
      const asked = [...new Set(words(title))];
      const context = new Set(words(description));
      if (!asked.length) return [];
      const total = asked.reduce((sum, w) => sum + idf(w), 0);
      const scored = docs.map((doc) => {
        // The best single title: how much of the query it covers, a bonus when it is O*NET's own.
        const cover = (set: Set<string>) => asked.reduce((sum, w) => sum + (set.has(w) ? idf(w) : 0), 0) / total;
        const best = Math.max(cover(doc.official) * 1.1, ...doc.other.map(cover));
        const hint = [...doc.official].filter((w) => context.has(w)).length * 0.02;
        return { code: doc.code, title: doc.title, score: best + hint };
      });
      return scored.filter((s) => s.score > 0.3).sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1)).slice(0, n);
    },
  };
}

/** Loads the data once per admin session. */
let loading: Promise<OccupationRanker> | undefined;
export function loadRanker(): Promise<OccupationRanker> {
  loading ??= fetch('/admin/occupations.json').then((r) => r.json() as Promise<OccupationEntry[]>).then(createRanker);
  return loading;
}
