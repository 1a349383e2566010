import MiniSearch, { type SearchOptions } from 'minisearch';
import type { CatalogDb } from '../db/catalog-db.ts';
import { readOccupationRecords, type OccupationRecord } from './occupation-records.ts';
import { buildTitleIndex, cleanOccupationTitle, crudeStem, keep, splitTerms, titleKey, type TitleIndex } from './title-index.ts';
import { analyzeTitleQuery, indexProseTerms, indexTitleTerms, stemWord, type WeightedTerm } from './title-terms.ts';

/**
 * The local SOC ranker: BM25 (MiniSearch) over two indexes built once from the catalog.
 * - titles (`title-index.ts`): one document per distinct title, since job titles are matched title against title;
 * - occupations: one document per occupation (title, description, task statements), for a role's
 *   description and to tell apart occupations whose titles match equally well.
 */

export type SocQuery = { title: string; description?: string };
export type RankedOccupation = { code: string; title: string; score: number };

export type SocIndex = TitleIndex & {
  occupations: MiniSearch;
  names: Map<string, string>;
};

/** A title that is exactly one of O*NET's (ignoring qualifiers like "Senior") beats near matches. */
const EXACT_BONUS = 0.5;
/** Many matching titles are evidence too ("Staff Nurse", "Charge Nurse" … all Registered Nurses). */
const BREADTH_WEIGHT = 0.05;
const BREADTH_CAP = 0.5;
/** The occupation text breaks ties between titles; a role's description weighs more. */
const CONTEXT_WEIGHT = 0.25;
const DESCRIPTION_WEIGHT = 0.5;
const POOL = 60;
/** A word matched through its stem is weaker evidence than the word itself. */
const STEMMED_WEIGHT = 0.8;
/**
 * A title that does not name a specialty belongs to the main occupation: O*NET's specialties
 * (`.01`–`.99`, "Wind Energy Development Managers") and residual "All Other" groups list generic
 * titles too ("Business Development Manager"), but only for the workers in that niche.
 */
const SPECIALTY_PRIOR = 0.92;
const isSpecialty = (code: string, title: string) => !code.endsWith('.00') || /\bAll Other\b/i.test(title);

function buildOccupationIndex(records: readonly OccupationRecord[]): MiniSearch {
  const occupations = new MiniSearch({
    fields: ['title', 'description', 'tasks'],
    tokenize: (text, field) => (field === 'title' ? indexTitleTerms(text) : indexProseTerms(text)),
    processTerm: keep,
  });
  occupations.addAll(records.map((r) => ({ id: r.code, title: cleanOccupationTitle(r.title), description: r.description, tasks: r.tasks.join('\n') })));
  return occupations;
}

/** Builds both indexes; about a second for the whole of O*NET. */
export function createSocIndex(records: readonly OccupationRecord[]): SocIndex {
  return {
    ...buildTitleIndex(records),
    occupations: buildOccupationIndex(records),
    names: new Map(records.map((r) => [r.code, r.title])),
  };
}

/** The index of every occupation in a catalog (the pipeline's open database or the built file). */
export function loadSocIndex(db: CatalogDb): SocIndex {
  return createSocIndex(readOccupationRecords(db));
}

/** Weighted terms as a MiniSearch query: the terms are already analysed, so nothing is re-tokenised. */
function search(index: MiniSearch, terms: WeightedTerm[], options: SearchOptions = {}) {
  if (!terms.length) return [];
  const weights = new Map(terms.map((t) => [t.term, t.weight]));
  return index.search([...weights.keys()].join(' '), {
    tokenize: splitTerms,
    processTerm: keep,
    boostTerm: (term) => weights.get(term) ?? 1,
    ...options,
  });
}

/**
 * A query word the titles lack, put in their words: "Stockbroker" is "Stock Broker" to O*NET (two
 * words it has), "mowing" is near "mower" (the same stem).
 */
function knownTerms(terms: WeightedTerm[], index: SocIndex): WeightedTerm[] {
  return terms.flatMap((t) => {
    if (index.vocabulary.has(t.term)) return [t];
    for (let at = t.term.length - 3; at >= 3; at--) {
      const [left, right] = [t.term.slice(0, at), stemWord(t.term.slice(at))];
      if (index.vocabulary.has(left) && index.vocabulary.has(right)) return [{ term: left, weight: t.weight * 0.75 }, { term: right, weight: t.weight }];
    }
    const stemmed = index.stems.get(crudeStem(t.term));
    return [stemmed ? { term: stemmed, weight: t.weight * STEMMED_WEIGHT } : t];
  });
}

