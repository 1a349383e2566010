import type { SearchIndex } from './search-index.ts';
import { TITLE_FLAG_BITS, TITLE_FLAGS } from './search-data.ts';
import type { WeightedTerm } from './title-terms.ts';
import { fitRoles } from './role-fit.ts';
import { understandQuery, type QueryPlan } from './understand-query.ts';

/**
 * The one occupation ranker, for the site's search and `soc:suggest`. Titles are matched title
 * against title: each occupation scores by its best matching title, scaled by how much of that
 * title the query covers, plus a little for every further matching title. The occupations' work
 * (title, description, tasks) breaks ties and, for a description of work, carries the ranking.
 * Relaxed: a query whose words do not all match still ranks by how many and which words match.
 */

export type RankedOccupation = { code: string; title: string; score: number };

/** A title that is, word for word, (part of) the query beats near matches; O*NET's own title most, the one that covers most of the query most. */
const EXACT_BONUS = 0.5;
/**
 * Context and qualifiers (weight 0.5 or less: "Taper - Drywall", "Night") make a title that has them
 * more exact only half as much as the title's own words: for "Taper - Drywall", O*NET's "Taper"
 * stays nearly as exact as its "Drywall Taper".
 */
const CONTEXT_COVERAGE = 0.5;
const CONTEXT_WEIGHT = 0.5;
/**
 * A title O*NET lists under several occupations shares its exact-title bonus by how common each is
 * (employment to this power): "Line Cook" is likelier a restaurant cook than a short-order one.
 */
const SHARED_TITLE_PRIOR = 0.45;
/**
 * A shared title in use in an occupation, not only listed there (its workers reported it in O*NET's
 * survey, or employers post it for it: `inUse`), has its share counted this many times.
 */
const IN_USE_SHARE = 10;
/**
 * The titles employers post name the occupation most postings of them belong to (`data/titles/`): such a title, word
 * for word, outweighs O*NET's listing it elsewhere and the other occupation's work words ("Building Engineer" is a
 * maintenance worker, though civil engineers build): its exact-title bonus counts this many times.
 */
const POSTED_WEIGHT = 3;
/** Many matching titles are evidence too ("Staff Nurse", "Charge Nurse" … all Registered Nurses). */
const BREADTH_WEIGHT = 0.05;
const BREADTH_CAP = 0.5;
/** The occupations' work breaks ties between titles; for a description of work it weighs as much as titles. */
const WORK_WEIGHT = 0.3;
const DESCRIBED_WORK_WEIGHT = 1;
/** For a description of work, titles that share a word with it ("Drawing Out Machine Tenders" for "draw blood") say less. */
const DESCRIBED_TITLE_WEIGHT = 0.7;
const DESCRIPTION_WEIGHT = 0.5;
/** How much of an occupation's work score depends on covering all the query's words. */
const COVERAGE_WEIGHT = 0.8;
/**
 * A title that does not name a specialty belongs to the main occupation: O*NET's specialties
 * (`.01`–`.99`) and residual "All Other" groups list generic titles too, but only for their niche.
 */
const SPECIALTY_PRIOR = 0.85;
/**
 * "Managers, All Other" lists managers' titles that O*NET's other occupations cover in practice
 * ("Dental Office Manager", "Pharmacy Manager"): a posted title is seldom the residual's.
 */
const RESIDUAL_MANAGERS_PRIOR = 0.75;
const RESIDUAL_MANAGERS = '11-9199.00';
/** Common occupations rise a little: per tenth of log10 of U.S. employment in thousands (3.0 for 1,000,000 jobs). */
const COMMONNESS_WEIGHT = 0.007;
/**
 * A rare occupation (under 100,000 U.S. jobs, commonness 20) loses a further 1 % per tenth of log10
 * below it: a near tie between "Automotive Engineering Technicians" (16) and "Automotive Service
 * Technicians" (29) for "Auto Technician" goes to the job that employers post by the thousand.
 */
