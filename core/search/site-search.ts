import { startsWithLayVerb } from './describe-work.ts';
import { rankPlan, type RankedOccupation } from './rank.ts';
import type { SearchIndex, SearchVocabulary } from './search-index.ts';
import { indexTitleTerms, stemWord } from './title-terms.ts';
import { planTerms, understandQuery, type QueryPlan } from './understand-query.ts';

/**
 * The site's search over the occupation ranker: occupations ranked by `rank.ts`, then the employer
 * roles and education programs that go with them, with the intent rules of the search page. Pure,
 * so the browser and the tests run the same code; the page loads the shards `termsOf` names first.
 */

export type Kind = 'Occupation' | 'Role' | 'Program';

export type SiteSearchCore = SearchVocabulary & {
  shards: number;
  /** Per occupation: indexes into `lists` (−1: none): pay (as the page words it), place, training, area, preparation; then 1 if high demand. */
  facts: number[][];
  lists: Record<'pays' | 'places' | 'trainings' | 'areas' | 'preparations' | 'companies' | 'institutions' | 'awards', string[]>;
  /** title, company, slug, occupation (−1: none). */
  roles: [string, number, string, number][];
  /** title, institution, award, id, occupations it leads to (best first). */
  programs: [string, number, number, string, number[]][];
};

export type SiteResult = {
  kind: Kind;
  url: string;
  title: string;
  /** O*NET-SOC for occupations; the company for roles; the institution for programs. */
  detail: string;
  /** Occupations: "$64,210 a year" or "$25.79/hr", with the place. */
  pay?: { amount: string; place: string };
  train?: string;
  score: number;
};

export type Filters = Record<string, string[]>;

export type SiteAnswer = {
  results: SiteResult[];
  /** "Showing results for …": the query with its typos corrected. */
  corrected?: string;
  /** "Did you mean …": the closest occupation when part of the query matched nothing. */
  didYouMean?: SiteResult;
  lead: Kind;
};

/** Words that ask for a kind of page rather than describe it; they choose the leading kind and are not searched for. */
const KIND_WORDS: [Kind, RegExp][] = [
  ['Program', /\b(?:programs?|degrees?|certificates?|courses?)\b/gi],
  ['Role', /\b(?:jobs?|openings?|hiring|vacanc(?:y|ies))\b/gi],
];
/** Verbs that ask for a way to study ("find nursing programs", "take a welding course"), not for the work. */
const STUDYING = /^\s*(?:find|get|take(?!\s+care)|study|learn|enroll|apply|earn|need|want|become|attend|choose|compare|search|look|looking|start|finish|complete)\b/;
/** Where a job ad's title ends and its details begin: " - ", " | ", " – ". */
const JOB_AD_PART = /\s[-|–—]\s/;
/** Other kinds follow the leading kind's best matches: their scores are multiplied by this. */
const OTHER_KINDS_WEIGHT = 0.45;
/** A role matches the query when its occupation scores at least this share of the best one's, or its title has this share of the query's words. */
const ROLE_MATCH = 0.5;
/** A named company's roles that do not match the job words: just below the best occupation (weighted `OTHER_KINDS_WEIGHT`). */
const UNRELATED_ROLE = 0.4;
/** Occupations listed: those within this share of the best score, at most `MAX_OCCUPATIONS`. */
const OCCUPATION_FLOOR = 0.2;
const MAX_OCCUPATIONS = 40;

const normalize = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
/** A company's name without its bracketed long form: "TECO" of "TECO (Tampa Electric)". */
const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
/** A company's name as whole words in any case and with any punctuation between them ("Publix" in "publix - deli"). */
const namePattern = (name: string) => new RegExp(`(?<![a-z0-9])${normalize(name).trim().split(' ').join('[^a-z0-9]+')}(?![a-z0-9])`, 'gi');

export type SitePlan = { plan: QueryPlan | null; lead: Kind; intent?: Kind; companies: number[]; text: string };

