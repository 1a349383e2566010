/**
 * The vocabulary around a title's words: everyday words for work (`LAY_WORDS`), the job noun an
 * abbreviation stands for as the head (`HEAD_FORMS`), punctuated abbreviations, qualifiers and stop
 * words. Acronyms and clipped words themselves are in `acronyms.ts`.
 */

/**
 * Everyday words for work, with the words O*NET's task statements and titles use for the same thing:
 * "fix cars" is repairing automotive vehicles, "babies" are infants. Keys are index terms (plurals
 * folded); the query keeps its own word and gains these at a little less weight. Used only for a
 * description of work, never for a job title ("Code Enforcement Officer" keeps its words).
 */
export const LAY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  fix: 'repair', fixing: 'repair', fixe: 'repair', mend: 'repair', broken: 'repair',
  car: 'automotive vehicle automobile', truck: 'vehicle', auto: 'automotive', engine: 'engine motor',
  ac: 'air conditioning', aircon: 'air conditioning', conditioner: 'conditioning', heater: 'heating', furnace: 'heating',
  baby: 'infant newborn', kid: 'child children', toddler: 'child', teen: 'adolescent student', teenager: 'adolescent',
  sick: 'patient illness', ill: 'patient illness', hospital: 'patient', elderly: 'elderly aged',
  pet: 'animal', dog: 'animal', cat: 'animal', horse: 'animal', outdoors: 'outdoor', outside: 'outdoor',
  teach: 'instruct teach', teaching: 'instruct teach', school: 'student school', class: 'class student',
  money: 'financial', taxe: 'tax', house: 'residential building', home: 'residential home', building: 'building construction',
  build: 'construct build', wood: 'wood carpentry', wire: 'wiring electrical', wiring: 'electrical wiring',
  pipe: 'pipe plumbing', toilet: 'plumbing', sink: 'plumbing', leak: 'plumbing pipe',
  computer: 'computer software', code: 'programming software computer', coding: 'programming software', program: 'programming software', website: 'web website',
  app: 'application software mobile', hack: 'security', video: 'video film', photo: 'photograph', picture: 'photograph',
  drawing: 'drawing design', nail: 'nail manicure', makeup: 'makeup cosmetic',
  cook: 'cook food prepare', meal: 'food meal', drink: 'beverage', coffee: 'coffee beverage', bake: 'bake bread pastry',
  cleaning: 'clean', trash: 'refuse', garbage: 'refuse', yard: 'lawn grounds', lawn: 'lawn grounds', garden: 'plant garden',
  farm: 'farm crop', boat: 'vessel boat', ship: 'vessel ship', plane: 'aircraft', airplane: 'aircraft',
  fly: 'aircraft pilot', drive: 'drive vehicle', driving: 'drive vehicle', delivering: 'deliver', package: 'package parcel',
  store: 'store retail', shop: 'store retail', sell: 'sell sales', selling: 'sell sales',
  talk: 'communicate', phone: 'telephone call', call: 'call telephone', help: 'assist', helping: 'assist',
  sad: 'mental', depressed: 'mental depression', addict: 'substance abuse', drug: 'drug substance', law: 'legal law',
  court: 'court legal', crime: 'crime criminal', police: 'police law enforcement', protect: 'protect security',
  guard: 'security guard', teeth: 'dental teeth', tooth: 'dental teeth', eye: 'eye vision optical', glasses: 'eyeglasses optical',
  shot: 'injection', medicine: 'medication', pill: 'medication', heart: 'cardiac heart', bone: 'bone orthopedic',
  feet: 'foot', brain: 'brain neurological', lung: 'respiratory lung', breathing: 'respiratory breathing', breathe: 'respiratory breathing',
  breath: 'respiratory', xray: 'radiograph radiologic', scan: 'imaging', ultrasound: 'sonography ultrasound',
  weld: 'weld welding', robot: 'robotic', electricity: 'electrical power',
  light: 'lighting light', solar: 'solar photovoltaic', wind: 'wind turbine', oil: 'oil petroleum', road: 'road highway',
  space: 'space aerospace', star: 'astronomy', weather: 'weather meteorological',
  rock: 'geological rock', germ: 'microorganism', bug: 'insect pest',
  ocean: 'marine ocean', sea: 'marine', wildlife: 'wildlife animal', park: 'park recreation',
  write: 'write writing', news: 'news reporter', song: 'music song', act: 'perform acting',
  movie: 'film motion picture', tv: 'television', radio: 'radio broadcast', art: 'art artistic',
  clothes: 'clothing garment apparel', sew: 'sew sewing', shoe: 'shoe footwear',
  wedding: 'wedding event', party: 'event', hotel: 'hotel lodging', trip: 'travel tour',
  church: 'religious clergy', pray: 'religious', dead: 'deceased', death: 'deceased',
  number: 'numerical data', math: 'mathematical', spreadsheet: 'spreadsheet data', paper: 'paperwork record',
  file: 'file record', letter: 'mail correspondence', bank: 'bank banking',
  stock: 'stock securities', invest: 'investment', rent: 'rental lease', apartment: 'apartment property', land: 'land property',
  clothe: 'clothing garment apparel', doctor: 'physician', lawyer: 'attorney legal', hacker: 'security cyber', daycare: 'child care',
  college: 'postsecondary college', university: 'postsecondary university', restaurant: 'restaurant food service',
  retirement: 'retirement financial investment', surgery: 'surgical surgery', surgeon: 'surgeon surgical', sleep: 'anesthesia',
  ambulance: 'ambulance emergency medical', diet: 'dietary nutrition', nutrition: 'nutrition dietary', blueprint: 'blueprint drafting',
  fruit: 'fruit crop harvest', vegetable: 'vegetable crop harvest', greet: 'greet reception', visitor: 'visitor reception',
  depression: 'depression mental', anxiety: 'anxiety mental', pregnant: 'pregnancy obstetric', pregnancy: 'pregnancy obstetric',
  criminal: 'criminal crime suspect', arrest: 'arrest suspect police', story: 'story news article', injury: 'injury rehabilitation',
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
  // In a query "do" is a verb ("do taxes"); O*NET's "(DO)" after a physician title repeats "Physician".
  'do',
]);
