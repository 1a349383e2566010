/**
 * The site's search in the browser: the occupation ranker of `core/search/` (the one `soc:suggest`
 * uses) over the index the build writes to /search-index/. `core.json` loads once, when the box gets
 * focus; each query then loads the few shards that hold its terms, and nothing twice. The admin's
 * occupation picker (`src/admin/occupation-ranker.ts`) ranks through the same loader.
 */
import { shardOf, type TermPostings } from '../../../core/search/search-data.ts';
import { openSearchIndex, type SearchIndex } from '../../../core/search/search-index.ts';
import { answerSiteQuery, planSiteQuery, termsOf, type Filters, type SiteAnswer, type SiteSearchCore } from '../../../core/search/site-search.ts';

export type { Filters, SiteAnswer, SiteResult } from '../../../core/search/site-search.ts';

export type SearchEngine = { core: SiteSearchCore; index: SearchIndex; postings: Map<string, TermPostings>; shards: Map<number, Promise<void>> };

let loading: Promise<SearchEngine> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the index's core once; call it early (on focus) so the first query does not wait for it. */
export function loadSearch(): Promise<SearchEngine> {
  loading ??= fetchJson<SiteSearchCore>('/search-index/core.json')
    .then((core) => {
      const postings = new Map<string, TermPostings>();
      return { core, index: openSearchIndex(core, (term) => postings.get(term)), postings, shards: new Map() };
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Loads the shards that hold `terms` (each shard once); the ranker can then read their postings. */
export function loadShards(engine: SearchEngine, terms: string[]): Promise<void[]> {
  const needed = new Set(terms.map((term) => shardOf(term, engine.core.shards)));
  return Promise.all(
    [...needed].map((n) => {
      let shard = engine.shards.get(n);
      if (!shard) {
        shard = fetchJson<Record<string, TermPostings>>(`/search-index/${n}.json`).then(
          (postings) => {
            for (const [term, list] of Object.entries(postings)) engine.postings.set(term, list);
          },
          (error: unknown) => {
            engine.shards.delete(n);
            throw error;
          },
        );
        engine.shards.set(n, shard);
      }
      return shard;
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
