import type { SearchIndex } from './search-index.ts';
import type { WeightedTerm } from './title-terms.ts';
import type { QueryPlan } from './understand-query.ts';

/**
 * How well an occupation's role fits what the query asks for, as a factor on its score: a practitioner
 * for a description of work, a first-line supervisor of the named workers for a working supervisor's
 * title, the named kind of manager for a generic manager's title with context.
 */

/** Title scores by occupation for some terms: the ranker's own title matching. */
export type ScoreTitles = (terms: WeightedTerm[]) => Map<number, number>;

/**
 * A description of work ("psychology", "calculate insurance risk") asks for the people who do it:
 * teachers of the field and managers of those who do it rank below them unless it asks for them.
 */
const PRACTITIONER_PRIOR = 0.75;
const isTeacher = (code: string) => /^25-[123]/.test(code);
const isManager = (code: string, title: string) => code.startsWith('11-') || /^First-Line Supervisors\b/.test(title);
/** A working supervisor's title ("Assistant Store Manager", "Shift Leader") is likelier a first-line supervisor than a manager. */
const SUPERVISOR_FIT = 1.25;
const isFirstLine = (title: string) => /^First-Line Supervisors\b/.test(title);
/** Among first-line supervisors, those of the workers the title names ("Framing Crew Lead": construction trades) rise further. */
const SUPERVISED_FIT = 1.5;
/** Words of a supervisor's title that name the supervising, not the workers. */
const SUPERVISING = new Set(['supervisor', 'foreman', 'lead', 'leader', 'manager', 'assistant', 'head', 'chief', 'crew', 'team', 'shift', 'department', 'superintendent']);
/** Words that may name the workers: an employer's industry (0.3, "Shift Manager - McDonald's") but no seniority or schedule (0.2). */
const WORKER_WEIGHT = 0.3;
/**
 * The SOC major group ("47") of the workers a supervisor's title names: the occupation its other
 * words name as a title ("Framing" → "Framing Carpenter", "Warehouse" → "Warehouse Worker").
 */
function supervisedGroup(index: SearchIndex, plan: QueryPlan, scoreTitles: ScoreTitles): string | undefined {
  const workers = plan.terms.filter((t) => t.weight >= WORKER_WEIGHT && !SUPERVISING.has(t.term));
  if (!plan.supervises || !workers.length) return undefined;
  const [occ] = [...scoreTitles(workers)]
    .filter(([o]) => !isManager(...index.occupations[o]))
    .reduce((top, next) => (next[1] > top[1] ? next : top), [-1, 0]);
  return occ >= 0 ? index.occupations[occ][0].slice(0, 2) : undefined;
}
/** The manager of the kind the title's context names ("General Manager - Apartment Community": a property manager) rises. */
const MANAGED_FIT = 1.6;
/** Words of a manager's title that say the rank or the reach of the manager, not what is managed. */
const MANAGING = new Set([...SUPERVISING, 'director', 'general', 'operation', 'district', 'area', 'regional', 'region', 'branch', 'site', 'executive', 'store', 'unit', 'senior', 'vice', 'president', 'administrator']);
const isGeneric = (code: string) => code === '11-1021.00' || code === '11-9199.00' || code === '11-1011.00';
/** The specific manager occupation (11-) whose titles the context words of a manager's title name, if any. */
function managedKind(index: SearchIndex, plan: QueryPlan, scoreTitles: ScoreTitles): number | undefined {
  if (plan.supervises || plan.describesWork || !plan.terms.some((t) => t.term === 'manager' && t.weight >= 1)) return undefined;
  // Only a generic manager's title ("General Manager", "Operations Manager") leaves the kind to its context.
  const context = plan.terms.filter((t) => t.weight >= 0.5 && !MANAGING.has(t.term));
  if (!context.length || context.some((t) => t.weight >= 1)) return undefined;
  const [occ] = [...scoreTitles(context)]
    .filter(([o]) => index.occupations[o][0].startsWith('11-') && !isGeneric(index.occupations[o][0]))
    .reduce((top, next) => (next[1] > top[1] ? next : top), [-1, 0]);
  return occ >= 0 ? occ : undefined;
}
/**
 * A director or a vice president is a manager, never a first-line supervisor, though O*NET lists
 * some of their titles there too ("Food Service Director" under the food service supervisors).
 */
const DIRECTOR_FIT = 0.75;
const EXECUTIVE_NOUNS = new Set(['director', 'president']);
const namesExecutive = (plan: QueryPlan) => plan.terms.some((t) => EXECUTIVE_NOUNS.has(t.term) && t.weight > 1);
function roleFit(plan: QueryPlan, code: string, title: string, group?: string): number {
  if (!plan.describesWork && !plan.supervises && isFirstLine(title) && namesExecutive(plan)) return DIRECTOR_FIT;
  if (plan.supervises) return isFirstLine(title) ? SUPERVISOR_FIT * (group && code.startsWith(group) ? SUPERVISED_FIT : 1) : 1;
  if (!plan.describesWork) return 1;
  // Teachers of what the query names rise when it asks to teach it; managers are no likelier for "manage databases".
  if (isTeacher(code)) return plan.asks.teaching ? 1 / PRACTITIONER_PRIOR : PRACTITIONER_PRIOR;
  if (isManager(code, title)) return plan.asks.managing ? 1 : PRACTITIONER_PRIOR;
  return 1;
}

/** The role fit of each occupation (by index) for a plan. */
export function fitRoles(index: SearchIndex, plan: QueryPlan, scoreTitles: ScoreTitles): (occ: number) => number {
  const group = supervisedGroup(index, plan, scoreTitles);
  const kind = managedKind(index, plan, scoreTitles);
  return (occ) => {
    const [code, title] = index.occupations[occ];
    return roleFit(plan, code, title, group) * (occ === kind ? MANAGED_FIT : 1);
  };
}
