/**
 * Employers' names for jobs, in O*NET's words: "EVS Tech" cleans a hospital, a "Front End" team member
 * works the checkout, a "Care Partner" is a nursing assistant, a "Ramp Agent" moves airline freight.
 * Phrases are matched on lowercase text as whole words and replaced where they stand, so the words
 * around them keep their role: "Ramp Agent Supervisor" stays a supervisor. Only phrases that name one
 * kind of work whoever uses them: "Associate" or "Team Member" alone name nothing.
 */

/** Phrases that name the worker: a generic worker word after one adds nothing ("EVS Tech", "Front End Team Member"). */
const WORKERS: Readonly<Record<string, string>> = {
  // Hospitals and care
  'environmental services': 'janitor',
  evs: 'janitor',
  'care partner': 'nursing assistant',
  'patient care partner': 'nursing assistant',
  'clinical care partner': 'nursing assistant',
  'patient care associate': 'nursing assistant',
  'patient care assistant': 'nursing assistant',
  'patient care tech': 'nursing assistant',
  'patient care technician': 'nursing assistant',
  'nurse tech': 'nursing assistant',
  'nursing tech': 'nursing assistant',
  'nurse extern': 'nursing assistant',
  'nurse aide': 'nursing assistant',
  'nurses aide': 'nursing assistant',
  'unit secretary': 'medical secretary',
  'unit clerk': 'medical secretary',
  'ward clerk': 'medical secretary',
  'health unit coordinator': 'medical secretary',
  'health unit clerk': 'medical secretary',
  'patient registrar': 'patient registration clerk',
  'blood drawer': 'phlebotomist',
  'specimen collector': 'phlebotomist',
  'behavioral health tech': 'psychiatric aide',
  'behavioral health technician': 'psychiatric aide',
  'mental health tech': 'psychiatric aide',
  'mental health technician': 'psychiatric aide',
  'direct care worker': 'personal care aide',
  'direct care staff': 'personal care aide',
  'companion caregiver': 'personal care aide',
  'practice administrator': 'medical practice manager',
  'home care aide': 'home health aide',
  'personal care assistant': 'personal care aide',
  'dietary aide': 'food preparation worker',
  'dietary worker': 'food preparation worker',
  'nutrition services aide': 'food preparation worker',
  'central supply tech': 'medical equipment preparer',
  'central supply technician': 'medical equipment preparer',
  // Hotels, housekeeping and cleaning
  'room attendant': 'housekeeping cleaner',
  'guest room attendant': 'housekeeping cleaner',
  'housekeeping attendant': 'housekeeping cleaner',
  'housekeeping aide': 'housekeeping cleaner',
  'public area attendant': 'janitor',
  'custodial technician': 'custodian',
  'custodial worker': 'custodian',
  'guest service agent': 'front desk clerk',
  'guest services agent': 'front desk clerk',
  'guest service representative': 'front desk clerk',
  'guest services representative': 'front desk clerk',
  'guest services associate': 'front desk clerk',
  'pool technician': 'swimming pool servicer',
  'pool service technician': 'swimming pool servicer',
  // Restaurants
  'sandwich artist': 'fast food sandwich maker',
  'kitchen porter': 'dishwasher',
  'dish machine operator': 'dishwasher',
  'kitchen steward': 'dishwasher',
  'prep cook': 'food preparation worker',
  'kitchen helper': 'food preparation worker',
  'kitchen hand': 'food preparation worker',
  'server assistant': 'busser',
  'banquet server': 'banquet food server',
  // Shops
  'front end': 'cashier',
  'key holder': 'retail supervisor',
  keyholder: 'retail supervisor',
  'retail associate': 'retail salesperson',
  'store associate': 'retail salesperson',
  'retail team member': 'retail salesperson',
  'sales floor associate': 'retail salesperson',
  'sales floor team member': 'retail salesperson',
  'stock associate': 'stocker',
  'stock team member': 'stocker',
  'replenishment associate': 'stocker',
  'brand ambassador': 'product promoter',
  'demo specialist': 'product demonstrator',
  'universal banker': 'bank teller',
  // Warehouses, airports and driving
  'package handler': 'freight handler',
  'material handler': 'material mover',
  'order selector': 'order filler',
  'order picker': 'order filler',
  'picker packer': 'order filler',
  'ramp agent': 'airline freight handler',
  'ramp service agent': 'airline freight handler',
  'ramp associate': 'airline freight handler',
  'yard jockey': 'yard tractor operator',
  'yard spotter': 'yard tractor operator',
  'yard hostler': 'yard tractor operator',
  'lot attendant': 'car cleaner',
  'lot porter': 'car cleaner',
  valet: 'valet parking attendant',
  'owner operator': 'tractor trailer truck driver',
  'tsa agent': 'transportation security screener',
  'tsa officer': 'transportation security screener',
  'transportation security officer': 'transportation security screener',
  'first officer': 'airline copilot',
  'travel consultant': 'travel agent',
  'travel advisor': 'travel agent',
  'travel counselor': 'travel agent',
  'cabin crew': 'flight attendant',
  // Public safety
  telecommunicator: 'public safety telecommunicator',
  'emergency communications officer': 'public safety telecommunicator',
  'emergency communications specialist': 'public safety telecommunicator',
  'call taker': 'public safety telecommunicator',
  '911 operator': 'public safety telecommunicator',
  'detention deputy': 'correctional officer',
  'detention officer': 'correctional officer',
  // Offices
  'hr business partner': 'human resources specialist',
  'office assistant': 'office clerk',
  'medical scheduler': 'appointment scheduler',
  'patient scheduler': 'appointment scheduler',
  // Schools and childcare
  'childcare teacher': 'childcare worker',
  'child care teacher': 'childcare worker',
  'daycare teacher': 'childcare worker',
  'infant teacher': 'childcare worker',
  'toddler teacher': 'childcare worker',
  'teacher assistant': 'teaching assistant',
  'teachers assistant': 'teaching assistant',
  "teacher's assistant": 'teaching assistant',
  'instructional assistant': 'teaching assistant',
  'classroom assistant': 'teaching assistant',
  'classroom aide': 'teaching assistant',
  'camp counselor': 'recreation worker',
  // Trades
  'make ready technician': 'maintenance repair worker',
  'make ready tech': 'maintenance repair worker',
  handyman: 'maintenance repair worker',
};

