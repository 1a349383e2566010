import { HEAD_FORMS, PUNCTUATED, QUALIFIERS, SCHOOL_WORDS, STOP_WORDS } from './abbreviations.ts';
import { ABBREVIATIONS } from './acronyms.ts';
import { phrasePattern } from './phrase-pattern.ts';

/**
 * Turns titles and prose into index terms. Titles and queries go through the same steps, so whatever
 * O*NET writes and whatever an editor types meet on the same words: lowercase, job-ad vocabulary
 * written out (`abbreviations.ts`), plurals folded to the singular. A query is weighted besides: the
 * word that names the job counts most, context and seniority less.
 */

/** `alternative`: another form of the word before it ("technologist" after "technician"), not a further word. */
export type WeightedTerm = { term: string; weight: number; alternative?: boolean };

/** What the title index knows of its words, to read a query the way O*NET's titles are written. */
export type TitleVocabulary = {
  has(term: string): boolean;
  /** Whether O*NET's titles use the term as the job noun: "nurse" names jobs, "registered" qualifies them. */
  isJobNoun(term: string): boolean;
};

/** How much the word that names the job ("nurse" in "night shift nurse") counts against its modifiers. */
const HEAD_WEIGHT = 1.5;
/** Seniority, grade and schedule words: present, but never the deciding word. */
const QUALIFIER_WEIGHT = 0.2;
/**
 * A second-in-command's rank before an executive's noun ("Assistant Director of Nursing", "Deputy
 * Superintendent"): the job is the executive's kind, not an assistant's ("Executive Assistant").
 * An "Assistant Manager" is another job, a working supervisor's (`role-words.ts`).
 */
const RANKS = new Set(['assistant', 'asst', 'associate', 'deputy']);
const EXECUTIVES = new Set(['director', 'principal', 'superintendent', 'administrator', 'dean', 'controller', 'chief']);

/**
 * Words after the job noun, in brackets or after a comma or dash usually repeat the title ("Medical
 * Assistant (MA)") or add context ("(software)", "- Dental Office", "Analyst Bank").
 */
const TRAILING_WEIGHT = 0.5;

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
  // "news" is no plural of "new" ("News Reporter", "New Accounts Clerk").
  if (word.endsWith('s') && !/(?:ss|us|is)$|^news$/.test(word)) return word.slice(0, -1);
  return word;
}

/** "otr/l", "pa-c", "a&p": replaced whole, before "/", "-" and "&" split the title. */
const PUNCTUATED_PATTERN = new RegExp(
  `(?<![a-z0-9])(?:${[...PUNCTUATED.keys()].map((k) => k.replace(/[^a-z0-9]/g, '\\$&')).join('|')})(?![a-z0-9])`,
  'g',
);

/** School levels and programs in a teacher's title ("K-5", "ESE", "CTE"), matched only beside a teaching word. */
const SCHOOL_PATTERN = phrasePattern([...SCHOOL_WORDS.keys()]);
// Not "assistant": a "Medical Assistant - HS Diploma" is no teacher's.
const TEACHING = /\b(?:teach|teacher|teachers|teaching|instructor|paraprofessional|para|aide|educator|classroom|interventionist)\b/;

/** A school grade names the school level O*NET's teacher titles use: "6th grade teacher" is a middle school teacher. */
function gradeLevel(_: string, grade: string): string {
  const n = Number(grade);
  return n <= 5 ? 'elementary school' : n <= 8 ? 'middle school' : 'high school';
}

/** Lowercase, with punctuated abbreviations and school grades written out. */
function rewrite(title: string): string {
  return title
    .toLowerCase()
    .replace(PUNCTUATED_PATTERN, (match) => PUNCTUATED.get(match)!)
    .replace(/\b([1-9]|1[0-2])(?:st|nd|rd|th)[- ]grade\b/g, gradeLevel)
    .replace(SCHOOL_PATTERN, (match, _at, text: string) => (TEACHING.test(text) ? SCHOOL_WORDS.get(match)! : match));
}

/** Words of lowercased text; possessives dropped, "9-1-1" joined. */
function splitWords(text: string): string[] {
  const cleaned = text
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/\b9-1-1\b/g, '911');
  return cleaned.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * A word written out (abbreviations; the job-noun form for the head) and folded (plurals), as one
 * list of terms per word of the expansion: "a|b" is either word (a "tech" is a technician or a
 * technologist). Stop words give nothing.
 */
function expandWord(word: string, asHead = false): string[][] {
  const expansion = (asHead && HEAD_FORMS.get(word)) || ABBREVIATIONS.get(word);
  const words = expansion ? expansion.split(' ') : [word];
  return words.filter((w) => !STOP_WORDS.has(w)).map((w) => w.split('|').map(stemWord));
}

/** Terms of a title as indexed: every word counts the same, qualifiers included ("Night Auditor"); the last word is the job noun. */
export function indexTitleTerms(title: string): string[] {
  const words = splitWords(rewrite(title));
  return words.flatMap((word, i) => expandWord(word, i === words.length - 1).flat());
}

/** Terms of a description or task statement: no abbreviation map (there "it" is a pronoun, not IT). */
export function indexProseTerms(text: string): string[] {
  return splitWords(text.toLowerCase())
    .filter((w) => !STOP_WORDS.has(w) && w !== 'it')
    .map(stemWord);
}

