import { HEAD_FORMS, QUALIFIERS, STOP_WORDS } from './abbreviations.ts';
import { ABBREVIATIONS } from './acronyms.ts';
import { cleanQuery } from './job-ad-noise.ts';
import { agentForms, asWorkDone, askedRoles, askedWorker, helpedWorkers, placeFirst, readsAsSentence, startsWithLayVerb, toWorkForms } from './describe-work.ts';
import { LAY_VERBS, LAY_WORDS, PLAIN_WORDS, layPhraseWords, nameLayJob, nameSpecialist } from './lay-words.ts';
import { employerIndustry } from './employer-industries.ts';
import { leadAsSupervisor, readsAsSupervisor } from './role-words.ts';
import { crudeStem, type SearchIndex } from './search-index.ts';
import { analyzeTitleQuery, indexProseTerms, stemWord, type WeightedTerm } from './title-terms.ts';
import { workKey } from './work-stem.ts';

/**
 * What a query asks for, in the index's terms: job-ad noise out (`job-ad-noise.ts`), typos and
 * partial words corrected against the index's vocabulary, abbreviations written out, the job noun
 * weighted over its modifiers (`title-terms.ts`), and lay words given O*NET's words besides.
 */

export type QueryPlan = {
  /** The query as typed. */
  query: string;
  /** The query with corrections, when a word was corrected ("dental asistant" → "dental assistant"). */
  corrected?: string;
  /** Words neither known nor correctable: with nothing else, the query is gibberish. */
  unknown: string[];
  /** Whether the query named an employer. */
  employer: boolean;
  /** Terms matched against titles. */
  terms: WeightedTerm[];
  /** Terms matched against the occupations' work (their titles, descriptions and tasks). */
  workTerms: WeightedTerm[];
  /** Whether the query describes work rather than naming a job ("fix air conditioners"). */
  describesWork: boolean;
  /** Whether a description asks for teachers ("teach math") or managers ("run a hotel"), not only those who do the work. */
  asks: { teaching: boolean; managing: boolean };
  /** Whether a title names a working supervisor ("Assistant Store Manager", "Lead Cashier"), not a manager. */
  supervises: boolean;
  /** A role's description, for soc:suggest. */
  description: WeightedTerm[];
};

/** A lay word's O*NET word counts a little less than a word the query itself has. */
const LAY_WEIGHT = 0.8;
/** Words weighed at least this much carry the query's meaning; qualifiers weigh less. */
const MEANING_WEIGHT = 0.5;
/** The job noun a field word names ("carpentry": carpenter) stands in for a job noun the query lacks. */
const FIELD_WEIGHT = 1.2;
/** An employer's industry weighs as a context word the title wrote after a dash ("- Fast Food"). */
const EMPLOYER_WEIGHT = 0.3;
/** A word matched through its stem is weaker evidence than the word itself. */
const STEMMED_WEIGHT = 0.8;
/**
 * Machines and vehicles are run by their operators, not managed ("run a crane", "run a cnc machine"), and computer systems
 * by their administrators ("manage a company's network"); the query is read
 * before the browser loads any postings, so this is a word list, not a look at O*NET's operator titles.
 */
