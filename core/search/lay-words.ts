import { phrasePattern } from './employer-jargon.ts';
import { stemWord } from './title-terms.ts';
import { workKey } from './work-stem.ts';

/**
 * Everyday words for work, with the words O*NET's task statements and titles use for the same thing:
 * "fix cars" is repairing automotive vehicles, "babies" are infants, "bikes" are bicycles, a field's
 * name brings its practitioner ("astronomy": astronomer). The query keeps its own word and gains
 * these at a little less weight. Used only for a description of work, never for a job title ("Code
 * Enforcement Officer" keeps its words). Keys are written as people type them; plurals are folded
 * when the table is read, so "glasses" and "glass" are one key.
 */
/** Everyday verbs for work and O*NET's; first in a query, they start a description ("fix cars", "study stars"). */
const VERBS: Record<string, string> = {
  fix: 'repair', fixing: 'repair', mend: 'repair', broken: 'repair', patch: 'repair', tune: 'repair maintenance',
  build: 'construct build', make: 'make produce', making: 'produce', put: 'put', hang: 'install hang',
  check: 'inspect check', look: 'inspect examine', test: 'test inspect', watch: 'monitor observe', keep: 'maintain keep',
  help: 'assist', helping: 'assist', care: 'care', feed: 'feed', bathe: 'bathe',
  clean: 'clean', cleaning: 'clean', wash: 'wash clean', scrub: 'clean', sweep: 'clean', mop: 'clean', tidy: 'clean',
  carry: 'carry transport', move: 'move transport', lift: 'lift', haul: 'haul transport', bring: 'deliver transport',
  sell: 'sell sales salesperson', selling: 'sell sales', buy: 'purchase buyer', order: 'order purchase',
  talk: 'communicate', chat: 'communicate', tell: 'inform', ask: 'interview', listen: 'listen counsel',
  cook: 'cook food prepare', bake: 'bake bread pastry baker', grill: 'cook grill', serve: 'serve',
  drive: 'drive vehicle', driving: 'drive vehicle', ride: 'ride', fly: 'aircraft pilot', sail: 'vessel ship',
  deliver: 'deliver', delivering: 'deliver', ship: 'ship vessel', mail: 'mail', send: 'ship mail',
  teach: 'instruct teach', teaching: 'instruct teach', train: 'train instruct', coach: 'coach',
  study: 'research', research: 'research', discover: 'research', invent: 'develop design', experiment: 'research experiment',
  count: 'count', add: 'calculate', calculate: 'calculate compute', figure: 'calculate', measure: 'measure',
  write: 'write writing', type: 'type', draw: 'draw sketch', paint: 'paint', sing: 'sing', dance: 'dance', act: 'perform acting',
  plan: 'plan', organize: 'organize coordinate', arrange: 'arrange', schedule: 'schedule',
  run: 'operate manage', manage: 'manage', boss: 'supervise manage', oversee: 'supervise', own: 'owner manage',
  hire: 'recruit hire', recruit: 'recruit', fire: 'fire',
  guard: 'security guard', protect: 'protect security', patrol: 'patrol', catch: 'catch', stop: 'prevent',
  grow: 'grow cultivate', plant: 'plant', harvest: 'harvest', pick: 'harvest pick', raise: 'raise breed',
  dig: 'excavate dig', cut: 'cut', chop: 'cut', saw: 'saw cut', pour: 'pour', mix: 'mix', spray: 'spray',
  heal: 'treat', cure: 'treat', treat: 'treat', diagnose: 'diagnose', operate: 'operate surgery', examine: 'examine',
  analyze: 'analyze', investigate: 'investigate', inspect: 'inspect', install: 'install', repair: 'repair', design: 'design',
  answer: 'answer', greet: 'greet reception', handle: 'handle', process: 'process', collect: 'collect', enter: 'enter',
  sort: 'sort', stack: 'stack', load: 'load', unload: 'unload', pack: 'pack', wrap: 'wrap', label: 'label',
  translate: 'translate', interpret: 'interpret', edit: 'edit', record: 'record', photograph: 'photograph',
  play: 'play perform', perform: 'perform', entertain: 'entertain', counsel: 'counsel', advise: 'advise', defend: 'defend',
  prosecute: 'prosecute', judge: 'judge', arrest: 'arrest suspect police', kill: 'exterminate', bury: 'burial funeral', embalm: 'embalm',
  milk: 'milk dairy', trim: 'trim prune', mow: 'mow lawn', shovel: 'shovel', climb: 'climb', swim: 'swim', save: 'rescue',
  rescue: 'rescue', fight: 'fight', shoot: 'shoot', hunt: 'hunt', lay: 'lay', tow: 'tow', pump: 'pump', fill: 'fill', prescribe: 'prescribe',
  give: 'give', take: 'take', get: 'get', do: 'do', work: 'work', be: 'be', see: 'see', go: 'go',
};