const RARE_BELOW = 20;
const RARE_WEIGHT = 0.01;
const rarity = (commonness: number) => 1 - RARE_WEIGHT * Math.max(0, RARE_BELOW - commonness);
const isSpecialty = (code: string, title: string) => !code.endsWith('.00') || /\bAll Other\b/i.test(title);
const priorOf = (code: string, title: string) => (code === RESIDUAL_MANAGERS ? RESIDUAL_MANAGERS_PRIOR : isSpecialty(code, title) ? SPECIALTY_PRIOR : 1);
type TitleHit = { score: number; matched: number; total: number; occupations: { occ: number; official: boolean; inUse: boolean; posted: boolean }[]; strong: number; words: number };

/** Best title match per occupation, plus a little for every further matching title and for an exact match. */
function scoreTitles(index: SearchIndex, terms: WeightedTerm[]): Map<number, number> {
  const hits = new Map<number, TitleHit>();
  // "Tech" is a technician or a technologist: a title with either has the word, so alternatives do not count apart.
  const strongTerms = terms.filter((t) => t.weight >= 1 && !t.alternative).length;
  // Each query word, its alternative forms with it: a title covers the word with any of its forms.
  const wordOf: number[] = [];
  terms.forEach((t, k) => wordOf.push(t.alternative && k > 0 ? wordOf[k - 1] : k));
  const wordBit = wordOf.map((w) => (w < 31 ? 1 << w : 0));
  const wordWeight = terms
    .map((_, k) => Math.max(0, ...terms.filter((_, j) => wordOf[j] === wordOf[k]).map((u) => u.weight)))
    .map((w) => (w <= CONTEXT_WEIGHT ? w * CONTEXT_COVERAGE : w));
  const coveredOf = (hit: TitleHit) => wordWeight.reduce((sum, w, k) => sum + (wordOf[k] === k && hit.words & wordBit[k] ? w : 0), 0);
  for (const [k, { term, weight }] of terms.entries()) {
    const postings = index.postings(term);
    if (!postings || !postings[0]) continue;
    const idf = Math.log(1 + index.titleCount / postings[0]);
    const list = postings[2];
    let id = 0;
    let last = -1;
    for (let i = 0; i < list.length; i += 3) {
      id += list[i];
      let hit = hits.get(id);
      if (!hit) hits.set(id, (hit = { score: 0, matched: 0, total: (list[i + 2] >> TITLE_FLAG_BITS) / 10, occupations: [], strong: 0, words: 0 }));
      if (id !== last) {
        hit.score += weight * idf;
        hit.matched += idf;
        hit.words |= wordBit[k];
        if (weight >= 1) hit.strong++;
        if (hit.occupations.length) hit.occupations = [];
      }
      hit.occupations.push({ occ: list[i + 1], official: (list[i + 2] & TITLE_FLAGS.official) !== 0, inUse: (list[i + 2] & TITLE_FLAGS.inUse) !== 0, posted: (list[i + 2] & TITLE_FLAGS.posted) !== 0 });
      last = id;
    }
  }
  const size = ({ occ, inUse }: { occ: number; inUse: boolean }) => 10 ** ((SHARED_TITLE_PRIOR * (index.commonness[occ] ?? 0)) / 10) * (inUse ? IN_USE_SHARE : 1);
  // A title O*NET lists under a main occupation and its specialties ("Plant Manager": industrial production managers
  // and four kinds of power plant's) is typical of the whole family: the main occupation takes the family's shares.
  const familyOf = (occ: number) => index.occupations[occ][0].slice(0, 7);
  const isMain = (occ: number) => index.occupations[occ][0].endsWith('.00');
  const shareOf = (occ: number, all: TitleHit['occupations']) => {
    const own = all.filter((o) => o.occ === occ || (isMain(occ) && familyOf(o.occ) === familyOf(occ)));
    return own.reduce((sum, o) => sum + size(o), 0) / all.reduce((sum, o) => sum + size(o), 0);
  };
  const best = new Map<number, number>();
  const rest = new Map<number, number>();
  const exact = new Map<number, number>();
  const isWhole = (hit: TitleHit) => (hit.total > 0 ? hit.matched / hit.total : 1) > 0.99 && hit.strong >= strongTerms;
  const widest = Math.max(0, ...[...hits.values()].filter(isWhole).map(coveredOf));
  for (const hit of hits.values()) {
    // A title with words the query lacks names a narrower job: "Executive Administrative Assistant"
    // is a weaker match for "administrative assistant" than its length alone says.
    const coverage = hit.total > 0 ? Math.min(1, hit.matched / hit.total) : 1;
    const score = hit.score * coverage;
    const whole = isWhole(hit);
    // "ICU RN" is, word for word, both "Registered Nurse" and "ICU RN": the title that accounts for more of the query is the more exact.
    const bonus = whole ? (EXACT_BONUS * coveredOf(hit)) / widest : 0;
    for (const { occ, official, posted } of hit.occupations) {
      best.set(occ, Math.max(best.get(occ) ?? 0, score));
      rest.set(occ, (rest.get(occ) ?? 0) + score);
      // A title O*NET lists under one occupation is decisive, the occupation employers post it for more so;
      // one listed under four tells less about each, the commonest most.
      if (whole) exact.set(occ, Math.max(exact.get(occ) ?? 0, posted ? bonus * POSTED_WEIGHT : official ? bonus : bonus * shareOf(occ, hit.occupations)));
    }
  }
  const scores = new Map<number, number>();
  for (const [occ, score] of best) {
    if (score <= 0) continue;
    const breadth = Math.min(BREADTH_CAP, (BREADTH_WEIGHT * ((rest.get(occ) ?? 0) - score)) / score);
    scores.set(occ, score * (1 + breadth + (exact.get(occ) ?? 0)));
  }
  return scores;
}