const OPERATED = /\b(?:networks?|servers?|databases?|systems?|websites?|machines?|machinery|equipment|press|presses|cranes?|forklifts?|trucks?|tractors?|bulldozers?|excavators?|backhoes?|loaders?|registers?|lathes?|drills?|pumps?|boilers?|engines?|saws?|kilns?|furnaces?|projectors?|cameras?|switchboards?|rides?|elevators?|trains?|buses|bus)\b/;
/** Words that introduce a description of work, never part of a title. */
const DESCRIBING = new Set(['that', 'who', 'which', 'where', 'someone', 'somebody', 'people', 'i', 'me', 'you', 'like', 'love', 'enjoy', 'good', 'want', 'how', 'what', 'does', 'wanna']);
/** Words that a description uses around the work ("help people walk"), but a title may have ("Help Desk"). */
const AROUND_WORK = new Set(['person', 'help', 'helping', 'work', 'working', 'job', 'thing', 'things', 'stuff']);
/** "help out at a restaurant": helping at work, a description rather than a title ("Help Desk"); helping workers is `helpedWorkers`. */
const HELPING = /^(?:help|helping|assist|assisting)\s+out\b/;
/** "run a restaurant", "in charge of a construction site": running a place is managing it, a description of a manager. */
const RUNNING = /^(?:(?:be\s+)?in\s+charge\s+of|run|runs|running|manage|manages|managing|oversee|oversees|overseeing|own|owns)\s+(?:the|a|an|my|our|their)\s/;
/** Verbs that say little of the work ("take blood pressure" is no job of a "taker"). */
const LIGHT_VERBS = new Set(['take', 'taking', 'get', 'give', 'go', 'have', 'put', 'run', 'see']);
/** Endings of a field's or an activity's name: carpentry, nursing, cosmetology, journalism, therapy, science. */
const FIELD_ENDINGS = ['ing', 'ry', 'y', 'ics?', 'ism', 'ion', 'ance', 'ence', 'ment'];
const FIELD_ENDING = new RegExp(`(?:${FIELD_ENDINGS.join('|')})$`);
/** A trainee's trade may be named by its adjective ("Electrical Apprentice": an electrician in training); a description's may not ("medical"). */
const TRADE_ENDING = new RegExp(`(?:${[...FIELD_ENDINGS, 'al'].join('|')})$`);
const TRAINEES = /\b(?:apprentices?|trainees?|interns?)\b/;

/**
 * A title's context words ("General Manager - Restaurant", "ICU RN") count in full against the
 * occupations' work: the titles have matched the job noun already, and the work tells which
 * occupation that noun names in the context given.
 */
function asContext(terms: WeightedTerm[]): WeightedTerm[] {
  return terms.map((t) => (t.weight < MEANING_WEIGHT ? t : { ...t, weight: Math.max(1, t.weight) }));
}

/** Whether the index, or the query vocabulary, knows a word as typed; a last word typed halfway ("bookkeep") is not known. */
function isKnown(index: SearchIndex, word: string, last = false): boolean {
  if (word.length < 4 || /\d/.test(word)) return true;
  if (last && word.length >= 5 && !index.words.has(stemWord(word)) && index.jobNouns.some((n) => n.length > word.length && n.startsWith(word))) return false;
  if ([STOP_WORDS, QUALIFIERS, ABBREVIATIONS, HEAD_FORMS, LAY_WORDS, PLAIN_WORDS, DESCRIBING, AROUND_WORK].some((words) => words.has(word))) return true;
  const stem = stemWord(word);
  if (LAY_WORDS.has(stem) || index.words.has(stem) || index.workForm(stem) !== stem) return true;
  // One edit from a job noun is that noun mistyped ("captian", "capenter"), not a stem or two words it happens to hold ("caption", "cap enter");
  // one edit from any word is that word mistyped rather than two words run together ("knittong" is no "knit tong").
  const typo = stem.length >= 5 ? index.corrector.correct(stem, { prefix: false, prefer: index.words.isJobNoun, maxEdits: 1 }) : undefined;
  if (typo && index.words.isJobNoun(typo)) return false;
  return index.stems.has(crudeStem(stem)) || (!typo && splitCompound(index, stem) !== undefined);
}

/** "stockbroker" is "stock broker" to O*NET: two words it has (not two scraps: "planet" is no "pla net"). */
function splitCompound(index: SearchIndex, term: string): [string, string] | undefined {
  if (term.length < 7) return undefined;
  for (let at = term.length - 3; at >= 3; at--) {
    const [left, right] = [term.slice(0, at), stemWord(term.slice(at))];
    if (index.words.has(left) && index.words.has(right)) return [left, right];
  }
  return undefined;
}

