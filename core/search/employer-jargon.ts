import { healthcare } from './jargon/healthcare.ts';
import { hospitality } from './jargon/hospitality.ts';
import type { JargonTable } from './jargon/jargon-table.ts';
import { logistics } from './jargon/logistics.ts';
import { office } from './jargon/office.ts';
import { publicService } from './jargon/public.ts';
import { retail } from './jargon/retail.ts';
import { trades } from './jargon/trades.ts';
import { alternatives, phrasePattern } from './phrase-pattern.ts';

/**
 * Employers' names for jobs, in O*NET's words: "EVS Tech" cleans a hospital, a "Front End" team member
 * works the checkout, a "Care Partner" is a nursing assistant, a "Ramp Agent" moves airline freight.
 * Phrases are matched on lowercase text as whole words and replaced where they stand, so the words
 * around them keep their role: "Ramp Agent Supervisor" stays a supervisor. Only phrases that name one
 * kind of work whoever uses them: "Associate" or "Team Member" alone name nothing. The tables are
 * kept by domain in `jargon/`.
 */

const TABLES: readonly JargonTable[] = [healthcare, hospitality, retail, logistics, office, trades, publicService];
const merge = (part: keyof JargonTable): Readonly<Record<string, string>> =>
  Object.assign({}, ...TABLES.map((table) => table[part]));

/** Phrases that name the worker: a generic worker word after one adds nothing ("EVS Tech", "Front End Team Member"). */
const WORKERS = merge('workers');
/** Phrases that name a team or a line of work: before a generic worker word, the worker ("Receiving Associate"). */
const TEAMS = merge('teams');
/** Phrases that name a field of work: the job noun after one still names the job ("Revenue Cycle Analyst"). */
const FIELDS = merge('fields');

/** Words that say only that someone works: after a phrase that names the worker, they go. */
const GENERIC_WORKERS = [
  'tech', 'techs', 'technician', 'technicians', 'aide', 'aides', 'associate', 'associates', 'worker', 'workers', 'attendant',
  'attendants', 'specialist', 'specialists', 'team member', 'team members', 'crew member', 'crew members', 'cast member',
  'cast members', 'crew', 'staff', 'employee', 'employees', 'agent', 'agents', 'representative', 'rep', 'partner', 'professional',
  'host', 'hosts', 'hostess', 'ambassador', 'ambassadors', 'clerk', 'clerks', 'person',
];

const GENERIC = alternatives(GENERIC_WORKERS);
const WORKER = `(${alternatives(Object.keys(WORKERS))})(?:\\s+(?:${GENERIC}))?`;
const TEAM = `(${alternatives(Object.keys(TEAMS))})\\s+(?:${GENERIC})`;
const FIELD = `(${alternatives(Object.keys(FIELDS))})`;
/** One pass, so that a replacement is never read again; at each place a worker phrase first, then a team, then a field. */
const JARGON_PATTERN = new RegExp(`(?<![a-z0-9])(?:${WORKER}|${TEAM}|${FIELD})(?![a-z0-9])`, 'g');

/**
 * A "lead" named after a place or a group of workers runs it: a "Kitchen Lead" or "Team Leader" is a
 * first-line supervisor (a lead of workers named by their job noun, "Lead Cook", is read in `role-words.ts`).
 */
const LED = phrasePattern(['team', 'crew', 'shift', 'kitchen', 'warehouse', 'production', 'department', 'floor', 'store', 'dock', 'yard',
  'site', 'line', 'unit', 'maintenance', 'housekeeping', 'cleaning', 'front end', 'front desk', 'deli', 'bakery', 'produce', 'retail',
  'receiving', 'shipping', 'inventory', 'fulfillment', 'stock', 'freight', 'ramp', 'security', 'custodial', 'janitorial', 'grounds',
  'laundry', 'sanitation', 'cafeteria', 'dietary']);
const LEADS = new RegExp(`(${LED.source}) lead(?:er)?(?![a-z0-9])`, 'g');

/** Lowercase text with employers' names for jobs put in O*NET's words. */
export function translateJargon(text: string): string {
  return text
    .replace(JARGON_PATTERN, (_, worker?: string, team?: string, field?: string) =>
      worker ? WORKERS[worker] : team ? TEAMS[team] : FIELDS[field!])
    .replace(LEADS, '$1 supervisor');
}
