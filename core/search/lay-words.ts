import { FIELDS } from './lay-fields.ts';
import { HEALTH } from './lay-health.ts';
import { DOCTORS, JOB_NAMES, NURSES } from './lay-job-names.ts';
import { THINGS } from './lay-things.ts';
import { PHRASES, VERBS } from './lay-verbs.ts';
import { phrasePattern } from './phrase-pattern.ts';
import { stemWord } from './title-terms.ts';
import { workKey } from './work-stem.ts';

/**
 * Everyday words for work, with the words O*NET's task statements and titles use for the same thing:
 * "fix cars" is repairing automotive vehicles, "babies" are infants, "bikes" are bicycles, a field's
 * name brings its practitioner ("astronomy": astronomer). The query keeps its own word and gains
 * these at a little less weight. Used only for a description of work, never for a job title ("Code
 * Enforcement Officer" keeps its words). Keys are written as people type them; plurals are folded
 * when the table is read, so "glasses" and "glass" are one key. The tables are split by domain:
 * verbs and phrases (`lay-verbs.ts`), things and places (`lay-things.ts`), people and health
 * (`lay-health.ts`), fields and public life (`lay-fields.ts`), names for jobs (`lay-job-names.ts`).
 */
export const LAY_TABLES: readonly Record<string, string>[] = [VERBS, THINGS, HEALTH, FIELDS];

/** A verb of one syllable ending in one consonant doubles it: "cut" → cutting, "plan" → planned ("fix", "open" do not). */
const DOUBLES = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/** The regular "-ing" and "-ed" forms of a verb ("fix" → fixing, fixed; "make" → making); an irregular past ("sold") is not formed, nor needed. */
export function verbForms(verb: string): string[] {
  const base = DOUBLES.test(verb) ? verb + verb.at(-1) : verb.replace(/(?<!e)e$/, '');
  const past = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${base}ed`;
  return [`${base}ing`, past].filter((form) => workKey(form) === workKey(verb));
}

/** "movies" folds to "movy" as O*NET's plurals do ("companies": "company"): a key ending "ie" is read by that fold too. */
const tableEntries = LAY_TABLES.flatMap((table) => Object.entries(table)).flatMap(([key, words]): [string, string][] =>
  [...new Set([key, key.endsWith('ie') ? `${key}s` : key].map(stemWord))].map((form) => [form, words]),
);
const tableKeys = new Set(tableEntries.map(([key]) => key));
/** A verb's forms mean what it means, the verb itself among it: "selling cars" sells them as "sell cars" does. */
const formEntries = Object.entries(VERBS).flatMap(([verb, words]) =>
  verbForms(verb).filter((form) => !tableKeys.has(form)).map((form): [string, string] => [form, [...new Set([verb, ...words.split(' ')])].join(' ')]),
);

/** The tables with their keys folded the way query terms are (plurals to the singular), and the verbs' forms. */
export const LAY_WORDS: ReadonlyMap<string, string> = new Map(
  [...tableEntries, ...formEntries].filter(([key, words]) => words !== key),
);

/**
 * Everyday words that O*NET never writes, kept as typed rather than corrected to a word it does write
 * ("i love animals" is no "live", "walk again" no "against", "lose weight" no "loss").
 */
export const PLAIN_WORDS: ReadonlySet<string> = new Set(
  `again love loves loved enjoy enjoys lose said says really nice great hate pretty awesome ever never always maybe kinda gotta gonna
  knew quite else since though every worse worst dream here just soon tiny huge giant slow easy tough true glad busy rich clever brave
  calm quiet favorite passion little lots guys someday today going anything something everything whatever relearn`.split(/\s+/),
);

/** Verbs that, first in a query, start a description of work, by their key (`work-stem.ts`: "fixing" is "fix"). */
export const LAY_VERBS: ReadonlySet<string> = new Set(Object.keys(VERBS).map(workKey));

const LAY_PHRASES = new Map(Object.entries(PHRASES).map(([phrase, words]) => [phrase.split(' ').map(stemWord).join(' '), words]));

/** Words that may sit inside an everyday phrase: articles, "to", and whom or what the work is done to ("keep the books", "put people to sleep", "blow things up"). */
const INSIDE_PHRASE = /^(?:the|a|an|my|your|their|our|to|people|them|you|someone|somebody|things|stuff|it)$/;

/**
 * The O*NET words of the everyday phrases in texts: the query corrected, and as typed, whose "find a job"
 * keeps the word that job-ad noise takes out of the corrected one.
 */
export function layPhraseWords(...texts: string[]): string[] {
  return texts.flatMap((text) => {
    const words = text.split(/[^a-z]+/).filter((w) => w && !INSIDE_PHRASE.test(w)).map(stemWord);
    return words.slice(1).flatMap((word, i) => LAY_PHRASES.get(`${words[i]} ${word}`)?.split(' ').map(stemWord) ?? []);
  });
}

const keyed = (table: Record<string, string>) => new Map(Object.entries(table).map(([key, noun]) => [stemWord(key), noun]));
const SPECIALISTS = [
  { worker: /\b(?:doctors?|docs?|physicians?|dr)\b/, names: keyed(DOCTORS), generic: 'surgeon' },
  { worker: /\bnurses?\b/, names: keyed(NURSES), generic: undefined },
];

/**
 * The text with a doctor or nurse named by what they treat or do put as the specialist: "heart doctor"
 * is "cardiologist", "nurse who puts you to sleep" a "nurse anesthetist"; the telling word goes.
 */
export function nameSpecialist(text: string): string {
  for (const { worker, names, generic } of SPECIALISTS) {
    if (!worker.test(text)) continue;
    const words = text.split(' ');
    // The most specific word wins: "surgery" only when nothing else says what the doctor treats.
    const found = words.map((w, i) => ({ i, noun: names.get(stemWord(w)) })).filter((f) => f.noun);
    const pick = found.find((f) => f.noun !== generic) ?? found[0];
    if (pick) return words.filter((_, i) => i !== pick.i).join(' ').replace(worker, pick.noun!);
  }
  return text;
}

const JOB_NAME_PATTERN = phrasePattern(Object.keys(JOB_NAMES));

/** Lowercase text with everyday names for jobs put in O*NET's words: "lunch lady" is a cafeteria cook. */
export function nameLayJob(text: string): string {
  return text.replace(JOB_NAME_PATTERN, (phrase) => JOB_NAMES[phrase]);
}