/** Typos and partial words put right, word by word; `corrected` only when something changed. */
function correctWords(index: SearchIndex, text: string, query: string): { text: string; corrected?: string; unknown: string[] } {
  let corrected = query;
  let changed = false;
  const unknown: string[] = [];
  const words = text.match(/[a-z]+/g) ?? [];
  // After an everyday verb the last word is the work's object, not a job: "cut hiar" is hair, not a HIMARS crew.
  const [first = ''] = words;
  const last = words.length > 1 && LAY_VERBS.has(workKey(stemWord(first))) ? undefined : words.at(-1);
  const sentence = words.length >= 3;
  const fixed = text.replace(/[a-z]+/g, (word) => {
    if (isKnown(index, word, word === last)) return word;
    // The last word names the job more often than not: "accoun" is an accountant, not an account.
    // Amid a sentence, a word the vocabulary lacks is more often a plain word than a typo ("counsel married couples").
    const options = word === last ? { prefer: index.words.isJobNoun } : sentence ? { maxEdits: 1 } : {};
    // "nurs" is "nurse" begun, not the plural of a "nur": complete the word as typed when its stem finds nothing.
    const fix = index.corrector.correct(stemWord(word), options) ?? (stemWord(word) !== word ? index.corrector.correct(word, options) : undefined);
    if (!fix) {
      unknown.push(word);
      return word;
    }
    changed = true;
    corrected = corrected.replace(new RegExp(`\\b${word}\\b`, 'i'), fix);
    return fix;
  });
  return changed ? { text: fixed, corrected, unknown } : { text, unknown };
}

/** Query terms the index lacks, put in its words: a compound split, a stem the index has. */
function knownTerms(index: SearchIndex, terms: WeightedTerm[]): WeightedTerm[] {
  return terms.flatMap((t) => {
    if (index.words.has(t.term) || t.weight < MEANING_WEIGHT) return [t];
    const parts = splitCompound(index, t.term);
    if (parts) return [{ term: parts[0], weight: t.weight * 0.75 }, { term: parts[1], weight: t.weight }];
    const stemmed = index.stems.get(crudeStem(t.term));
    // "repairing": the work index has it as "repair"; the titles may have a "repairer".
    const folded = index.workForm(t.term) !== t.term;
    return [...(folded || !stemmed ? [t] : []), ...(stemmed ? [{ term: stemmed, weight: t.weight * STEMMED_WEIGHT }] : [])];
  });
}

/**
 * The job noun a field or activity names: "carpentry" is a carpenter's, "phlebotomy" a phlebotomist's,
 * "medical assisting" a medical assistant's: the job noun that shares most of the word's beginning.
 */
function fieldNouns(index: SearchIndex, terms: WeightedTerm[], alone: boolean, trainee: boolean): WeightedTerm[] {
  const ending = trainee ? TRADE_ENDING : FIELD_ENDING;
  return terms.flatMap((t, i) => {
    if (index.words.isJobNoun(t.term) || QUALIFIERS.has(t.term) || t.weight < MEANING_WEIGHT) return [];
    // "paint houses": a painter; "weld": a welder; "cut": a cutter; "inspect": an inspector. Only the verb: "get fit" is no fitter.
    // An activity's name is the verb's too: "film making" is a film maker's, "accounting" an accountant's.
    // A field named alone names its practitioner: "account" an accountant, "music" a musician.
    const agent = i === 0 ? agentNoun(index, t.term, alone) : t.term.endsWith('ing') ? agentNoun(index, workKey(t.term)) : undefined;
    if (agent) return [{ term: agent, weight: FIELD_WEIGHT }];
    if (t.term.length < 6 || !ending.test(t.term)) return [];
    // The noun begins with the word less its ending, or with six letters and more of it: "therapy" a therapist, "interpretation"
    // an interpreter; "company" is no competitor, "religion" no reliner, "elderly" no elder.
    const stem = t.term.replace(ending, '');
    const shared = Math.max(4, Math.floor(0.6 * t.term.length));
    const begins = (n: string) => n.startsWith(stem.length >= 4 ? stem : t.term.slice(0, 4)) || (shared >= 6 && n.startsWith(t.term.slice(0, shared)));
    const noun = index.jobNouns.find((n) => n !== t.term && begins(n));
    return noun ? [{ term: noun, weight: FIELD_WEIGHT }] : [];
  });
}

