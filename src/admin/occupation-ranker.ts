import { rankOccupations, type RankedOccupation } from '../../core/search/rank.ts';
import { planTerms, understandQuery } from '../../core/search/understand-query.ts';
import { loadSearch, loadShards } from '../components/search/search-engine.ts';

/**
 * The occupation picker's ranker: the one search ranker of `core/search/` (the site's search and
 * `soc:suggest` use it too) over the index the build writes to /search-index/. `core.json` loads once
 * per admin session, through the site search's own loader; each query then loads the postings files
 * that hold its terms. A role's title and description rank exactly as `soc:suggest` ranks them.
 */

export type { RankedOccupation };
export type OccupationQuery = { title: string; description?: string };
export type OccupationRanker = {
  rank: (query: OccupationQuery | string, n?: number) => Promise<RankedOccupation[]>;
  /** O*NET's title of an occupation (core.json's list); undefined for a code that is none. */
  titleOf: (code: string) => string | undefined;
};

let loading: Promise<OccupationRanker> | undefined;

export function loadRanker(): Promise<OccupationRanker> {
  loading ??= loadSearch().then(
    (engine) => {
      const titles = new Map(engine.core.occupations);
      return {
        titleOf: (code) => titles.get(code),
        async rank(query, n = 5) {
          const { title, description } = typeof query === 'string' ? { title: query, description: undefined } : query;
          if (!/[a-z0-9]/i.test(title)) return [];
          await loadShards(engine, planTerms(understandQuery(engine.index, title, description)));
          return rankOccupations(engine.index, { title, description }, n);
        },
      };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
