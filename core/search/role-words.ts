/**
 * Words that say a posted title is a working supervisor's, whatever the workers: an "Assistant
 * Store Manager", a "Shift Leader", a "Department Manager", a "Lead Cashier" or a "Warehouse Lead"
 * directs the workers of a store, a shift or a crew and works beside them, which O*NET files under
 * its "First-Line Supervisors of …" occupations rather than under the managers (11-).
 */

/** A second-in-command of a store, a restaurant or a department: "Assistant Store Manager", "Asst. Manager". */
const ASSISTANT_MANAGER = /\b(?:assistant|asst|associate)\b(?:\s+[a-z]+){0,2}\s+(?:manager|mgr)\b/;
/** A manager or leader of a shift, a department, a crew or a team: "Shift Manager", "Crew Leader", "Team Lead". */
const UNIT_LEADER = /\b(?:shift|department|dept|crew|team|floor|line)\s+(?:manager|mgr|leader|lead|supervisor)\b/;
/**
 * A store department's manager ("Deli Manager", "Produce Manager", "Meat Manager") runs one counter
 * or aisle beside its clerks: a department manager, whatever O*NET files the bare title under.
 */
const STORE_DEPARTMENT = /\b(?:deli|produce|bakery|meat|seafood|floral|dairy|frozen food|grocery|front end|cosmetics|garden center|lumber)\s+(?:department\s+)?(?:manager|mgr)\b/;
/**
 * "Warehouse Supervisor", "Construction Foreman", "Crew Chief": a supervisor by name. A sergeant or a
 * lieutenant of a jail, a patrol or a fire station holds a supervisor's rank: "Detention Sergeant".
 */
const SUPERVISOR = /\b(?:supervisor|supv|foreman|forewoman|foreperson|crew chief|sergeant|sgt|lieutenant)\b/;
/** "Lead Cashier", "Warehouse Lead", "Lead - Ramp": a lead among the workers, not a manager's title. */
const LEAD = /\blead\b(?!\s+(?:generation|abatement|paint|poisoning))/;
/** Titles whose "lead" or "assistant" is seniority or a profession, not supervision of a crew. */
const NOT_CREW = /\b(?:engineer|developer|architect|scientist|analyst|designer|consultant|teacher|nurse|physician|pharmacist|therapist|attorney|accountant|auditor|director|project|program|product|account)\b/;

/** Whether a posted title (lowercase, job-ad noise out) reads as a first-line supervisor's. */
export function readsAsSupervisor(title: string): boolean {
  if (NOT_CREW.test(title)) return false;
  return [ASSISTANT_MANAGER, UNIT_LEADER, STORE_DEPARTMENT, SUPERVISOR, LEAD].some((pattern) => pattern.test(title));
}

/** The words up to a title's context ("- Nights", ", Retail", "(Days)"). */
const MAIN_PHRASE = /^(.*?)(?=\s[-–—|/]\s|,|\(|$)/;
/** A supervising word already in the main phrase: "Lead Supervisor" needs no second one. */
const SUPERVISING_NOUN = /\b(?:supervisor|supv|manager|mgr|foreman|forewoman|foreperson|chief|leader)\b/;

/**
 * A lead among workers ("Lead Cashier", "Cashier Lead", "Lead Ramp Agent") supervises them: O*NET
 * lists no "Lead Cashier" under Cashiers (its few "Lead" titles are the metal's or a cargo mover's),
 * so "lead" reads as "supervisor", kept before the workers' noun so that the workers still name the
 * job where O*NET has no supervisor of them ("Lead Dental Assistant"). `namesJob` tells a worker's
 * noun ("cashier") from the object of a verb ("lead hiking trips").
 */
export function leadAsSupervisor(title: string, namesJob: (word: string) => boolean): string {
  if (!readsAsSupervisor(title)) return title;
  const main = title.match(MAIN_PHRASE)?.[1] ?? '';
  if (!LEAD.test(main) || SUPERVISING_NOUN.test(main)) return title;
  const workers = main.replace(/\blead\b/, ' ').replace(/\s+/g, ' ').trim();
  // "lead hiking trips" leads no workers: only a job noun names the workers led.
  if (!workers.split(' ').some(namesJob)) return title;
  return `supervisor ${workers}${title.slice(main.length)}`;
}
