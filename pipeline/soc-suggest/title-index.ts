import MiniSearch from 'minisearch';
import type { OccupationRecord } from './occupation-records.ts';
import { indexTitleTerms, type TitleVocabulary } from './title-terms.ts';

/**
 * The ranker's title index: one document per distinct title (O*NET title, alternate, short and
 * reported titles), since job titles are matched title against title; a title several occupations
 * share counts for each. Besides the BM25 index, what the titles teach about their words: which
 * name jobs ("nurse") and which qualify them ("registered"), and which stand for a stem.
 */

export type TitleIndex = {
  titles: MiniSearch;
  /** Occupation codes of each title document, by document id. */
  titleCodes: string[][];
  /** Sum of the inverse document frequencies of each title document's terms, by document id. */
  titleWeights: Float64Array;
  /** Title document id by its terms, for exact matches. */
  titleByTerms: Map<string, number>;
  /** The occupation named by each form of its O*NET title, for forms that name only one. */
  officialTitles: Map<string, string>;
  /** Inverse document frequency of each title term. */
  titleIdf: Map<string, number>;
  vocabulary: Set<string>;
  /** How the titles use each term (as the job noun or not), for reading a query. */
  words: TitleVocabulary;
  /** A title term by its crude stem, for a query word the titles do not have ("mowing" → "mower"). */
  stems: Map<string, string>;
};

/** O*NET titles name groups: "Cooks, Restaurant"; "…, Except Technical and Scientific Products" names what is not in it. */
export function cleanOccupationTitle(title: string): string {
  return title.replace(/,?\s*\bAll Other\b/i, '').replace(/,?\s*\bExcept\b.*$/i, '');
}

/**
 * The ways an O*NET title is written in a posting: "Substitute Teachers, Short-Term" is also
 * "Short-Term Substitute Teachers" and plain "Substitute Teachers".
 */
function officialVariants(title: string): string[] {
  const clean = cleanOccupationTitle(title);
  const comma = clean.indexOf(', ');
  if (comma < 0) return [clean];
  const [head, qualifier] = [clean.slice(0, comma), clean.slice(comma + 2)];
  return [clean, `${qualifier} ${head}`, head];
}

/** "Emergency Room Nurse (ER Nurse)" is two titles; kept whole, its words would count twice. */
function titleVariants(title: string): string[] {
  const bracketed = [...title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  return [title.replace(/\([^)]*\)/g, ' '), ...bracketed];
}

/** A title's distinct terms in order: the key that finds it again, word for word. */
export const titleKey = (title: string) => [...new Set(indexTitleTerms(title))].join(' ');

export const splitTerms = (text: string) => (text ? text.split(' ') : []);
export const keep = (term: string) => term;

/** Strips derivational endings, to match a word the titles lack with one they have; never used to index. */
export const crudeStem = (word: string) => word.replace(/(?:ings?|ers?|ors?|ed|ments?|ations?|ions?|ists?|ians?|ics?|ive|al)$/, '');

/** Share of the titles with each term that end with it (keys are titles' terms in order). */
function titleHeadness(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, { head: number; all: number }>();
  for (const key of keys) {
    const terms = splitTerms(key);
    terms.forEach((term, i) => {
      const count = counts.get(term) ?? { head: 0, all: 0 };
      counts.set(term, { head: count.head + (i === terms.length - 1 ? 1 : 0), all: count.all + 1 });
    });
  }
  return new Map([...counts].map(([term, { head, all }]) => [term, head / all]));
}

export function buildTitleIndex(records: readonly OccupationRecord[]): TitleIndex {
  const titleByTerms = new Map<string, number>();
  const titleCodes: string[][] = [];
  const official = new Map<string, Set<string>>();
  // "Cooks, Restaurant" does not end with its job noun, so titles with a comma do not teach which words are job nouns.
  const endWithHead = new Set<string>();
  for (const record of records) {
    const variants = officialVariants(record.title);
    for (const key of variants.map(titleKey)) official.set(key, (official.get(key) ?? new Set()).add(record.code));
    for (const title of [...variants, ...record.titles].flatMap(titleVariants)) {
      const key = titleKey(title);
      if (!key) continue;
      if (!title.includes(',')) endWithHead.add(key);
      let id = titleByTerms.get(key);
      if (id === undefined) titleByTerms.set(key, (id = titleCodes.push([]) - 1));
      if (!titleCodes[id].includes(record.code)) titleCodes[id].push(record.code);
    }
  }
  const titles = new MiniSearch({ fields: ['text'], tokenize: splitTerms, processTerm: keep });
  titles.addAll([...titleByTerms].map(([text, id]) => ({ id, text })));
  const frequency = new Map<string, number>();
  for (const term of [...titleByTerms.keys()].flatMap(splitTerms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const titleIdf = new Map([...frequency].map(([term, df]) => [term, Math.log(1 + titleCodes.length / df)]));
  const titleWeights = new Float64Array(titleCodes.length);
  for (const [key, id] of titleByTerms) titleWeights[id] = splitTerms(key).reduce((sum, t) => sum + titleIdf.get(t)!, 0);
  // "Cooks" names six occupations: only a form that names one is decisive.
  const officialTitles = new Map([...official].flatMap(([key, codes]) => (codes.size === 1 ? [[key, [...codes][0]] as const] : [])));
  const vocabulary = new Set(frequency.keys());
  const headness = titleHeadness(endWithHead);
  const words: TitleVocabulary = { has: (term) => vocabulary.has(term), headness: (term) => headness.get(term) ?? 0 };
  // The commonest title term with a stem stands for it.
  const stems = new Map<string, string>();
  for (const [term] of [...frequency].sort((a, b) => a[1] - b[1])) if (crudeStem(term).length >= 3) stems.set(crudeStem(term), term);
  return { titles, titleCodes, titleWeights, titleByTerms, officialTitles, titleIdf, vocabulary, words, stems };
}