/** Phrases that name a field of work: the job noun after one still names the job ("Revenue Cycle Specialist"). */
const FIELDS: Readonly<Record<string, string>> = {
  'patient access': 'patient registration',
  'revenue cycle': 'medical billing',
  'blood draw': 'phlebotomy',
  'lab draws': 'phlebotomy',
  'asset protection': 'loss prevention',
  'customer care': 'customer service',
  'member services': 'customer service',
  'talent acquisition': 'recruiting',
  'people operations': 'human resources',
  'early learning': 'preschool',
  'special ed': 'special education',
  sped: 'special education',
};

/** Words that say only that someone works: after a phrase that names the worker, they go. */
const GENERIC_WORKERS = [
  'tech', 'techs', 'technician', 'technicians', 'aide', 'aides', 'associate', 'associates', 'worker', 'workers', 'attendant',
  'attendants', 'specialist', 'specialists', 'team member', 'team members', 'crew member', 'crew members', 'staff', 'employee',
  'employees', 'agent', 'agents', 'representative', 'rep', 'partner', 'professional',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A pattern for whole-word phrases in lowercase text, longest first. */
export const phrasePattern = (phrases: readonly string[]) => new RegExp(`(?<![a-z0-9])(?:${alternatives(phrases)})(?![a-z0-9])`, 'g');

const WORKER_PATTERN = new RegExp(
  `(?<![a-z0-9])(${alternatives(Object.keys(WORKERS))})(?:\\s+(?:${alternatives(GENERIC_WORKERS)}))?(?![a-z0-9])`,
  'g',
);
const FIELD_PATTERN = phrasePattern(Object.keys(FIELDS));

/**
 * A "lead" named after a place or a group of workers runs it: a "Kitchen Lead" or "Team Leader" is a
 * first-line supervisor, where a "Lead Cook" is a cook.
 */
const LED = phrasePattern(['team', 'crew', 'shift', 'kitchen', 'warehouse', 'production', 'department', 'floor', 'store', 'dock', 'yard',
  'site', 'line', 'unit', 'maintenance', 'housekeeping', 'cleaning', 'front end', 'front desk', 'deli', 'bakery', 'produce', 'retail']);
const LEADS = new RegExp(`(${LED.source}) lead(?:er)?(?![a-z0-9])`, 'g');

/** Lowercase text with employers' names for jobs put in O*NET's words. */
export function translateJargon(text: string): string {
  return text
    .replace(WORKER_PATTERN, (_, phrase: string) => WORKERS[phrase])
    .replace(FIELD_PATTERN, (phrase) => FIELDS[phrase])
    .replace(LEADS, '$1 supervisor');
}
