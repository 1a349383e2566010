import { ABBREVIATIONS, QUALIFIERS, STOP_WORDS } from './abbreviations.ts';

/**
 * Turns titles and prose into index terms. Titles and queries go through the same steps, so whatever
 * O*NET writes and whatever an editor types meet on the same words: lowercase, abbreviations written
 * out, plurals folded to the singular.
 */

export type WeightedTerm = { term: string; weight: number };

/** How much the word that names the job ("nurse" in "night shift nurse") counts against its modifiers. */
const HEAD_WEIGHT = 1.5;
/** Seniority, grade and schedule words: present, but never the deciding word. */
const QUALIFIER_WEIGHT = 0.2;
/** Words in brackets usually repeat the title ("Medical Assistant (MA)") or add context ("(software)"). */
const BRACKETED_WEIGHT = 0.5;

/**
 * Folds plurals to the singular (a light "S-stemmer"): job titles say "Nurse", O*NET says "Nurses".
 * Deeper stemming would merge words that name different jobs ("nursing assistant" and "nurse").
 */
export function stemWord(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith('people')) return `${word.slice(0, -6)}person`;
  if (word.endsWith('men') && word.length > 4) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lowercase words; possessives dropped, "9-1-1" joined, "A&P" kept whole when it is a known abbreviation. */
function splitWords(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/\b9-1-1\b/g, '911');
  return cleaned
    .split(/[^a-z0-9&]+/)
    .flatMap((word) => (word.includes('&') && !ABBREVIATIONS.has(word) ? word.split('&') : [word]))
    .filter(Boolean);
}

/** A word written out (abbreviations) and folded (plurals); stop words give nothing. */
function expandWord(word: string): string[] {
  const expansion = ABBREVIATIONS.get(word);
  const words = expansion ? expansion.split(' ') : [word];
  return words.filter((w) => !STOP_WORDS.has(w)).map(stemWord);
}

/** Terms of a title as indexed: every word counts the same, qualifiers included ("Night Auditor"). */
export function indexTitleTerms(title: string): string[] {
  return splitWords(title).flatMap(expandWord);
}

/** Terms of a description or task statement: no abbreviation map (there "it" is a pronoun, not IT). */
export function indexProseTerms(text: string): string[] {
  return splitWords(text)
    .filter((w) => !STOP_WORDS.has(w) && w !== 'it')
    .map(stemWord);
}

/**
 * The main phrase of a posted title and its bracketed or trailing parts: "Supervisor, Residential
 * Sales" is a supervisor, "Director of Nursing" a director, "Cashier - Part Time" a cashier.
 */
function splitTitle(title: string): { main: string; rest: string } {
  const bracketed = [...title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(' ');
  const plain = title.replace(/\([^)]*\)/g, ' ');
  const cut = plain.search(/,|\s[-–—|/]\s|\bof\b|\bat\b/i);
  if (cut <= 0) return { main: plain, rest: bracketed };
  return { main: plain.slice(0, cut), rest: `${plain.slice(cut)} ${bracketed}` };
}

/**
 * A job title as a weighted query: the last word of its main phrase is the head noun that names the
 * job ("Firefighter/EMT" has two), qualifiers weigh little, words in brackets or after a comma less
 * than the main phrase. An abbreviation's words share its weight, so "EMT" counts as one word, not three.
 */
export function analyzeTitleQuery(title: string): WeightedTerm[] {
  const { main, rest } = splitTitle(title);
  const weights = new Map<string, number>();
  const add = (word: string, weight: number, headWeight = weight) => {
    const terms = expandWord(word);
    const share = 1 / Math.sqrt(terms.length || 1);
    terms.forEach((term, i) => {
      const w = (i === terms.length - 1 ? headWeight : weight) * share;
      weights.set(term, Math.max(weights.get(term) ?? 0, w));
    });
  };
  for (const alternative of main.split('/')) {
    const words = splitWords(alternative).filter((w) => !STOP_WORDS.has(w));
    const head = words.findLastIndex((w) => !QUALIFIERS.has(w));
    words.forEach((word, i) => (QUALIFIERS.has(word) ? add(word, QUALIFIER_WEIGHT) : add(word, 1, i === head ? HEAD_WEIGHT : 1)));
  }
  for (const word of splitWords(rest)) add(word, QUALIFIERS.has(word) ? QUALIFIER_WEIGHT : BRACKETED_WEIGHT);
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
