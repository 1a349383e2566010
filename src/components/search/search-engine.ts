/**
 * The site's search over the Pagefind index that `pagefind --site dist` writes to /pagefind/.
 * Pages describe themselves to the index with the convention in ./README.md; this module loads
 * Pagefind, sets its ranking and decides which kind of page leads: occupations for a job title,
 * roles for a company name or "jobs", programs for "program", "degree" and the like.
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
    // Prefix matches far longer than the query count for little, so "nurse" does not rank "Nursery Worker" pages.
    termSimilarity: 6,
    metaWeights: {
      // The heading, as Pagefind's default. The other metadata repeats page text or labels the result.
      title: 5,
      summary: 0,
      kind: 0,
    },
  },
};

/** Scores of pages not of the leading kind are multiplied by this: they follow the best matches of it. */
const otherKindsWeight = 0.45;

/** Words that ask for a kind of page rather than describe it; they pick the leading kind and are not searched for. */
const kindWords: [kind: string, words: RegExp][] = [
  ['Program', /\b(?:programs?|degrees?|certificates?|courses?)\b/gi],
  ['Role', /\b(?:jobs?|openings?|hiring)\b/gi],
];

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

/** The companies a query names: "baycare jobs" names BayCare, "TECO" names "TECO (Tampa Electric)", "design" names no one. */
function namedCompanies(query: string, companies: string[]): string[] {
  const q = normalize(query);
  return companies.filter((name) => [name, name.replace(/\s*\(.*\)\s*$/, '')].some((form) => normalize(form).trim() && q.includes(normalize(form))));
}

function toPagefind(filters: Filters): Record<string, FilterValue> {
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, values.length === 1 ? values[0] : { any: values }]));
}

/**
 * Ranked results for a query (empty: filters alone). Pagefind ranks on text; then common occupations
 * rise (./employment.ts), pages not of the leading kind sink, and roles at a named company come
 * first. Each adjustment is a filtered search over chunks already loaded, so no result data is fetched.
 */
export async function searchCatalog(query: string, filters: Filters, companies: string[]): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind();
  const [intent, words] = kindWords.find(([, pattern]) => query.search(pattern) >= 0) ?? [];
  const term = (words ? query.replace(words, ' ') : query).replace(/\s+/g, ' ').trim() || null;
  const chosen = intent && !term && !filters.kind ? { ...filters, kind: [intent] } : filters;
  const base = toPagefind(chosen);
  const { results } = await pagefind.search(term, { filters: base });
  if (!term) return results;

  const named = namedCompanies(query, companies);
  const lead = intent ?? (named.length ? 'Role' : 'Occupation');
  const ids = async (extra: Record<string, FilterValue>) => new Set((await pagefind.search(term, { filters: { ...base, ...extra } })).results.map((r) => r.id));
  const bands = Object.entries(employmentBoost);
  const [leading, atCompany, ...banded] = await Promise.all([
    ids({ kind: lead }),
    named.length ? ids({ company: { any: named } }) : new Set<string>(),
    ...bands.map(([band]) => ids({ employment: band })),
  ]);
  const score = (r: PagefindResult) => {
    const band = banded.findIndex((set) => set.has(r.id));
    return r.score * (leading.has(r.id) ? 1 : otherKindsWeight) * (band < 0 ? 1 : bands[band][1]);
  };
  const scores = new Map(results.map((r) => [r.id, score(r)]));
  const first = (r: PagefindResult) => Number(atCompany.has(r.id));
  return [...results].sort((a, b) => first(b) - first(a) || scores.get(b.id)! - scores.get(a.id)!);
}
