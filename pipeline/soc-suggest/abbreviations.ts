/**
 * The vocabulary of job ads, résumés and conversation, written out in O*NET's words: "RN" finds
 * "Registered Nurse", "Sr. Accountant" finds "Accountant", "forklift guy" a forklift person. The same
 * map is applied to O*NET's titles and to the query, so an O*NET title that itself says "HVAC
 * Mechanic" and a query that says "heating and air conditioning" still meet.
 *
 * Keep entries unambiguous in job titles: "PT" (physical therapist or part-time), "MA" (medical
 * assistant or Massachusetts), "RA" (resident or research assistant), "PI" (private or principal
 * investigator) and "L&D" (labor and delivery or learning and development) are left out on purpose.
 */

/** Abbreviations and clipped words → the words O*NET spells out; as a modifier, and as the job noun unless HEAD_FORMS says otherwise. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  // Healthcare: licences and credentials name the occupation
  rn: 'registered nurse',
  lpn: 'licensed practical nurse',
  lvn: 'licensed vocational nurse',
  cna: 'certified nursing assistant',
  stna: 'nursing assistant',
  hha: 'home health aide',
  cma: 'certified medical assistant',
  rma: 'registered medical assistant',
  np: 'nurse practitioner',
  fnp: 'family nurse practitioner',
  crna: 'certified registered nurse anesthetist',
  cnm: 'certified nurse midwife',
  md: 'physician',
  dds: 'dentist',
  dmd: 'dentist',
  dvm: 'veterinarian',
  pharmd: 'pharmacist',
  dpt: 'physical therapist',
  pta: 'physical therapist assistant',
  cota: 'certified occupational therapy assistant',
  slp: 'speech language pathologist',
  rrt: 'registered respiratory therapist',
  rdh: 'registered dental hygienist',
  rda: 'registered dental assistant',
  cda: 'certified dental assistant',
  lmt: 'licensed massage therapist',
  emt: 'emergency medical technician',
  pct: 'patient care technician',
  cpht: 'certified pharmacy technician',
  cst: 'certified surgical technologist',
  mlt: 'medical laboratory technician',
  mls: 'medical laboratory technologist',
  lvt: 'licensed veterinary technician',
  rvt: 'registered veterinary technician',
  cpc: 'certified medical coder',
  rhit: 'health information technician',
  atc: 'certified athletic trainer',
  lcsw: 'licensed clinical social worker',
  msw: 'social worker',
  lpc: 'licensed professional counselor',
  lmft: 'licensed marriage family therapist',
  cadc: 'certified alcohol drug counselor',
  chw: 'community health worker',
  bcba: 'board certified behavior analyst',
  icu: 'intensive care unit',
  er: 'emergency room',
  ekg: 'electrocardiograph',
  ecg: 'electrocardiograph',
  rcis: 'registered cardiovascular invasive specialist',
  spd: 'sterile processing',
  cath: 'catheterization',
  tele: 'telemetry',
  peds: 'pediatric',
  surg: 'surgical',
  psych: 'psychiatric',
  med: 'medical',
  pharm: 'pharmacy',
  vet: 'veterinary',
  // Trades, transport, production
  hvac: 'heating ventilation air conditioning',
  cdl: 'commercial truck driver',
  otr: 'over road truck',
  ltl: 'truck',
  cnc: 'computer numerically controlled',
  plc: 'programmable logic controller',
  ase: 'automotive',
  mig: 'welding',
  tig: 'welding',
  maint: 'maintenance',
  mech: 'mechanical',
  elec: 'electrical',
  mfg: 'manufacturing',
  whse: 'warehouse',
  op: 'operator',
  // Office, business, IT
  gm: 'general manager',
  vp: 'vice president',
  pm: 'project manager',
  pmp: 'project management professional',
  qa: 'quality assurance',
  qc: 'quality control',
  it: 'information technology',
  cpa: 'certified public accountant',
  dba: 'database administrator',
  sysadmin: 'systems administrator',
  swe: 'software engineer',
  sde: 'software development engineer',
  sre: 'site reliability software engineer',
  noc: 'network operations center',
  soc: 'security operations center',
  bi: 'business intelligence',
  ml: 'machine learning',
  hr: 'human resources',
  ux: 'user experience',
  ui: 'user interface',
  seo: 'search engine optimization',
  sem: 'search engine marketing',
  pr: 'public relations',
  gis: 'geographic information systems',
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cio: 'chief information officer',
  ap: 'accounts payable',
  ar: 'accounts receivable',
  csr: 'customer service representative',
  bdr: 'business development sales representative',
  sdr: 'sales development representative',
  mlo: 'mortgage loan officer',
  esl: 'english second language',
  sped: 'special education',
  sub: 'substitute',
  para: 'paraprofessional',
  av: 'audio visual',
  dj: 'disc jockey',
  tsa: 'transportation security',
  csi: 'crime scene investigator',
  cps: 'child protective services',
  ff: 'firefighter',
  '911': '911 emergency',
  // Technologies that place a developer in software or on the web
  java: 'java software',
  python: 'python software',
  golang: 'go software',
  ios: 'ios mobile software',
  android: 'android mobile software',
  backend: 'back end software',
  fullstack: 'full stack software',
  frontend: 'front end web',
  react: 'react web',
  angular: 'angular web',
  javascript: 'javascript web',
  wordpress: 'wordpress web',
  devops: 'devops software',
  // Clipped words
  tech: 'technical',
  techs: 'technicians',
  admin: 'administrative',
  asst: 'assistant',
  assoc: 'associate',
  mgr: 'manager',
  mgmt: 'management',
  rep: 'representative',
  reps: 'representatives',
  coord: 'coordinator',
  spec: 'specialist',
  eng: 'engineering',
  engr: 'engineer',
  dev: 'development',
  ops: 'operations',
  exec: 'executive',
  dir: 'director',
  supv: 'supervisor',
  acct: 'accounting',
  svc: 'service',
  cust: 'customer',
  mktg: 'marketing',
  chem: 'chemical',
  // Everyday speech: O*NET's neutral word for a worker is "person" ("Dish Person", "Grounds Person")
  guy: 'person',
  gal: 'person',
  lady: 'person',
  dude: 'person',
}));

/**
 * The job noun an abbreviation stands for when it names the job: a "linux admin" is an
 * administrator but an "admin assistant" an administrative one; a "mech" a mechanic but a "mech
 * engineer" a mechanical engineer; a "head of marketing" a manager, but a "head cook" a head cook.
 * "a|b" is either word.
 */