const WORDS: Record<string, string> = {
  car: 'automotive vehicle automobile', truck: 'vehicle truck', auto: 'automotive', engine: 'engine motor', bike: 'bicycle',
  van: 'van vehicle', cab: 'taxi',
  ac: 'air conditioning', aircon: 'air conditioning', conditioner: 'conditioning', heater: 'heating', furnace: 'heating',
  fridge: 'refrigeration', freezer: 'refrigeration', washer: 'appliance', dryer: 'appliance',
  baby: 'infant newborn', kid: 'child children', toddler: 'child', teen: 'adolescent student', teenager: 'adolescent',
  parent: 'family', couple: 'marriage couple', married: 'marriage', marriage: 'marriage family',
  old: 'elderly', elderly: 'elderly aged', senior: 'elderly', disabled: 'disability',
  sick: 'patient illness', ill: 'patient illness', hospital: 'patient',
  pet: 'animal', dog: 'animal dog', cat: 'animal', horse: 'animal horse', cow: 'cattle livestock dairy', pig: 'livestock swine',
  chicken: 'poultry', cattle: 'cattle livestock', zoo: 'zoo animal', fish: 'fish fishing',
  outside: 'outdoor',
  school: 'student school', class: 'class student', college: 'postsecondary college', university: 'postsecondary university',
  money: 'financial', cash: 'cash money', debt: 'debt collection', loan: 'loan credit', budget: 'budget financial',
  house: 'residential building', home: 'residential home', building: 'building construction', apartment: 'apartment property',
  wood: 'wood carpentry', wire: 'wiring electrical', wiring: 'electrical wiring', electricity: 'electrical power', outlet: 'electrical',
  pipe: 'pipe plumbing', toilet: 'plumbing', sink: 'plumbing', leak: 'plumbing pipe', leaky: 'plumbing', drain: 'plumbing drain',
  roof: 'roof roofing', floor: 'floor flooring', window: 'window glass', brick: 'brick masonry',
  concrete: 'concrete cement',
  computer: 'computer software', code: 'programming software computer', coding: 'programming software', program: 'programming software',
  website: 'web website', site: 'website', app: 'application software mobile',
  hack: 'security', hacker: 'security cyber', virus: 'security',
  ad: 'advertising', ads: 'advertising', commercial: 'advertising commercial', video: 'video film', photo: 'photograph photographer', picture: 'photograph',
  drawing: 'drawing design', nail: 'nail manicurist', makeup: 'makeup cosmetic', haircut: 'hair barber', beard: 'barber',
  meal: 'food meal', drink: 'beverage', coffee: 'coffee beverage', pizza: 'pizza food', bread: 'bread bakery',
  cake: 'pastry bakery', restaurant: 'restaurant food service', bar: 'bar bartender', table: 'table dining',
  trash: 'refuse', garbage: 'refuse', recycling: 'recyclable', yard: 'lawn grounds', lawn: 'lawn grounds', grass: 'lawn',
  garden: 'plant garden', flower: 'floral flower', farm: 'farm crop', fruit: 'fruit crop harvest',
  vegetable: 'vegetable crop harvest', strawberry: 'fruit crop', apple: 'fruit crop', orange: 'fruit crop', berry: 'fruit crop',
  boat: 'vessel boat', plane: 'aircraft', airplane: 'aircraft', jet: 'aircraft', helicopter: 'helicopter aircraft', airport: 'airport aircraft',
  subway: 'transit rail',
  package: 'package parcel', box: 'package', shelf: 'stock shelves', store: 'store retail', shop: 'store retail',
  grocery: 'grocery store', mall: 'retail store', phone: 'telephone call', call: 'call telephone',
  sad: 'mental', depressed: 'mental depression', depression: 'depression mental', anxiety: 'anxiety mental', stress: 'mental stress',
  addict: 'substance abuse', addiction: 'substance abuse addiction', drug: 'drug substance', alcohol: 'alcohol substance',
  law: 'legal law', court: 'court legal', crime: 'crime criminal', criminal: 'criminal crime suspect',
  police: 'police law enforcement', jail: 'correctional inmate', prison: 'correctional inmate', prisoner: 'inmate correctional',
  teeth: 'dental teeth', tooth: 'dental teeth', eye: 'eye vision optical', glasses: 'eyeglasses optical lens', contact: 'lens',
  drugstore: 'pharmacy', pharmacy: 'pharmacy pharmacist', shot: 'injection immunization', vaccine: 'immunization vaccine', pill: 'medication', prescription: 'prescription medication',
  heart: 'cardiac heart cardiovascular', bone: 'bone orthopedic', feet: 'foot podiatric', foot: 'foot podiatric', skin: 'skin dermatology',
  brain: 'brain neurological', lung: 'respiratory lung', breathing: 'respiratory breathing', breathe: 'respiratory breathing', breath: 'respiratory',
  xray: 'radiograph radiologic', scan: 'imaging', ultrasound: 'sonography ultrasound', vital: 'vital sign',
  cancer: 'oncology cancer', kidney: 'dialysis', birth: 'birth obstetric', pregnant: 'pregnancy obstetric', pregnancy: 'pregnancy obstetric',
  surgery: 'surgical surgery', surgeon: 'surgeon surgical', sleep: 'anesthesia', ambulance: 'ambulance emergency medical', injury: 'injury rehabilitation',
  diet: 'dietary nutrition', nutrition: 'nutrition dietary', exercise: 'exercise fitness', gym: 'fitness',
  weld: 'weld welding', robot: 'robotic', factory: 'production manufacturing plant',
  light: 'lighting light', solar: 'solar photovoltaic', wind: 'wind turbine', oil: 'oil petroleum',
  road: 'road highway', street: 'street road', blueprint: 'blueprint drafting',
  space: 'space aerospace', star: 'astronomy astronomer', planet: 'astronomy', weather: 'weather meteorological',
  rock: 'geological rock', fossil: 'fossil paleontology', earthquake: 'seismic', germ: 'microorganism', bug: 'insect pest', termite: 'pest',
  ocean: 'marine ocean', sea: 'marine', wildlife: 'wildlife animal', wild: 'wildlife', park: 'park recreation',
  news: 'news reporter', story: 'story news article', song: 'music song', band: 'music musician',
  movie: 'film motion picture', tv: 'television', radio: 'radio broadcast', art: 'art artistic',
  clothes: 'clothing garment apparel', dress: 'clothing garment', sew: 'sew sewing', shoe: 'shoe footwear',
  wedding: 'wedding event', party: 'event', hotel: 'hotel lodging', trip: 'travel tour', vacation: 'travel',
  church: 'religious clergy', pray: 'religious', god: 'religious', dead: 'deceased funeral', death: 'deceased funeral',
  number: 'numerical data', math: 'mathematical', spreadsheet: 'spreadsheet data', paper: 'paperwork record', paperwork: 'record',
  file: 'file record', letter: 'mail correspondence', bank: 'bank banking',
  stock: 'stock securities', invest: 'investment', retirement: 'retirement financial investment',
  claim: 'claim insurance', rent: 'rental lease', land: 'land property',
  doctor: 'physician', lawyer: 'attorney legal', cop: 'police officer', daycare: 'child care',
  visitor: 'visitor reception', front: 'reception', language: 'language interpret translate', spanish: 'spanish language',
  deaf: 'sign language deaf', blind: 'visually impaired', job: 'employment', employee: 'employee worker',
  // Fields and studies: the practitioner's word
  biology: 'biologist biological', chemistry: 'chemist chemical', physics: 'physicist', astronomy: 'astronomer', geology: 'geoscientist geologist',
  economics: 'economist', statistics: 'statistician', mathematics: 'mathematician', history: 'historian',
  psychology: 'psychologist', sociology: 'sociologist', anthropology: 'anthropologist', archaeology: 'archeologist', archeology: 'archeologist',
  architecture: 'architect', engineering: 'engineer', medicine: 'physician medical medication', dentistry: 'dentist dental', pharmacology: 'pharmacist pharmacy',
  forestry: 'forester forest', agriculture: 'farmer agricultural', culinary: 'chef cook',
  marketing: 'marketing manager', finance: 'financial analyst', management: 'manager', education: 'teacher education',
  hospitality: 'lodging hotel', tourism: 'travel', justice: 'police law enforcement', photography: 'photographer',
  fashion: 'fashion designer', theater: 'actor theatrical', journalism: 'reporter journalist',
};

