/**
 * The site's search over the Pagefind index that `pagefind --site dist` writes to /pagefind/.
 * Pages describe themselves to the index with the convention in ./README.md; this module loads
 * Pagefind, sets its ranking and puts occupations ahead of job ads and courses.
 */
import { employmentBoost } from './employment.ts';

/** One result before its data is loaded: Pagefind ranks on the index alone, data costs a request. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface ResultData {
  url: string;
  meta: { title?: string; kind?: string; code?: string; summary?: string };
}

type FilterValue = string | { any: string[] };

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, FilterValue> }): Promise<{ results: PagefindResult[] }>;
}

/** Filter name → the values a visitor picked; a page matches any of them. */
export type Filters = Record<string, string[]>;

/** A variable, so Vite leaves the import alone: the bundle only exists after `pagefind` runs. */
const bundleUrl = '/pagefind/pagefind.js';

const options = {
  // The index is small and a search takes a few milliseconds; the worker would cost a 43 KB script on the first query.
  noWorker: true,
  ranking: {
    metaWeights: {
      // The heading, as Pagefind's default. The other metadata repeats page text or labels the result.
      title: 5,
      summary: 0,
      kind: 0,
    },
  },
};

/**
 * Role and program scores are multiplied by this unless the query names a company: someone typing a
 * job title wants the occupation first, and the job ads and courses for it after.
 */
const otherKindsWeight = 0.3;

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; call it early (on focus) so the first query does not wait for the WebAssembly. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    await pagefind.options(options);
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

const normalize = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** "baycare jobs" names BayCare; "TECO" names "TECO (Tampa Electric)"; "design" does not name Power Design. */
export function namesCompany(query: string, companies: string[]): boolean {
  const q = normalize(query);
  return companies.some((name) => [name, name.replace(/\s*\(.*\)\s*$/, '')].some((form) => normalize(form).trim() && q.includes(normalize(form))));
}

function toPagefind(filters: Filters): Record<string, FilterValue> {
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, values.length === 1 ? values[0] : { any: values }]));
}

/**
 * Ranked results for a query (empty: filters alone). Pagefind ranks on text; two adjustments follow,
 * both from filter-only searches on the chunks already loaded, so no result data is fetched: common
 * occupations rise (./employment.ts), and roles and programs sink unless the query names a company.
 */
export async function searchCatalog(query: string, filters: Filters, companies: string[]): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind();
  const term = query.trim() || null;
  const base = toPagefind(filters);
  const { results } = await pagefind.search(term, { filters: base });
  const kinds = filters.kind ?? [];
  if (!term || (kinds.length > 0 && !kinds.includes('Occupation'))) return results;

  const ids = async (extra: Record<string, string>) => new Set((await pagefind.search(term, { filters: { ...base, ...extra } })).results.map((r) => r.id));
  const bands = Object.entries(employmentBoost);
  const [occupations, ...banded] = await Promise.all([ids({ kind: 'Occupation' }), ...bands.map(([band]) => ids({ employment: band }))]);
  const otherKinds = namesCompany(term, companies) ? 1 : otherKindsWeight;
  const score = (r: PagefindResult) => {
    if (!occupations.has(r.id)) return r.score * otherKinds;
    const band = banded.findIndex((set) => set.has(r.id));
    return band < 0 ? r.score : r.score * bands[band][1];
  };
  const scores = new Map(results.map((r) => [r.id, score(r)]));
  return [...results].sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
}