/** Best title match per occupation, plus a little for every further matching title and for an exact match. */
function scoreTitles(index: SocIndex, query: string, terms: WeightedTerm[]): Map<string, number> {
  // A typo ("recptionist") finds its word, but only a word the titles do not have is loosened.
  const fuzzy = (term: string) => (term.length >= 5 && !index.vocabulary.has(term) ? 0.2 : false);
  const best = new Map<string, number>();
  const rest = new Map<string, number>();
  for (const hit of search(index.titles, terms, { fuzzy })) {
    // A title with words the query lacks names a narrower job: "Executive Administrative Assistant" is
    // a weaker match for "administrative assistant" than its length alone says.
    let matched = 0;
    for (const t of hit.terms) matched += index.titleIdf.get(t) ?? 0;
    const all = index.titleWeights[hit.id as number];
    const score = hit.score * (all > 0 ? matched / all : 1);
    for (const code of index.titleCodes[hit.id as number]) {
      best.set(code, Math.max(best.get(code) ?? 0, score));
      rest.set(code, (rest.get(code) ?? 0) + score);
    }
  }
  // A title O*NET lists under one occupation is decisive; one listed under four tells less about each.
  const exactBonus = new Map<string, number>();
  for (const key of new Set([titleKey(query), terms.filter((t) => t.weight >= 1).map((t) => t.term).join(' ')])) {
    const id = index.titleByTerms.get(key);
    if (id !== undefined) for (const code of index.titleCodes[id]) exactBonus.set(code, Math.max(exactBonus.get(code) ?? 0, EXACT_BONUS / index.titleCodes[id].length));
    const named = index.officialTitles.get(key);
    if (named) exactBonus.set(named, EXACT_BONUS);
  }
  const scores = new Map<string, number>();
  for (const [code, score] of best) {
    const breadth = Math.min(BREADTH_CAP, (BREADTH_WEIGHT * ((rest.get(code) ?? 0) - score)) / score);
    scores.set(code, score * (1 + breadth + (exactBonus.get(code) ?? 0)));
  }
  return scores;
}

/** Whether a title is, word for word, one of O*NET's titles. */
export function isOnetTitle(index: SocIndex, title: string): boolean {
  return index.titleByTerms.has(titleKey(title));
}

function normalise(scores: Map<string, number>): Map<string, number> {
  const max = Math.max(0, ...scores.values());
  return max > 0 ? new Map([...scores].map(([code, s]) => [code, s / max])) : new Map();
}

/** The `n` occupations that best fit a job title (and description), best first; deterministic. */
export function rankOccupations(index: SocIndex, query: SocQuery | string, n = 5): RankedOccupation[] {
  const { title, description } = typeof query === 'string' ? { title: query, description: undefined } : query;
  const terms = knownTerms(analyzeTitleQuery(title, index.words), index);
  const titleScores = normalise(scoreTitles(index, title, terms));
  const context = normalise(new Map(search(index.occupations, terms, { boost: { title: 3, description: 1.5 } }).slice(0, POOL).map((r) => [r.id as string, r.score])));
  const proseTerms = description ? indexProseTerms(description).map((term) => ({ term, weight: 1 })) : [];
  const described = normalise(new Map(search(index.occupations, proseTerms).slice(0, POOL).map((r) => [r.id as string, r.score])));

  const codes = new Set([...titleScores.keys(), ...context.keys(), ...described.keys()]);
  const ranked = [...codes].map((code) => {
    const name = index.names.get(code) ?? code;
    const evidence = (titleScores.get(code) ?? 0) + CONTEXT_WEIGHT * (context.get(code) ?? 0) + DESCRIPTION_WEIGHT * (described.get(code) ?? 0);
    const score = evidence * (isSpecialty(code, name) ? SPECIALTY_PRIOR : 1);
    return { code, title: name, score: Math.round(score * 1000) / 1000 };
  });
  return ranked.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, n);
}
