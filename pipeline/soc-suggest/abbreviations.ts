/**
 * Words job titles shorten or decorate, written out so "RN" finds "Registered Nurse" and "Sr. Accountant"
 * finds "Accountant". The same map is applied to O*NET's titles and to the query, so an O*NET title that
 * itself says "HVAC Mechanic" and a query that says "heating and air conditioning" still meet.
 *
 * Keep entries unambiguous in job titles: "PT" (physical therapist or part-time) and "MA" (medical
 * assistant or Massachusetts) are left out on purpose.
 */

/** Abbreviations and clipped words → the words O*NET spells out. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  // Healthcare
  rn: 'registered nurse',
  lpn: 'licensed practical nurse',
  lvn: 'licensed vocational nurse',
  cna: 'certified nursing assistant',
  stna: 'nursing assistant',
  hha: 'home health aide',
  cma: 'certified medical assistant',
  np: 'nurse practitioner',
  emt: 'emergency medical technician',
  icu: 'intensive care unit',
  er: 'emergency room',
  slp: 'speech language pathologist',
  lmt: 'licensed massage therapist',
  pct: 'patient care technician',
  cpht: 'certified pharmacy technician',
  med: 'medical',
  pharm: 'pharmacy',
  vet: 'veterinary',
  // Trades, transport, production
  hvac: 'heating ventilation air conditioning',
  cdl: 'commercial truck driver',
  otr: 'over road truck',
  cnc: 'computer numerically controlled',
  'a&p': 'airframe powerplant aircraft',
  maint: 'maintenance',
  mech: 'mechanic',
  elec: 'electrical',
  // Office, business, IT
  pm: 'project manager',
  qa: 'quality assurance',
  qc: 'quality control',
  it: 'information technology',
  cpa: 'certified public accountant',
  dba: 'database administrator',
  hr: 'human resources',
  ux: 'user experience',
  ui: 'user interface',
  seo: 'search engine optimization',
  pr: 'public relations',
  gis: 'geographic information systems',
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cio: 'chief information officer',
  ap: 'accounts payable',
  ar: 'accounts receivable',
  esl: 'english second language',
  av: 'audio visual',
  dj: 'disc jockey',
  tsa: 'transportation security',
  '911': '911 emergency',
  tech: 'technician',
  techs: 'technicians',
  admin: 'administrative',
  asst: 'assistant',
  mgr: 'manager',
  rep: 'representative',
  reps: 'representatives',
  coord: 'coordinator',
  spec: 'specialist',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  ops: 'operations',
  exec: 'executive',
  dir: 'director',
  supv: 'supervisor',
  acct: 'accounting',
  svc: 'service',
  cust: 'customer',
  mktg: 'marketing',
}));

/**
 * Words that qualify the job, not the occupation: seniority, grade and schedule. They stay in the
 * query (an O*NET title may contain them, "Night Auditor") but weigh little, so "Senior" or "Night
 * Shift" never outvotes the word that names the job.
 */
export const QUALIFIERS: ReadonlySet<string> = new Set([
  'senior', 'sr', 'junior', 'jr', 'lead', 'principal', 'staff', 'entry', 'level', 'trainee', 'apprentice', 'intern',
  'i', 'ii', 'iii', 'iv', 'v', '1', '2', '3', '4', '1st', '2nd', '3rd', 'first', 'second', 'third',
  'night', 'nights', 'overnight', 'day', 'days', 'evening', 'weekend', 'weekends', 'shift', 'shifts',
  'part', 'full', 'time', 'remote', 'hybrid', 'onsite', 'temporary', 'seasonal', 'diem', 'prn', 'travel', 'traveling',
]);

/** Words that carry no meaning in a title or a task statement. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'or', 'of', 'the', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'as', 'into', 'per',
  'all', 'other', 'except', 'including', 'such', 'their', 'its', 'is', 'are', 'be', 'may', 'that', 'this', 'than',
]);