/** The agent noun of a word that names an activity (`agentForms`): "paint" → "painter", "cut" → "cutter"; of a field alone, its practitioner. */
function agentNoun(index: SearchIndex, word: string, field = false): string | undefined {
  if (LIGHT_VERBS.has(word)) return undefined;
  return agentForms(word, field).find((n) => index.words.isJobNoun(n));
}

/** "wash dishes", "keep books", "lay bricks": the work's object and its verb's agent are one job noun (dishwasher, bookkeeper, bricklayer). */
function objectAgent(index: SearchIndex, words: string[]): string[] {
  const [verb, object] = words.filter((w) => !STOP_WORDS.has(w)).map(stemWord);
  if (!object || LIGHT_VERBS.has(verb)) return [];
  const noun = agentForms(verb).map((agent) => object + agent).find((n) => index.words.isJobNoun(n));
  return noun ? [noun] : [];
}

/** Whether a word names a job: one of O*NET's job nouns, a clipped one ("tech") or an abbreviation ("RN"). */
const namesJob = (index: SearchIndex, w: string) => index.words.isJobNoun(w) || HEAD_FORMS.has(w) || ABBREVIATIONS.has(w);

/** "repair boats", "paint houses": a verb first and no job noun after it; "Repair Technician" is a title. */
function startsWithVerb(index: SearchIndex, text: string): boolean {
  const [first, ...rest] = text.split(/[^a-z]+/).filter((w) => w && !STOP_WORDS.has(w)).map(stemWord);
  return rest.length > 0 && !index.words.isJobNoun(first) && agentNoun(index, first) !== undefined && !rest.some((w) => namesJob(index, w));
}