/**
 * Kind words that ask for a kind of page: not those that qualify a job noun ("Program Director",
 * "Degree Audit Specialist" are jobs), which stay in the query.
 */
function kindIntent(index: SearchIndex, query: string): { intent?: Kind; text: string } {
  // "write computer programs", "take care of a golf course": the work's object, unless the verb is about studying.
  const lower = query.toLowerCase();
  if (startsWithLayVerb(index, lower) && !STUDYING.test(lower)) return { text: query };
  // A job ad's later parts are perks and places ("Actuarial Analyst - P&C - Exam Support Program"): only the first asks.
  const asking = query.search(JOB_AD_PART);
  for (const [kind, pattern] of KIND_WORDS) {
    let asked = false;
    const text = query.replace(pattern, (word, at: number) => {
      if (asking >= 0 && at > asking) return word;
      const next = query.slice(at + word.length).match(/^[\s-]*([a-z]+)/i)?.[1];
      if (next && index.words.isJobNoun(stemWord(next.toLowerCase()))) return word;
      asked = true;
      return ' ';
    });
    if (asked) return { intent: kind, text };
  }
  return { text: query };
}

/** Reads the intent (kind words, company names) and the job words of a query. */
export function planSiteQuery(core: SiteSearchCore, index: SearchIndex, query: string): SitePlan {
  const { intent, text: asked } = kindIntent(index, query);
  const q = normalize(query);
  const companies = core.lists.companies.flatMap((name, i) =>
    [name, shortName(name)].some((form) => normalize(form).trim() && q.includes(normalize(form))) ? [i] : [],
  );
  // The company's name goes, the rest stays as typed: "OTR/L - BayCare" must reach the ranker as soc:suggest sees "OTR/L".
  let text = asked;
  for (const i of companies) text = text.replace(namePattern(shortName(core.lists.companies[i])), ' ');
  text = text.replace(/\s+/g, ' ').trim();
  const lead = intent ?? (companies.length ? 'Role' : 'Occupation');
  return { plan: /[a-z0-9]/i.test(text) ? understandQuery(index, text) : null, lead, intent, companies, text };
}

/** The index terms a planned query looks up: the page loads their shards before `answerSiteQuery`. */
export const termsOf = (planned: SitePlan) => (planned.plan ? planTerms(planned.plan) : []);

function occupationResult(core: SiteSearchCore, occ: number, score: number): SiteResult {
  const [code, title] = core.occupations[occ];
  const [pay, place, train] = core.facts[occ];
  return {
    kind: 'Occupation',
    url: `/occupations/${code}/`,
    title,
    detail: code,
    pay: pay >= 0 ? { amount: core.lists.pays[pay], place: core.lists.places[place] } : undefined,
    train: train >= 0 ? core.lists.trainings[train] : undefined,
    score,
  };
}

const roleResult = (core: SiteSearchCore, [title, company, slug]: SiteSearchCore['roles'][number], score: number): SiteResult => ({
  kind: 'Role', url: `/roles/${slug}/`, title: `${title}, ${core.lists.companies[company]}`, detail: core.lists.companies[company], score,
});

const programResult = (core: SiteSearchCore, [title, institution, , id]: SiteSearchCore['programs'][number], score: number): SiteResult => ({
  kind: 'Program', url: `/programs/${id}/`, title: `${title}, ${core.lists.institutions[institution]}`, detail: core.lists.institutions[institution], score,
});

/** Share of a record's title terms that the query has, for roles and programs named by their own words. */
function wordMatch(title: string, terms: ReadonlySet<string>): number {
  const own = new Set(indexTitleTerms(title));
  if (!own.size || !terms.size) return 0;
  let hits = 0;
  for (const t of own) if (terms.has(t)) hits++;
  return hits / Math.max(own.size, terms.size);
}