const TITLE_CUT = /,|\s[-–—|/]\s|\b(?:of|at|to|for)\b/i;
/** In a description of work every preposition starts an adjunct: "serve customers on the phone" serves customers. */
const PROSE_CUT = /,|\s[-–—|/]\s|\b(?:of|at|to|for|on|in|into|with|from)\b/i;

/**
 * The main phrase of a posted title and its bracketed or trailing parts: "Supervisor, Residential
 * Sales" is a supervisor, "Director of Nursing" a director, "Cashier - Part Time" a cashier,
 * "Executive Assistant to the CEO" an executive assistant.
 */
function splitTitle(title: string, prose: boolean): { main: string; rest: string } {
  const bracketed = [...title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(' ');
  const plain = title.replace(/\([^)]*\)/g, ' ');
  const cut = plain.search(prose ? PROSE_CUT : TITLE_CUT);
  if (cut <= 0) return { main: plain, rest: bracketed };
  return { main: plain.slice(0, cut), rest: `${plain.slice(cut)} ${bracketed}` };
}

/**
 * "brick layer", "fire fighter": two words O*NET also writes as one, by the index of the second.
 * The words stay too ("maintenance man" is both "Maintenance Man" and "Maintenanceman").
 */
function compounds(words: readonly string[], vocabulary?: TitleVocabulary): Map<number, string> {
  const found = new Map<number, string>();
  if (!vocabulary) return found;
  words.forEach((word, i) => {
    const [first, second] = [words[i - 1], word];
    if (i === 0 || first.length < 3 || second.length < 3 || [first, second].some((w) => ABBREVIATIONS.has(w) || QUALIFIERS.has(w))) return;
    if (vocabulary.has(stemWord(first + second))) found.set(i, first + second);
  });
  return found;
}

/**
 * The word that names the job: the last one that O*NET's titles use as a job noun. Postings add
 * context after it ("Compliance Analyst Bank", "LPN Long Term Care"), so a trailing word that
 * titles seldom end with does not take its place; without a vocabulary, the last word.
 */
function findHead(words: readonly string[], vocabulary?: TitleVocabulary): number {
  const candidates = words.flatMap((w, i) => (QUALIFIERS.has(w) ? [] : [i]));
  if (!vocabulary) return candidates.at(-1) ?? -1;
  const named = candidates.findLast((i) => (expandWord(words[i], true).at(-1) ?? []).some((term) => vocabulary.isJobNoun(term)));
  return named ?? candidates.at(-1) ?? -1;
}

/** "Director of Operations", "Professor of Biology", "Clerk of Court": a job noun, "of", and what it is of. */
const OF_PHRASE = /^([a-z]+(?: [a-z]+)?) of (?:the )?([a-z][a-z ]*?)(?=\s[-–—|/]\s|,|\(|$)/;

/**
 * "Director of Operations" is an "Operations Director": what a job noun is of names its kind as a
 * modifier before it would, not as context after it. Only after a job noun: "take care of babies" stays.
 */
function frontOfPhrase(title: string, vocabulary?: TitleVocabulary): string {
  const match = title.match(OF_PHRASE);
  const noun = match?.[1].split(' ').at(-1) ?? '';
  if (!match || !vocabulary || !(vocabulary.isJobNoun(stemWord(noun)) || HEAD_FORMS.has(noun))) return title;
  return `${match[2]} ${match[1]}${title.slice(match[0].length)}`;
}

/**
 * A job title as a weighted query: the head noun that names the job weighs most ("Firefighter/EMT"
 * has two), words after it and words in brackets or after a comma less, qualifiers little. An
 * abbreviation's words share its weight, so "EMT" counts as one word, not three. `prose`: the query
 * describes work, and any preposition ends its main phrase (`PROSE_CUT`).
 */
export function analyzeTitleQuery(title: string, vocabulary?: TitleVocabulary, prose = false): WeightedTerm[] {
  const { main, rest } = splitTitle(frontOfPhrase(rewrite(title), vocabulary), prose);
  const weights = new Map<string, number>();
  const alternatives = new Set<string>();
  const add = (word: string, weight: number, asHead = false, alternative = false) => {
    const slots = expandWord(word, asHead);
    const share = 1 / Math.sqrt(slots.length || 1);
    slots.forEach((terms, i) => {
      const w = (asHead && i === slots.length - 1 ? HEAD_WEIGHT : weight) * share;
      terms.forEach((term, j) => {
        weights.set(term, Math.max(weights.get(term) ?? 0, w));
        if (alternative || j > 0) alternatives.add(term);
      });
    });
  };
  for (const alternative of main.split('/')) {
    const words = splitWords(alternative).filter((w) => !STOP_WORDS.has(w));
    const head = findHead(words, vocabulary);
    const joined = compounds(words, vocabulary);
    words.forEach((word, i) => {
      const ranked = i < head && RANKS.has(word) && EXECUTIVES.has(words[head]);
      const weight = QUALIFIERS.has(word) || ranked ? QUALIFIER_WEIGHT : i <= head ? 1 : TRAILING_WEIGHT;
      add(word, weight, i === head);
      const compound = joined.get(i);
      if (compound !== undefined) add(compound, weight, i === head, true);
    });
  }
  for (const word of splitWords(rest)) add(word, QUALIFIERS.has(word) ? QUALIFIER_WEIGHT : TRAILING_WEIGHT);
  return [...weights].map(([term, weight]) => (alternatives.has(term) ? { term, weight, alternative: true } : { term, weight }));
}
