/**
 * The acronyms, credentials and clipped words of job ads, résumés and conversation, written out in
 * O*NET's words: "RN" finds "Registered Nurse", "Sr. Accountant" finds "Accountant", "forklift guy" a
 * forklift person. The same map is applied to O*NET's titles and to the query, so an O*NET title that
 * itself says "HVAC Mechanic" and a query that says "heating and air conditioning" still meet.
 *
 * Keep entries unambiguous in job titles: "PT" (physical therapist or part-time), "MA" (medical
 * assistant or Massachusetts), "RA" (resident or research assistant), "PI" (private or principal
 * investigator) and "L&D" (labor and delivery or learning and development) are left out on purpose.
 */

/** Abbreviations and clipped words → the words O*NET spells out; as a modifier, and as the job noun unless HEAD_FORMS says otherwise. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  // Healthcare: licences and credentials name the occupation
  rn: 'registered nurse', lpn: 'licensed practical nurse', lvn: 'licensed vocational nurse',
  cna: 'certified nursing assistant', stna: 'nursing assistant', hha: 'home health aide',
  cma: 'certified medical assistant', rma: 'registered medical assistant', np: 'nurse practitioner',
  fnp: 'family nurse practitioner', crna: 'certified registered nurse anesthetist', cnm: 'certified nurse midwife',
  md: 'physician', dds: 'dentist', dmd: 'dentist', dvm: 'veterinarian', pharmd: 'pharmacist',
  dpt: 'physical therapist', pta: 'physical therapist assistant', cota: 'certified occupational therapy assistant',
  slp: 'speech language pathologist', rrt: 'registered respiratory therapist', rdh: 'registered dental hygienist',
  rda: 'registered dental assistant', cda: 'certified dental assistant', lmt: 'licensed massage therapist',
  emt: 'emergency medical technician', pct: 'patient care technician', cpht: 'certified pharmacy technician',
  cst: 'certified surgical technologist', mlt: 'medical laboratory technician',
  mls: 'medical laboratory technologist', lvt: 'licensed veterinary technician',
  rvt: 'registered veterinary technician', cpc: 'certified medical coder', rhit: 'health information technician',
  atc: 'certified athletic trainer', lcsw: 'licensed clinical social worker', msw: 'social worker',
  lpc: 'licensed professional counselor', lmft: 'licensed marriage family therapist',
  cadc: 'certified alcohol drug counselor', chw: 'community health worker', bcba: 'board certified behavior analyst',
  icu: 'intensive care unit', er: 'emergency room', ekg: 'electrocardiograph', ecg: 'electrocardiograph',
  rcis: 'registered cardiovascular invasive specialist', spd: 'sterile processing', cath: 'catheterization',
  tele: 'telemetry', peds: 'pediatric', surg: 'surgical', psych: 'psychiatric', med: 'medical', pharm: 'pharmacy',
  vet: 'veterinary', cmt: 'certified medical technician', cct: 'certified cardiographic technician',
  ccma: 'certified clinical medical assistant', cpt: 'certified phlebotomy technician',
  cptc: 'certified pharmacy technician', ot: 'occupational therapist', ota: 'occupational therapy assistant',
  slpa: 'speech language pathology assistant', aprn: 'advanced practice registered nurse practitioner',
  arnp: 'advanced registered nurse practitioner', bsn: 'registered nurse', cnor: 'operating room registered nurse',
  ob: 'obstetrics', pacu: 'post anesthesia care unit', nicu: 'neonatal intensive care unit',
  picu: 'pediatric intensive care unit', crt: 'certified respiratory therapist', rt: 'respiratory therapist',
  mri: 'magnetic resonance imaging', ct: 'computed tomography', xray: 'radiologic',
  cvt: 'cardiovascular technologist', rcm: 'revenue cycle medical billing', cdi: 'clinical documentation',
  dsp: 'direct support professional', qmhp: 'mental health counselor', rbt: 'registered behavior technician',
  lmhc: 'licensed mental health counselor', lmsw: 'licensed master social worker',
  lcpc: 'licensed clinical professional counselor', gna: 'geriatric nursing assistant',
  cena: 'certified nursing assistant', don: 'director nursing', adon: 'assistant director nursing',
  ccrn: 'critical care registered nurse', rnfa: 'registered nurse first assistant',
  aemt: 'advanced emergency medical technician', bmet: 'biomedical equipment technician',
  ccs: 'certified medical coder', rhia: 'health information', ehr: 'electronic health records',
  emr: 'electronic medical records', ltc: 'long term care', snf: 'skilled nursing facility',
  alf: 'assisted living facility',
  // Trades, transport, production
  hvac: 'heating ventilation air conditioning', ac: 'air conditioning', cdl: 'commercial truck driver',
  otr: 'over road truck', ltl: 'truck', cnc: 'computer numerically controlled', plc: 'programmable logic controller',
  ase: 'automotive', mig: 'welding', tig: 'welding', maint: 'maintenance', mech: 'mechanical', elec: 'electrical',
  mfg: 'manufacturing', whse: 'warehouse', op: 'operator', cdla: 'commercial truck driver',
  cdlb: 'commercial driver', hazmat: 'hazardous materials', epa: 'environmental protection',
  amt: 'aviation maintenance technician', ndt: 'nondestructive testing', smt: 'surface mount technology',
  cmm: 'coordinate measuring machine', ehs: 'environmental health safety', osha: 'occupational safety',
  gc: 'general contractor', cad: 'computer aided design drafter', ev: 'electric vehicle', fso: 'field service',
  lineman: 'line installer repairer', linemen: 'line installers repairers',
  // Office, business, IT
  gm: 'general manager', vp: 'vice president', pm: 'project manager', pmp: 'project management professional',
  qa: 'quality assurance', qc: 'quality control', it: 'information technology', cpa: 'certified public accountant',
  dba: 'database administrator', sysadmin: 'systems administrator', swe: 'software engineer',
  sde: 'software development engineer', sre: 'site reliability software engineer', noc: 'network operations center',
  soc: 'security operations center', bi: 'business intelligence', ml: 'machine learning', hr: 'human resources',
  ux: 'user experience', ui: 'user interface', seo: 'search engine optimization', sem: 'search engine marketing',
  pr: 'public relations', gis: 'geographic information systems', ceo: 'chief executive officer',
  cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer',
  cio: 'chief information officer', ar: 'accounts receivable', sdet: 'software development engineer test',
  sqa: 'software quality assurance', qe: 'quality engineer', ba: 'business analyst', sme: 'subject matter expert',
  aml: 'anti money laundering compliance', kyc: 'know your customer compliance', cfp: 'certified financial planner',
  ea: 'executive assistant', pa: 'physician assistant', hris: 'human resources information systems',
  tpm: 'technical program manager', crm: 'customer relationship management', erp: 'enterprise resource planning',
  ai: 'artificial intelligence', csr: 'customer service representative',
  bdr: 'business development sales representative', sdr: 'sales development representative',
  mlo: 'mortgage loan officer', esl: 'english second language', sped: 'special education', sub: 'substitute',
  para: 'paraprofessional', av: 'audio visual', dj: 'disc jockey', tsa: 'transportation security',
  csi: 'crime scene investigator', cps: 'child protective services', ff: 'firefighter',
  tso: 'transportation security screener', ap: 'accounts payable', agm: 'assistant general manager',
  asm: 'assistant store manager', foh: 'front house', boh: 'back house', shrm: 'human resources',
  cissp: 'information security', aws: 'cloud', azure: 'cloud', '911': '911 emergency',
  // Technologies that place a developer in software or on the web
  java: 'java software', python: 'python software', golang: 'go software', ios: 'ios mobile software',
  android: 'android mobile software', backend: 'back end software', fullstack: 'full stack software',
  frontend: 'front end web', react: 'react web', angular: 'angular web', javascript: 'javascript web',
  wordpress: 'wordpress web', devops: 'devops software',
  // Clipped words
  tech: 'technical', techs: 'technicians', admin: 'administrative', asst: 'assistant', assoc: 'associate',
  mgr: 'manager', mgmt: 'management', rep: 'representative', reps: 'representatives', coord: 'coordinator',
  spec: 'specialist', eng: 'engineering', engr: 'engineer', dev: 'development', ops: 'operations', exec: 'executive',
  dir: 'director', supv: 'supervisor', acct: 'accounting', svc: 'service', cust: 'customer', mktg: 'marketing',
  chem: 'chemical',
  // Everyday speech: O*NET's neutral word for a worker is "person" ("Dish Person", "Grounds Person")
  guy: 'person', gal: 'person', lady: 'person', dude: 'person',
}));