/** The table with its keys folded the way query terms are (plurals to the singular). */
export const LAY_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...VERBS, ...WORDS }).flatMap(([key, words]) => (words === key ? [] : [[stemWord(key), words]])),
);

/** Verbs that, first in a query, start a description of work, by their key (`work-stem.ts`: "fixing" is "fix"). */
export const LAY_VERBS: ReadonlySet<string> = new Set(Object.keys(VERBS).map(workKey));

/** Everyday phrases whose words mean something else apart: "put out fires" is extinguishing them, not putting. */
const PHRASES: Record<string, string> = {
  'put out': 'extinguish',
  'look after': 'care',
  'take care': 'care',
  'care for': 'care',
  'ring up': 'cashier checkout',
  'pick up': 'collect',
  'keep books': 'bookkeeping accounting',
  'do books': 'bookkeeping accounting',
  'check up': 'examine',
  'sign language': 'interpret interpreter',
  'criminal justice': 'police law enforcement',
  'nursing home': 'nursing care facility',
  'special needs': 'special education disability',
  'first aid': 'emergency medical',
  'wait tables': 'server food',
  'stock market': 'securities investment',
  'real estate': 'real estate',
  'day care': 'child care',
  'x ray': 'radiologic radiograph',
  'air traffic': 'air traffic controller',
  'operate on': 'surgery surgical surgeon',
  'cut down': 'fell logging',
  'dig up': 'excavate excavation',
  'fight fire': 'firefighting firefighter',
  'look into': 'investigate',
  'set up': 'install setup',
  'hook up': 'install connect',
  'tear down': 'demolish demolition',
  'fill out': 'complete form',
  'hand out': 'distribute',
  'clean up': 'clean',
  'wait on': 'serve',
  'check in': 'register reception',
  'check out': 'cashier checkout',
  'sign up': 'enroll register',
  'break up': 'intervene',
  'lay out': 'layout design',
  'give out': 'distribute dispense',
  'deliver baby': 'birth obstetric midwife labor',
};
const LAY_PHRASES = new Map(Object.entries(PHRASES).map(([phrase, words]) => [phrase.split(' ').map(stemWord).join(' '), words]));

