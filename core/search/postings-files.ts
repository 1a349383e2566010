import { TITLE_FLAG_BITS, type SearchData, type TermPostings } from './search-data.ts';
import type { SiteSearchCore } from './site-search.ts';

/**
 * How the browser gets a term's postings, so that a query costs few bytes on the wire. Each term's
 * postings travel as one compact string (`encodePostings`), in one of three places:
 * - core.json, for the few terms whose postings are so long ("operator", "technician") that a query
 *   fetching them and a second common word would pass the 20 KB a later query may cost;
 * - a file of its own, for the `ownFiles` commonest terms (the vocabulary is commonest first, and
 *   common terms have the long postings), so a rare word never pays for a common one beside it;
 * - one of `shards` files by the term's hash, for every other term.
 * The build (`src/lib/search-index.ts`) and the browser (`search-engine.ts`) both place terms here.
 */

export type PostingsLayout = { shards: number; ownFiles: number };

/**
 * Every file is a request, and on a busy machine each costs a query more time than its bytes, so files
 * are as few as keep every query under 20 KB. With 256 shards, a description that brings a dozen rarer
 * terms (each in its own shard of ~45 terms, 2–4 KB) passed it; with 512 and 300 own files, once the
 * posted titles (`data/titles/`) lengthened the common terms' postings, a long job-ad title did (21 KB).
 * 1,024 shards and the 600 commonest terms in files of their own keep the largest under about 17 KB.
 */
export const postingsLayout: PostingsLayout = { shards: 1024, ownFiles: 600 };
/** Encoded postings longer than this ride in core.json (about 8 KB gzipped and more). */
const CORE_LENGTH = 15_000;

/** Which of `count` shards holds a term's postings (FNV-1a), the same at build time and in the browser. */
export function shardOf(term: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** The file (under /search-index/, without `.json`) that holds a term, given its place in the vocabulary. */
export const postingsFileOf = (layout: PostingsLayout, term: string, rank: number): string =>
  rank < layout.ownFiles ? `t${rank}` : String(shardOf(term, layout.shards));

/**
 * Numbers as base-64 digits, five bits each, low bits first; a digit with 32 added says more follow
 * (like the VLQ of source maps). Column by column, so gzip sees alike numbers together.
 */
const FLAG_MASK = (1 << TITLE_FLAG_BITS) - 1;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...DIGITS].map((c, i) => [c, i]));
const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const unzigzag = (n: number) => (n >>> 1) ^ -(n & 1);

function writeNumber(out: string[], n: number, term: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`postings of "${term}": got ${n}, expected a whole number from 0 to 4294967295`);
  do {
    const low = n & 31;
    n >>>= 5;
    out.push(DIGITS[n ? low | 32 : low]);
  } while (n);
}

/**
 * One term's postings as a string: counts and lengths, then the title columns (id gaps, occupation
 * changes, weights) and the work columns (occupation gaps, weights). A further row of a title already
 * listed (gap 0, another occupation) carries only its `TITLE_FLAGS`: the title's weight is known.
 */
export function encodePostings(term: string, [titleCount, workCount, titles, work]: TermPostings): string {
  const columns: number[][] = [[titleCount, workCount, titles.length / 3, work.length / 2], [], [], [], [], []];
  let occ = 0;
  for (let i = 0; i < titles.length; i += 3) {
    const [gap, next, weight] = [titles[i], titles[i + 1], titles[i + 2]];
    const again = i > 0 && gap === 0;
    if (again && weight >> TITLE_FLAG_BITS !== titles[i - 1] >> TITLE_FLAG_BITS) {
      throw new Error(`postings of "${term}", title row ${i / 3}: weight ${weight} differs from ${titles[i - 1]}, expected the same title's weight`);
    }
    columns[1].push(gap);
    columns[2].push(zigzag(next - occ));
    columns[3].push(again ? weight & FLAG_MASK : weight);
    occ = next;
  }
  for (let i = 0; i < work.length; i += 2) columns[4].push(work[i]), columns[5].push(work[i + 1]);
  const out: string[] = [];
  for (const column of columns) for (const n of column) writeNumber(out, n, term);
  return out.join('');
}

/** The postings `encodePostings` wrote, number for number. */
export function decodePostings(term: string, text: string): TermPostings {
  let at = 0;
  const read = () => {
    let n = 0;
    for (let shift = 0; ; shift += 5) {
      const digit = VALUES.get(text[at++]);
      if (digit === undefined) throw new Error(`postings of "${term}", character ${at - 1}: got "${text[at - 1] ?? 'the end'}", expected a base-64 digit`);
      n += (digit & 31) * 2 ** shift;
      if (digit < 32) return n;
    }
  };
  const [titleCount, workCount, rows, pairs] = [read(), read(), read(), read()];
  const titles = new Array<number>(rows * 3);
  for (let r = 0; r < rows; r++) titles[3 * r] = read();
  let occ = 0;
  for (let r = 0; r < rows; r++) titles[3 * r + 1] = occ += unzigzag(read());
  for (let r = 0; r < rows; r++) {
    const weight = read();
    titles[3 * r + 2] = r > 0 && titles[3 * r] === 0 ? (titles[3 * r - 1] & ~FLAG_MASK) | weight : weight;
  }
  const work = new Array<number>(pairs * 2);
  for (let p = 0; p < pairs; p++) work[2 * p] = read();
  for (let p = 0; p < pairs; p++) work[2 * p + 1] = read();
  if (at !== text.length) throw new Error(`postings of "${term}": ${text.length - at} characters left over, expected ${rows} title rows and ${pairs} work pairs only`);
  return [titleCount, workCount, titles, work];
}

export type PostingsFiles = { core: Record<string, string>; files: Map<string, Record<string, string>> };

/** Every term's encoded postings, placed: the longest in core, the others in the file `postingsFileOf` names. */
export function splitPostings(data: Pick<SearchData, 'terms' | 'postings'>, layout = postingsLayout): PostingsFiles {
  const core: Record<string, string> = {};
  const files = new Map<string, Record<string, string>>();
  data.terms.forEach((term, rank) => {
    const encoded = encodePostings(term, data.postings[term]);
    if (encoded.length > CORE_LENGTH) {
      core[term] = encoded;
      return;
    }
    const name = postingsFileOf(layout, term, rank);
    const file = files.get(name) ?? {};
    file[term] = encoded;
    files.set(name, file);
  });
  return { core, files };
}

/** core.json: the site's search core, where the postings are (`shards` and `ownFiles`), and the longest postings themselves. */
export type SearchCoreFile = SiteSearchCore & { ownFiles: number; postings: Record<string, string> };
