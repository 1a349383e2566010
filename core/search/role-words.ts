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
/** "Warehouse Supervisor", "Construction Foreman", "Crew Chief": a supervisor by name. */
const SUPERVISOR = /\b(?:supervisor|supv|foreman|forewoman|foreperson|crew chief)\b/;
/** "Lead Cashier", "Warehouse Lead", "Lead - Ramp": a lead among the workers, not a manager's title. */
const LEAD = /\blead\b(?!\s+(?:generation|abatement|paint|poisoning))/;
/** Titles whose "lead" or "assistant" is seniority or a profession, not supervision of a crew. */
const NOT_CREW = /\b(?:engineer|developer|architect|scientist|analyst|designer|consultant|teacher|nurse|physician|pharmacist|therapist|attorney|accountant|auditor|director|project|program|product|account)\b/;

/** Whether a posted title (lowercase, job-ad noise out) reads as a first-line supervisor's. */
export function readsAsSupervisor(title: string): boolean {
  if (NOT_CREW.test(title)) return false;
  return [ASSISTANT_MANAGER, UNIT_LEADER, SUPERVISOR, LEAD].some((pattern) => pattern.test(title));
}
