import type { SearchIndex } from './search-index.ts';
import { HEAD_FORMS } from './abbreviations.ts';
import { ABBREVIATIONS } from './acronyms.ts';
import { LAY_VERBS, LAY_WORDS } from './lay-words.ts';
import { stemWord, type WeightedTerm } from './title-terms.ts';
import { workKey } from './work-stem.ts';

/**
 * How a description of work ("fix cars", "answer phones and greet visitors", "psychology") is told
 * from a title and read: what it asks for, in the work index's words.
 */

/** Articles belong to sentences, not titles ("guard a building", "hand instruments to the surgeon"); "Class A" and "CDL A" are grades. */
const ARTICLE = /(?:^|\s)(?:the|an)\s|(?<!\b(?:class|cdl|grade|level|tier|type|part|plan|group)) \ba\s[a-z]/;

/**
 * Whether the words read as a sentence about work rather than a title: an article, or workers named
 * in the plural at the end ("answer phones and greet visitors"): a title names one.
 */
export function readsAsSentence(index: SearchIndex, text: string): boolean {
  const main = text.split(/\s[-–—|/]\s|[,(]/)[0].trim();
  if (ARTICLE.test(` ${main} `)) return true;
  const last = main.match(/[a-z]+$/)?.[0] ?? '';
  const singular = stemWord(last);
  return singular !== last && !last.endsWith('ss') && index.words.isJobNoun(singular);
}

/** Where a job is done, after its title: "janitor at a school", "nurse in the ER", "bouncer at a club". */
const PLACE = /^(.+?)\s(?:at|in|on|for)\s(?:the|an?)\s([a-z' ]+)$/;

/**
 * A job named and then where it is done is a title whose place qualifies it ("janitor at a school" is a
 * "school janitor"), not a sentence; only when the title ends with a job noun and does not start with an
 * everyday verb ("cook in a restaurant" is work).
 */
export function placeFirst(index: SearchIndex, text: string): string {
  const [, title, place] = text.match(PLACE) ?? [];
  if (!title) return text;
  const words = title.split(' ');
  if (LAY_VERBS.has(workKey(stemWord(words[0]))) || !index.words.isJobNoun(stemWord(words.at(-1)!))) return text;
  return `${place} ${title}`;
}

/** Terms as the work index has them, verb forms folded; the strongest weight of a form counts. */
export function toWorkForms(index: SearchIndex, terms: WeightedTerm[]): WeightedTerm[] {
  const weights = new Map<string, number>();
  for (const { term, weight } of terms) {
    const form = index.workForm(term);
    weights.set(form, Math.max(weights.get(form) ?? 0, weight));
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/** Words that ask for teachers, or for managers and supervisors, rather than the people who do the work. */
const TEACHING = /\b(?:teach\w*|professor|instruct\w*|lectur\w*|tutor\w*|faculty|educat\w*|train(?:er|ing)?)\b/;
const MANAGING = /\b(?:manag\w*|run|runs|running|own|owns|owner|direct|director|supervis\w*|oversee\w*|boss|head|chief|executive|administrat\w*|principal|superintendent|charge)\b/;

/** What a description asks for besides the work itself: "teach math" asks for a teacher, "run a hotel" for a manager. */
export function askedRoles(text: string): { teaching: boolean; managing: boolean } {
  return { teaching: TEACHING.test(text), managing: MANAGING.test(text) };
}

/**
 * "make apps for phones", "study stars and planets": an everyday verb first and no one job named
 * after it; "Help Desk Tech", "Test Engineer" and "Plant Mgr" name theirs.
 */
export function startsWithLayVerb(index: SearchIndex, text: string): boolean {
  const [first, ...rest] = text.split(/\s[-–—|/]\s|[,(]/)[0].split(/[^a-z]+/).filter(Boolean);
  if (!rest.length || !LAY_VERBS.has(workKey(stemWord(first)))) return false;
  const namesOne = (word: string) =>
    stemWord(word) === word && [word, HEAD_FORMS.get(word), ABBREVIATIONS.get(word)?.split(' ').at(-1)].some((w) => w !== undefined && w.split('|').some(index.words.isJobNoun));
  return !rest.some(namesOne);
}

/** What may follow the workers helped: where or with what ("help a teacher in the classroom", "help lawyers with research"). */
const ADJUNCT = /^(?:in|at|on|with|during|around)$/;

/**
 * "help nurses", "assist electricians", "help the dentist in surgery": helping workers at their work is being
 * their assistant or helper; the workers' word, or undefined. Workers are named in the plural or after an
 * article; "help the environment" helps no one's work, "help nurses lift patients" does other work.
 */
export function helpedWorkers(index: SearchIndex, text: string): string | undefined {
  const [verb, ...rest] = text.split(/[^a-z]+/).filter(Boolean);
  if (!/^(?:help|helping|assist|assisting)$/.test(verb ?? '')) return undefined;
  const article = /^(?:the|a|an)$/.test(rest[0] ?? '');
  const [workers, ...more] = article ? rest.slice(1) : rest;
  if (!workers || (more.length && !ADJUNCT.test(more[0]))) return undefined;
  const worker = stemWord(workers);
  return (article || (worker !== workers && !workers.endsWith('ss'))) && index.words.isJobNoun(worker) ? workers : undefined;
}

/** How English names the one who does a thing: painter, baker, inspector; and the one who practises a field: artist, musician, accountant, secretary, cashier. */
const AGENT_SUFFIXES = ['er', 'r', 'or'];
const PRACTITIONER_SUFFIXES = ['ist', 'ian', 'ant', 'ary', 'ier'];

/**
 * The agent nouns a verb may form ("paint" → "painter", "cut" → "cutter", "operate" → "operator") and,
 * for a field named alone, its practitioner's ("art" → "artist", "music" → "musician", "account" →
 * "accountant", "pharmacy" → "pharmacist"). A final "e" or "y" gives way to the suffix.
 */
export function agentForms(word: string, field = false): string[] {
  const bases = [...new Set([word, word.replace(/[ey]$/, '')])];
  const suffixes = field ? [...AGENT_SUFFIXES, ...PRACTITIONER_SUFFIXES] : AGENT_SUFFIXES;
  return [...bases.flatMap((base) => suffixes.map((suffix) => base + suffix)), `${word}${word.at(-1)}er`];
}

/** Vehicles and engines, which their drivers and pilots run and mechanics repair ("fix boats" asks for no captain). */
const REPAIRED_VEHICLE = /^(?:fix\w*|repair\w*|servic\w*|tune|tunes|tuning)\b.*\b(?:boats?|ships?|yachts?|(?:air)?planes?|aircraft|jets?|helicopters?|cars?|trucks?|buses|bus|tractors?|motorcycles?|engines?|forklifts?|vehicles?|rvs?)\b/;
/** Repairing with nothing named ("fix things", "good at fixing stuff") is general maintenance and repair work. */
const REPAIRED_ANYTHING = /^(?:fix|fixes|fixing|repair\w*)(?:\s+(?:things?|stuff|everything|anything))?$/;
/**
 * A skill taught to learners as a verb ("teach kids to swim", "teach people how to drive") is taught by an
 * instructor outside school; reading, writing and a language are school's, and "teach english to immigrants" names no skill verb.
 */
const TAUGHT_SKILL = /^teach\w*\s+(?:(?:kids?|children|people|adults?|students?|teens?|beginners?|someone|others|them|folks|seniors)\s+)?(?:how\s+)?to\s+(?!(?:read|write|spell|count|speak|do\s+math)\b)[a-z]/;

/**
 * The worker a description asks for, from its verb on, besides its words: a vehicle repaired asks for its
 * mechanic, not the one who drives it; repairing alone for maintenance; a skill taught for its instructor,
 * not a school teacher of the learners.
 */
export function askedWorker(text: string): string | undefined {
  // "good at fixing cars", "good with teaching kids to swim": the skill follows its preposition.
  const work = text.replace(/^(?:at|with)\s+/, '');
  if (REPAIRED_VEHICLE.test(work)) return 'mechanic';
  if (REPAIRED_ANYTHING.test(work)) return 'maintenance';
  return TAUGHT_SKILL.test(work) ? 'instructor' : undefined;
}

/** Agents whose titles span trades, told apart only by what they work on: a "cleaner" of teeth is no janitor. */
const GENERIC_AGENTS = new Map([['cleaner', 'clean'], ['fixer', 'fix'], ['maker', 'make']]);

/**
 * A job named by an everyday object and a generic agent, "teeth cleaner" or "boat fixer", is the work
 * "clean teeth": O*NET's titles name the object in their own words ("dental hygienist"), and the lay
 * tables know it only in a description.
 */
export function asWorkDone(text: string): string {
  const [object, agent, ...rest] = text.split(' ');
  if (!agent || rest.length) return text;
  const verb = GENERIC_AGENTS.get(agent);
  return verb && LAY_WORDS.has(stemWord(object)) ? `${verb} ${object}` : text;
}