/** Adds each lay word's O*NET words ("fix" → "repair") and keeps the strongest weight of a term. */
function withLayWords(terms: WeightedTerm[]): WeightedTerm[] {
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  for (const t of terms) {
    add(t.term, t.weight);
    for (const word of LAY_WORDS.get(t.term)?.split(' ') ?? []) add(stemWord(word), t.weight * LAY_WEIGHT);
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

export function understandQuery(index: SearchIndex, query: string, description?: string): QueryPlan {
  const cleaned = cleanQuery(query);
  const typed = correctWords(index, nameLayJob(cleaned.text), query);
  // "janitor at a school" is a "school janitor": the place after a title qualifies it, as a word before it would.
  const corrections = { ...typed, text: placeFirst(index, asWorkDone(typed.text)) };
  const { corrected, unknown } = corrections;
  // "someone who fixes cars": the words that introduce a description are not part of it.
  const words = nameSpecialist(leadAsSupervisor(corrections.text, (w) => namesJob(index, stemWord(w)))).replace(/'s\b/g, '').replace(/^(?:be )?in charge of /, '').split(' ');
  // "Sterile Processing Tech I": an "I" after a job noun is a grade, not the one who describes the work ("I fix cars").
  const isGrade = (w: string, k: number) => w === 'i' && k > 0 && namesJob(index, stemWord(words[k - 1]));
  const introduced = words.filter((w, k) => !DESCRIBING.has(w) || isGrade(w, k));
  const running = RUNNING.test(corrections.text) && !OPERATED.test(corrections.text);
  const helped = helpedWorkers(index, corrections.text);
  const helping = HELPING.test(corrections.text) || helped !== undefined;
  const describing = introduced.length < words.length || helping || running;
  const hasNoun = (list: string[]) => knownTerms(index, analyzeTitleQuery(list.join(' '), index.words)).some((t) => t.weight >= MEANING_WEIGHT && index.words.isJobNoun(t.term));
  // "help people walk again" describes work; "Help Desk Technician" names a job.
  const plain = introduced.filter((w) => !AROUND_WORK.has(w));
  const kept = describing || !hasNoun(plain) ? plain : introduced;
  // Helping a worker is assisting one: "help the dentist" is a dentist's assistant; "help a teacher in the classroom" a teacher's assistant in it.
  const asked = askedWorker(plain.join(' '));
  const helper = helped ? [] : helping ? ['assistant'] : running ? ['manager'] : asked ? [asked] : objectAgent(index, plain);
  const assisted = kept.flatMap((w) => (w === helped ? [w, 'assistant'] : [w]));
  const text = kept.some((w) => /[a-z]/.test(w) && !STOP_WORDS.has(w)) ? [...assisted, ...helper].join(' ') : corrections.text;
  // A description's prepositions start its adjuncts: the word before them, not the last, is what the work is done on.
  const analyzed = knownTerms(index, analyzeTitleQuery(text, index.words, describing || !hasNoun(plain)));
  const hasJobNoun = analyzed.some((t) => t.weight >= MEANING_WEIGHT && index.words.isJobNoun(t.term));
  const layVerbFirst = startsWithLayVerb(index, corrections.text);
  const describesWork = !hasJobNoun || describing || startsWithVerb(index, text) || readsAsSentence(index, corrections.text) || layVerbFirst;
  // A field typed alone names its practitioner ("pharmacy"); a place worked in does not ("work in a hospital").
  const terms = hasJobNoun ? analyzed : [...analyzed, ...fieldNouns(index, analyzed, words.length === 1, TRAINEES.test(text))];
  // A description has no job noun to weigh over the rest, nor its verb ("repair" read as "repairer"): every word of it counts.
  if (describesWork && (!hasJobNoun || layVerbFirst)) for (const t of terms) if (t.weight >= MEANING_WEIGHT) t.weight = Math.max(t.weight, 1);
  const layTerms = knownTerms(index, indexProseTerms(text).map((term) => ({ term, weight: 1 })));
  const phrases = describesWork ? layPhraseWords(corrections.text, query.toLowerCase()).map((term) => ({ term, weight: LAY_WEIGHT })) : [];
  // "Shift Manager - McDonald's" is a "Shift Manager - Fast Food": the employer's industry is the title's context.
  // With no job words ("work at McDonald's"), the employer's industry is all the query says of the work.
  const industry = indexProseTerms(employerIndustry(query)).filter((term) => !terms.some((t) => t.term === term)).map((term) => ({ term, weight: describesWork ? 1 : EMPLOYER_WEIGHT }));
  return {
    query,
    corrected,
    unknown,
    employer: cleaned.employer,
    terms: describesWork ? withLayWords([...terms, ...phrases, ...industry]) : [...terms, ...industry],
    // A job title's words are O*NET's already; a description's are everyday words, given O*NET's besides.
    workTerms: toWorkForms(index, describesWork ? withLayWords([...terms, ...layTerms, ...phrases, ...industry]) : asContext([...terms, ...industry])),
    describesWork,
    asks: askedRoles(corrections.text),
    supervises: !describesWork && readsAsSupervisor(corrections.text),
    description: description ? toWorkForms(index, indexProseTerms(description).map((term) => ({ term, weight: 1 }))) : [],
  };
}

/** Every term a plan may look up: what the browser loads before ranking. */
export const planTerms = (plan: QueryPlan) => [...new Set([...plan.terms, ...plan.workTerms, ...plan.description].map((t) => t.term))];