/**
 * BM25-weighted match of terms against the occupations' own words, scaled by the share of the
 * query's weight it covers: an occupation whose work has every word beats one with a single word many times.
 */
function scoreWork(index: SearchIndex, terms: WeightedTerm[]): Map<number, number> {
  const scores = new Map<number, number>();
  const covered = new Map<number, number>();
  let total = 0;
  for (const { term, weight } of terms) {
    total += weight;
    const postings = index.postings(term);
    if (!postings || !postings[1]) continue;
    const idf = Math.log(1 + index.occupations.length / postings[1]);
    const list = postings[3];
    let occ = 0;
    for (let i = 0; i < list.length; i += 2) {
      occ += list[i];
      scores.set(occ, (scores.get(occ) ?? 0) + (weight * idf * list[i + 1]) / 100);
      covered.set(occ, (covered.get(occ) ?? 0) + weight);
    }
  }
  for (const [occ, score] of scores) scores.set(occ, score * (1 - COVERAGE_WEIGHT + (COVERAGE_WEIGHT * covered.get(occ)!) / total));
  return scores;
}

function normalise(scores: Map<number, number>): Map<number, number> {
  const max = Math.max(0, ...scores.values());
  return max > 0 ? new Map([...scores].map(([occ, s]) => [occ, s / max])) : new Map();
}

/** The `n` occupations that best fit an understood query, best first; deterministic. */
export function rankPlan(index: SearchIndex, plan: QueryPlan, n = 5): RankedOccupation[] {
  const titles = normalise(scoreTitles(index, plan.terms));
  const work = normalise(scoreWork(index, plan.workTerms));
  const described = normalise(scoreWork(index, plan.description));
  const [titleWeight, workWeight] = plan.describesWork ? [DESCRIBED_TITLE_WEIGHT, DESCRIBED_WORK_WEIGHT] : [1, WORK_WEIGHT];
  const occupations = new Set([...titles.keys(), ...work.keys(), ...described.keys()]);
  const roleFit = fitRoles(index, plan, (terms) => scoreTitles(index, terms));
  const ranked = [...occupations].map((occ) => {
    const [code, title] = index.occupations[occ];
    const evidence = titleWeight * (titles.get(occ) ?? 0) + workWeight * (work.get(occ) ?? 0) + DESCRIPTION_WEIGHT * (described.get(occ) ?? 0);
    const score = evidence * priorOf(code, title) * roleFit(occ) * (1 + COMMONNESS_WEIGHT * (index.commonness[occ] ?? 0)) * rarity(index.commonness[occ] ?? 0);
    return { code, title, score: Math.round(score * 1000) / 1000 };
  });
  return ranked.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, n);
}

/** The `n` occupations that best fit a job title (and a role's description), best first. */
export function rankOccupations(index: SearchIndex, query: { title: string; description?: string } | string, n = 5): RankedOccupation[] {
  const { title, description } = typeof query === 'string' ? { title: query, description: undefined } : query;
  return rankPlan(index, understandQuery(index, title, description), n);
}