function passes(core: SiteSearchCore, result: SiteResult, record: { occ?: number; company?: number; award?: number }, filters: Filters): boolean {
  const facts = record.occ !== undefined && record.occ >= 0 ? core.facts[record.occ] : undefined;
  const checks: [string, string | undefined][] = [
    ['kind', result.kind],
    ['area', facts ? core.lists.areas[facts[3]] : undefined],
    ['preparation', facts ? core.lists.preparations[facts[4]] : undefined],
    ['demand', facts?.[5] ? 'High demand' : undefined],
    ['company', record.company !== undefined ? core.lists.companies[record.company] : undefined],
    ['award', record.award !== undefined ? core.lists.awards[record.award] : undefined],
  ];
  return checks.every(([name, value]) => !filters[name]?.length || (value !== undefined && filters[name].includes(value)));
}

/** Ranked results of every kind for a planned query (its shards loaded) and the filters. */
export function answerSiteQuery(core: SiteSearchCore, index: SearchIndex, planned: SitePlan, filters: Filters = {}): SiteAnswer {
  const { plan, lead, companies } = planned;
  const ranked: RankedOccupation[] = plan ? rankPlan(index, plan, MAX_OCCUPATIONS) : [];
  const top = ranked[0]?.score ?? 0;
  const kept = ranked.filter((r) => r.score >= OCCUPATION_FLOOR * top);
  const position = new Map(index.occupations.map(([code], i) => [code, i]));
  const occScore = new Map(kept.map((r) => [position.get(r.code)!, r.score / (top || 1)]));
  const terms = new Set(plan ? planTerms(plan) : []);
  const weight = (kind: Kind) => (kind === lead ? 1 : OTHER_KINDS_WEIGHT);
  // Without job words (filters alone, "BayCare", "programs"), list every record of the kinds asked for.
  const browsing = !plan;
  const browse = (kind: Kind) => browsing && (companies.length ? kind === 'Role' : !planned.intent || planned.intent === kind);

  const candidates: { result: SiteResult; record: { occ?: number; company?: number; award?: number } }[] = [];
  if (browse('Occupation')) core.occupations.forEach((_, occ) => occScore.set(occ, 0));
  for (const [occ, score] of occScore) candidates.push({ result: occupationResult(core, occ, score * weight('Occupation')), record: { occ } });
  core.roles.forEach((role) => {
    const [title, company, , occ] = role;
    const atCompany = companies.includes(company);
    const related = Math.max(occScore.get(occ) ?? 0, wordMatch(title, terms));
    // "Branch Manager - Raymond James": the company's matching roles lead; its other roles, and those sharing
    // a word or two ("Manager", "Tech"), follow the best occupations.
    const matches = related >= ROLE_MATCH;
    const score = !atCompany ? related : matches || !plan ? related + 1 : UNRELATED_ROLE;
    // A named company leads with its own roles; other companies' roles follow as any other kind does.
    const leads = atCompany || !companies.length;
    if (score > 0 || (browse('Role') && leads)) candidates.push({ result: roleResult(core, role, score * (leads ? weight('Role') : OTHER_KINDS_WEIGHT)), record: { occ, company } });
  });
  core.programs.forEach((program) => {
    const [title, , award, , occs] = program;
    const viaOccupation = Math.max(0, ...occs.map((occ, i) => (occScore.get(occ) ?? 0) / (1 + 0.25 * i)));
    const score = Math.max(viaOccupation * 0.9, wordMatch(title, terms));
    // Career area, preparation and demand describe occupations and roles, not programs.
    if (score > 0 || browse('Program')) candidates.push({ result: programResult(core, program, score * weight('Program')), record: { award } });
  });
  const results = candidates
    .filter((c) => passes(core, c.result, c.record, filters))
    .map((c) => c.result)
    .sort((a, b) => b.score - a.score || (browsing ? a.title.localeCompare(b.title) : 0));
  const answer: SiteAnswer = { results, corrected: plan?.corrected, lead };
  // Part of the query matched nothing: offer the closest occupation rather than a silent guess.
  if (plan?.unknown.length && kept.length) answer.didYouMean = results.find((r) => r.kind === 'Occupation');
  return answer;
}
