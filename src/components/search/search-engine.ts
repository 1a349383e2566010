/**
 * The site's search in the browser: the occupation ranker of `core/search/` (the one `soc:suggest`
 * uses) over the index the build writes to /search-index/. `core.json` loads once, when the box gets
 * focus; each query then loads the few files that hold its terms' postings (`postings-files.ts`), and
 * nothing twice. The admin's occupation picker (`src/admin/occupation-ranker.ts`) ranks through the
 * same loader.
 */
import { decodePostings, postingsFileOf, type SearchCoreFile } from '../../../core/search/postings-files.ts';
import type { TermPostings } from '../../../core/search/search-data.ts';
import { openSearchIndex, type SearchIndex } from '../../../core/search/search-index.ts';
import { answerSiteQuery, planSiteQuery, termsOf, type Filters, type SiteAnswer } from '../../../core/search/site-search.ts';

export type { Filters, SiteAnswer, SiteResult } from '../../../core/search/site-search.ts';

export type SearchEngine = {
  core: SearchCoreFile;
  index: SearchIndex;
  postings: Map<string, TermPostings>;
  /** Each term's place in the vocabulary, which with the layout names its file. */
  ranks: Map<string, number>;
  files: Map<string, Promise<void>>;
};

let loading: Promise<SearchEngine> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the index's core once; call it early (on focus) so the first query does not wait for it. */
export function loadSearch(): Promise<SearchEngine> {
  loading ??= fetchJson<SearchCoreFile>('/search-index/core.json')
    .then((core) => {
      const postings = new Map(Object.entries(core.postings).map(([term, text]) => [term, decodePostings(term, text)]));
      const ranks = new Map(core.terms.map((term, i) => [term, i]));
      return { core, index: openSearchIndex(core, (term) => postings.get(term)), postings, ranks, files: new Map() };
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * Loads the files that hold `terms` (each file once); the ranker can then read their postings. A term
 * outside the vocabulary has none, and one in core.json is there already.
 */
export function loadShards(engine: SearchEngine, terms: string[]): Promise<void[]> {
  const needed = new Set(
    terms.flatMap((term) => {
      const rank = engine.ranks.get(term);
      return rank === undefined || engine.postings.has(term) ? [] : [postingsFileOf(engine.core, term, rank)];
    }),
  );
  return Promise.all(
    [...needed].map((name) => {
      let file = engine.files.get(name);
      if (!file) {
        file = fetchJson<Record<string, string>>(`/search-index/${name}.json`).then(
          (postings) => {
            for (const [term, text] of Object.entries(postings)) engine.postings.set(term, decodePostings(term, text));
          },
          (error: unknown) => {
            engine.files.delete(name);
            throw error;
          },
        );
        engine.files.set(name, file);
      }
      return file;
    }),
  );
}

/** Ranked results of every kind for a query and filters, with any correction or suggestion. */
export async function searchSite(query: string, filters: Filters): Promise<SiteAnswer> {
  const engine = await loadSearch();
  const planned = planSiteQuery(engine.core, engine.index, query);
  await loadShards(engine, termsOf(planned));
  return answerSiteQuery(engine.core, engine.index, planned, filters);
}
