import { indexProseTerms, indexTitleTerms } from './title-terms.ts';
import { collectWorkForms, workKey } from './work-stem.ts';

/**
 * The search index, written once at build time (`data/build/search-index.json`) and read by both
 * `soc:suggest` and the site. It is an inverted index over two kinds of text:
 * - titles: every distinct title (O*NET title, alternate, short and reported titles), matched title
 *   against title, since job titles are;
 * - work: each occupation's own words for its work (title, description, task statements, detailed
 *   work activities when the catalog has them), pruned to
 *   the terms that weigh most in it, for lay descriptions ("draw blood") and to break ties.
 * Terms are index terms (`title-terms.ts`); weights are small integers so the file stays compact.
 */

export type OccupationRecord = {
  code: string;
  title: string;
  description: string;
  /** Alternate titles, their short forms, sample reported titles and the titles employers post. */
  titles: string[];
  /** Of those, the titles in use: reported by O*NET's survey respondents (its Sample of Reported Titles) or posted by employers. */
  inUse?: string[];
  /** Of those, the titles employers post for this occupation more than for any other (`data/titles/posted-titles.csv`). */
  posted?: string[];
  tasks: string[];
  /** O*NET detailed work activities ("Draw blood samples from patients"), when the catalog has them. */
  activities?: string[];
  /** U.S. employment in thousands (BLS projections), when published. */
  employment?: number | null;
};

/**
 * One term's postings: how many titles and occupations have it (before pruning), then flat lists.
 * `titles`: per title, [title id − previous title id, occupation, weight] where weight is
 * 2 ** `TITLE_FLAG_BITS` × (round(10 × the title's summed term idf)) + `TITLE_FLAGS` of the occupation's title.
 * `work`: per occupation, [occupation − previous occupation, weight 1–100].
 */
export type TermPostings = [titleCount: number, workCount: number, titles: number[], work: number[]];

/** Bits of a title posting's weight: the title is a form of the occupation's O*NET title; it is in use there (`inUse`); employers post it for it (`posted`). */
export const TITLE_FLAGS = { official: 1, inUse: 2, posted: 4 } as const;
export const TITLE_FLAG_BITS = 3;

export type SearchData = {
  version: 1;
  occupations: [code: string, title: string][];
  /** Per occupation, how common it is: log10 of U.S. employment in thousands, in tenths (0: not published or under 1,000). */
  commonness: number[];
  /** Distinct titles indexed. */
  titleCount: number;
  /** Every term, commonest first: the corrector's vocabulary. */
  terms: string[];
  /** Job nouns: terms that end at least `JOB_NOUN_SHARE` of the titles that have them ("nurse", not "registered"). */
  heads: string[];
  postings: Record<string, TermPostings>;
};

/** Work terms kept per occupation, and the least number of occupations a work term must appear in. */
const WORK_TERMS = 160;
const WORK_MIN_COUNT = 2;
/** Field weights for an occupation's own words: its title says most, then the description, then each task. */
const FIELD_WEIGHTS = { title: 3, description: 1.5, task: 1, activity: 1 };
const BM25 = { k1: 1.2, b: 0.7 };
/** A term is a job noun when at least this share of the O*NET titles with it end with it. */
const JOB_NOUN_SHARE = 0.3;

/** O*NET titles name groups: "Cooks, Restaurant"; "…, Except Technical and Scientific Products" names what is not in it. */
export function cleanOccupationTitle(title: string): string {
  return title.replace(/,?\s*\bAll Other\b/i, '').replace(/,?\s*\bExcept\b.*$/i, '');
}

/** "Substitute Teachers, Short-Term" is also "Short-Term Substitute Teachers" and plain "Substitute Teachers". */
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

/** Every title key of an occupation, with whether it is a form of the O*NET title. */
export function titleKeysOf(record: OccupationRecord): { key: string; official: boolean; inUse: boolean; posted: boolean; endsWithHead: boolean }[] {
  const official = officialVariants(record.title);
  const inUse = new Set(record.inUse);
  const posted = new Set(record.posted);
  const all = [...official.map((t) => ({ t, official: true })), ...record.titles.map((t) => ({ t, official: false }))];
  return all.flatMap(({ t, official: o }) =>
    titleVariants(t).map((v) => ({ key: titleKey(v), official: o, inUse: inUse.has(t), posted: posted.has(t), endsWithHead: !v.includes(',') })).filter((x) => x.key),
  );
}

const increment = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** A title's terms, and per occupation that has it, its `TITLE_FLAGS`. */
type TitleDoc = { terms: string[]; occupations: Map<number, number> };

function collectTitles(records: readonly OccupationRecord[]) {
  const docs = new Map<string, TitleDoc>();
  const headed = new Set<string>();
  const officialCodes = new Map<string, Set<number>>();
  records.forEach((record, occ) => {
    for (const { key, official, inUse, posted, endsWithHead } of titleKeysOf(record)) {
      const doc = docs.get(key) ?? { terms: key.split(' '), occupations: new Map() };
      const flags = (official ? TITLE_FLAGS.official : 0) | (inUse ? TITLE_FLAGS.inUse : 0) | (posted ? TITLE_FLAGS.posted : 0);
      doc.occupations.set(occ, (doc.occupations.get(occ) ?? 0) | flags);
      docs.set(key, doc);
      if (endsWithHead) headed.add(key);
      if (official) officialCodes.set(key, (officialCodes.get(key) ?? new Set()).add(occ));
    }
  });
  // "Cooks" is a form of six O*NET titles: only a form that names one occupation is decisive.
  for (const [key, codes] of officialCodes) {
    if (codes.size > 1) for (const occ of codes) docs.get(key)!.occupations.set(occ, docs.get(key)!.occupations.get(occ)! & ~TITLE_FLAGS.official);
  }
  return { docs: [...docs.values()], headed };
}