export const HEAD_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  // O*NET shortens both to "Tech": "Surgical Technologist (Surgical Tech)", "Pharmacy Technician (Pharmacy Tech)"
  tech: 'technician|technologist',
  admin: 'administrator',
  mech: 'mechanic',
  elec: 'electrician',
  eng: 'engineer',
  dev: 'developer',
  acct: 'accountant',
  chem: 'chemist',
  vet: 'veterinarian',
  doc: 'physician',
  super: 'superintendent',
  sup: 'supervisor',
  head: 'manager',
  repair: 'repairer',
}));

/**
 * Abbreviations written with punctuation inside, replaced before the title is split at "/", "-"
 * or "&" (which otherwise separate alternatives and words).
 */
export const PUNCTUATED: ReadonlyMap<string, string> = new Map(Object.entries({
  'otr/l': 'registered occupational therapist',
  'pa-c': 'certified physician assistant',
  'fnp-c': 'family nurse practitioner',
  'ob/gyn': 'obstetrics gynecology',
  'med/surg': 'medical surgical',
  'a&p': 'airframe powerplant aircraft',
  'p&c': 'property casualty',
  'fp&a': 'financial planning analysis',
  'r&d': 'research development',
  'hvac/r': 'hvac refrigeration',
}));

/**
 * Words that qualify the job, not the occupation: seniority, grade and schedule. They stay in the
 * query (an O*NET title may contain them, "Night Auditor") but weigh little, so "Senior" or "Night
 * Shift" never outvotes the word that names the job.
 */
export const QUALIFIERS: ReadonlySet<string> = new Set([
  'senior', 'sr', 'junior', 'jr', 'lead', 'principal', 'staff', 'entry', 'level', 'trainee', 'apprentice', 'intern', 'student',
  'i', 'ii', 'iii', 'iv', 'v', '1', '2', '3', '4', '1st', '2nd', '3rd', 'first', 'second', 'third',
  'night', 'nights', 'overnight', 'day', 'days', 'evening', 'weekend', 'weekends', 'shift', 'shifts',
  'part', 'full', 'time', 'ft', 'remote', 'hybrid', 'onsite', 'temporary', 'seasonal', 'diem', 'prn', 'travel', 'traveling', 'locums',
]);

/** Words that carry no meaning in a title or a task statement. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'or', 'of', 'the', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'as', 'into', 'per',
  'all', 'other', 'except', 'including', 'such', 'their', 'its', 'is', 'are', 'be', 'may', 'that', 'this', 'than',
]);