/** The O*NET words of the everyday phrases in a text; articles may sit inside ("keep the books"). */
export function layPhraseWords(text: string): string[] {
  const words = text.split(/[^a-z]+/).filter((w) => w && !/^(?:the|a|an|my|your|their|our)$/.test(w)).map(stemWord);
  return words.slice(1).flatMap((word, i) => LAY_PHRASES.get(`${words[i]} ${word}`)?.split(' ').map(stemWord) ?? []);
}

/**
 * A doctor named by what they treat ("heart doctor", "doctor for kids", "doctor who puts you to sleep"):
 * the specialist O*NET names. Keys are everyday words for the body part, patient or treatment.
 */
const SPECIALISTS: Record<string, string> = {
  heart: 'cardiologist', skin: 'dermatologist', acne: 'dermatologist', rash: 'dermatologist',
  kid: 'pediatrician', child: 'pediatrician', children: 'pediatrician', baby: 'pediatrician', babies: 'pediatrician', infant: 'pediatrician',
  eye: 'ophthalmologist', vision: 'ophthalmologist', bone: 'orthopedic surgeon', joint: 'orthopedic surgeon', knee: 'orthopedic surgeon',
  foot: 'podiatrist', feet: 'podiatrist', animal: 'veterinarian', pet: 'veterinarian', dog: 'veterinarian', cat: 'veterinarian',
  brain: 'neurologist', nerve: 'neurologist', headache: 'neurologist', seizure: 'neurologist',
  mental: 'psychiatrist', mind: 'psychiatrist', crazy: 'psychiatrist', depression: 'psychiatrist',
  woman: 'obstetrician gynecologist', women: 'obstetrician gynecologist', pregnant: 'obstetrician', pregnancy: 'obstetrician',
  sleep: 'anesthesiologist', anesthesia: 'anesthesiologist', numb: 'anesthesiologist',
  teeth: 'dentist', tooth: 'dentist', ear: 'audiologist', hearing: 'audiologist', allergy: 'allergist', allergies: 'allergist',
  bladder: 'urologist', urine: 'urologist', xray: 'radiologist', scan: 'radiologist', cancer: 'oncologist', tumor: 'oncologist',
  back: 'chiropractor', spine: 'chiropractor', sport: 'sports medicine physician', family: 'family medicine physician',
  emergency: 'emergency medicine physician', er: 'emergency medicine physician', hospital: 'hospitalist',
  surgery: 'surgeon', operation: 'surgeon',
};
const SPECIALIST_KEYS = new Map(Object.entries(SPECIALISTS).map(([key, noun]) => [stemWord(key), noun]));
const DOCTOR = /\b(?:doctors?|docs?|physicians?|dr)\b/;

