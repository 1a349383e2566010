import { createCorrector, type Corrector } from './corrector.ts';
import type { SearchData, TermPostings } from './search-data.ts';
import type { TitleVocabulary } from './title-terms.ts';
import { collectWorkForms, workKey } from './work-stem.ts';

/**
 * The index as the ranker reads it, from the whole data file (Node) or from its vocabulary plus the
 * postings loaded so far (the browser, which loads a term's shard before ranking with it).
 */

export type SearchIndex = {
  occupations: SearchData['occupations'];
  commonness: number[];
  titleCount: number;
  words: TitleVocabulary;
  /** A known term by its crude stem, for a query word the index lacks ("mowing" → "mower"). */
  stems: Map<string, string>;
  corrector: Corrector;
  /** The form a term's work postings are under: its verb forms folded ("repairing" → "repair", `work-stem.ts`). */
  workForm(term: string): string;
  /** The job nouns, commonest first. */
  jobNouns: string[];
  /** A term's postings; undefined when the term is unknown (or, in the browser, not loaded yet). */
  postings(term: string): TermPostings | undefined;
};

export type SearchVocabulary = Pick<SearchData, 'occupations' | 'commonness' | 'titleCount' | 'terms' | 'heads'>;

/** Strips derivational endings, to match a word the index lacks with one it has; never used to index. */
export const crudeStem = (word: string) => word.replace(/(?:ings?|ers?|ors?|ed|ments?|ations?|ions?|ists?|ians?|ics?|ive|al)$/, '');

export function openSearchIndex(vocabulary: SearchVocabulary, postings: (term: string) => TermPostings | undefined): SearchIndex {
  const known = new Set(vocabulary.terms);
  const heads = new Set(vocabulary.heads);
  const ranks = new Map(vocabulary.terms.map((term, i) => [term, i]));
  const rank = (term: string) => ranks.get(term) ?? Infinity;
  const words: TitleVocabulary = { has: (term) => known.has(term), isJobNoun: (term) => heads.has(term) };
  // The commonest job noun with a stem stands for it, else the commonest term (the vocabulary is commonest first).
  const stems = new Map<string, string>();
  for (const term of [...vocabulary.heads.filter((t) => known.has(t)).sort((a, b) => rank(a) - rank(b)), ...vocabulary.terms]) {
    const stem = crudeStem(term);
    if (stem.length >= 3 && !stems.has(stem)) stems.set(stem, term);
  }
  const forms = collectWorkForms(vocabulary.terms);
  return {
    occupations: vocabulary.occupations,
    commonness: vocabulary.commonness,
    titleCount: vocabulary.titleCount,
    words,
    stems,
    corrector: createCorrector(vocabulary.terms),
    workForm: (term) => forms.get(workKey(term)) ?? term,
    jobNouns: vocabulary.terms.filter((term) => heads.has(term)),
    postings,
  };
}

/** The index over a whole data file: what `soc:suggest`, the pipeline and the tests use. */
export function openSearchData(data: SearchData): SearchIndex {
  return openSearchIndex(data, (term) => (Object.hasOwn(data.postings, term) ? data.postings[term] : undefined));
}