function jobNouns(keys: Iterable<string>): string[] {
  const counts = new Map<string, [number, number]>();
  for (const key of keys) {
    const terms = key.split(' ');
    terms.forEach((term, i) => {
      const [head, all] = counts.get(term) ?? [0, 0];
      counts.set(term, [head + (i === terms.length - 1 ? 1 : 0), all + 1]);
    });
  }
  return [...counts].filter(([, [head, all]]) => head >= JOB_NOUN_SHARE * all).map(([term]) => term).sort();
}

/**
 * Each occupation's most telling work terms with BM25 weights (1–100), and how many occupations use
 * each term. Verb forms are folded (`work-stem.ts`) to the shortest word of their key among the work
 * text and the titles, the form the query side finds again from the vocabulary.
 */
function collectWork(records: readonly OccupationRecord[], titleTerms: Iterable<string>) {
  const fields = records.map((r) => [
    { terms: indexProseTerms(cleanOccupationTitle(r.title)), weight: FIELD_WEIGHTS.title },
    { terms: indexProseTerms(r.description), weight: FIELD_WEIGHTS.description },
    { terms: r.tasks.flatMap(indexProseTerms), weight: FIELD_WEIGHTS.task },
    { terms: (r.activities ?? []).flatMap(indexProseTerms), weight: FIELD_WEIGHTS.activity },
  ]);
  const forms = collectWorkForms(new Set([...titleTerms, ...fields.flatMap((f) => f.flatMap(({ terms }) => terms))]));
  const raw = fields.map((f) => {
    const tf = new Map<string, number>();
    for (const { terms, weight } of f) for (const term of terms) increment(tf, forms.get(workKey(term))!, weight);
    return tf;
  });
  const counts = new Map<string, number>();
  for (const tf of raw) for (const term of tf.keys()) increment(counts, term);
  const lengths = raw.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const work = raw.map((tf, occ) => {
    const norm = BM25.k1 * (1 - BM25.b + (BM25.b * lengths[occ]) / average);
    return [...tf]
      .filter(([term]) => (counts.get(term) ?? 0) >= WORK_MIN_COUNT)
      .map(([term, f]) => ({ term, weight: (f * (BM25.k1 + 1)) / (f + norm), idf: Math.log(1 + records.length / counts.get(term)!) }))
      .sort((a, b) => b.weight * b.idf - a.weight * a.idf || a.term.localeCompare(b.term))
      .slice(0, WORK_TERMS)
      .map(({ term, weight }) => ({ term, weight: Math.max(1, Math.round((100 * weight) / (BM25.k1 + 1))) }));
  });
  return { work, counts };
}

/** The whole index, deterministic for the same records. About a second for the whole of O*NET. */
export function buildSearchData(records: readonly OccupationRecord[]): SearchData {
  const { docs, headed } = collectTitles(records);
  const titleCounts = new Map<string, number>();
  for (const doc of docs) for (const term of doc.terms) increment(titleCounts, term);
  const idf = (term: string) => Math.log(1 + docs.length / titleCounts.get(term)!);
  const { work, counts: workCounts } = collectWork(records, titleCounts.keys());

  const titlePostings = new Map<string, number[]>();
  const lastTitle = new Map<string, number>();
  docs.forEach((doc, id) => {
    const weight = Math.round(10 * doc.terms.reduce((sum, t) => sum + idf(t), 0));
    for (const term of doc.terms) {
      const list = titlePostings.get(term) ?? [];
      for (const [occ, flags] of [...doc.occupations].sort((a, b) => a[0] - b[0])) {
        list.push(id - (lastTitle.get(term) ?? 0), occ, (weight << TITLE_FLAG_BITS) + flags);
        lastTitle.set(term, id);
      }
      titlePostings.set(term, list);
    }
  });
  const workPostings = new Map<string, number[]>();
  const lastOcc = new Map<string, number>();
  work.forEach((terms, occ) => {
    for (const { term, weight } of terms) {
      const list = workPostings.get(term) ?? [];
      list.push(occ - (lastOcc.get(term) ?? 0), weight);
      lastOcc.set(term, occ);
      workPostings.set(term, list);
    }
  });

  const terms = [...new Set([...titlePostings.keys(), ...workPostings.keys()])];
  const frequency = (t: string) => (titleCounts.get(t) ?? 0) + (workPostings.has(t) ? (workCounts.get(t) ?? 0) : 0);
  terms.sort((a, b) => frequency(b) - frequency(a) || a.localeCompare(b));
  const postings: Record<string, TermPostings> = {};
  for (const term of terms) postings[term] = [titleCounts.get(term) ?? 0, workCounts.get(term) ?? 0, titlePostings.get(term) ?? [], workPostings.get(term) ?? []];
  return {
    version: 1,
    occupations: records.map((r) => [r.code, r.title]),
    commonness: records.map((r) => (r.employment && r.employment > 1 ? Math.round(10 * Math.log10(r.employment)) : 0)),
    titleCount: docs.length,
    terms,
    heads: jobNouns(headed),
    postings,
  };
}