/** The text with a doctor named by what they treat put as the specialist: "heart doctor" is "cardiologist"; the treated word goes. */
export function nameSpecialist(text: string): string {
  if (!DOCTOR.test(text)) return text;
  const words = text.split(' ');
  // The most specific word wins: "surgery" only when nothing else says what the doctor treats.
  const found = words.map((w, i) => ({ i, noun: SPECIALIST_KEYS.get(stemWord(w)) })).filter((f) => f.noun);
  const pick = found.find((f) => f.noun !== 'surgeon') ?? found[0];
  if (!pick) return text;
  return words.filter((_, i) => i !== pick.i).join(' ').replace(DOCTOR, pick.noun!);
}

/**
 * Everyday names for jobs that O*NET titles do not use: a "lunch lady" cooks in a school cafeteria,
 * a "shrink" is a psychiatrist. Matched as whole phrases and replaced with O*NET's words.
 */
const JOB_NAMES: Record<string, string> = {
  'lunch lady': 'cafeteria cook', 'lunchroom lady': 'cafeteria cook', 'cafeteria lady': 'cafeteria cook', 'dinner lady': 'cafeteria cook',
  'lollipop lady': 'crossing guard', 'lollipop man': 'crossing guard', 'pizza guy': 'pizza delivery driver', 'pizza delivery guy': 'pizza delivery driver',
  'repo man': 'repossessor', 'paper boy': 'newspaper carrier', paperboy: 'newspaper carrier', 'paper girl': 'newspaper carrier',
  'cleaning lady': 'housekeeping cleaner', shrink: 'psychiatrist', 'tow truck guy': 'tow truck driver', 'bug man': 'exterminator',
  'bug guy': 'exterminator', 'pool guy': 'pool cleaner', 'mall cop': 'security guard', 'rent a cop': 'security guard',
  'mail lady': 'mail carrier', mailwoman: 'mail carrier', 'mail woman': 'mail carrier', 'mail guy': 'mail carrier', bellboy: 'bellhop',
  'tv guy': 'television repairer', 'cable guy': 'cable installer', 'ice cream truck guy': 'ice cream truck driver',
  'lawn guy': 'lawn care worker', 'yard guy': 'lawn care worker', 'computer guy': 'computer support specialist', 'it guy': 'computer support specialist',
  'car guy': 'automotive mechanic', 'ac guy': 'hvac mechanic', 'weather guy': 'meteorologist', 'weather lady': 'meteorologist',
  'money guy': 'financial advisor', 'numbers guy': 'accountant', 'tax guy': 'tax preparer', 'insurance guy': 'insurance agent',
  'dog groomer': 'pet groomer', 'baby sitter': 'babysitter', sitter: 'babysitter',
};
const JOB_NAME_PATTERN = phrasePattern(Object.keys(JOB_NAMES));

/** Lowercase text with everyday names for jobs put in O*NET's words: "lunch lady" is a cafeteria cook. */
export function nameLayJob(text: string): string {
  return text.replace(JOB_NAME_PATTERN, (phrase) => JOB_NAMES[phrase]);
}
