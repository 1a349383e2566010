import { EMPLOYER_NAMES } from './employer-industries.ts';
import { translateJargon } from './employer-jargon.ts';
import { phrasePattern } from './phrase-pattern.ts';

/**
 * What a title copied from a job ad carries besides the job: pay, schedule, place, requisition code,
 * perks and calls to apply. "Night Shift RN - ICU - $10K Sign-On Bonus" is an RN in an ICU; "Barista
 * - Part Time - Flexible Hours" a barista. Seniority and shift words are not removed here: they stay
 * in the query with little weight (`QUALIFIERS`), since an O*NET title may contain them ("Night Auditor").
 */

/** Phrases that never name an occupation in a job ad, matched on lowercase text as whole words. */
const NOISE_PHRASES = [
  // pay and perks
  'sign on bonus', 'sign-on bonus', 'signing bonus', 'retention bonus', 'relocation assistance', 'relocation', 'bonus', 'bonuses',
  'benefits', 'full benefits', 'great benefits', 'competitive pay', 'competitive salary', 'weekly pay', 'daily pay', 'same day pay',
  'pay', 'per hour', 'an hour', 'hourly', 'hour', 'hours', 'annually', 'a year', 'per year', 'yr', 'salary', 'doe', 'tips', 'plus tips',
  '401k', '401(k)', 'pto', 'tuition reimbursement', 'tuition assistance', 'commission', 'uncapped commission', 'overtime', 'ot available',
  // schedule
  'flexible hours', 'flexible schedule', 'flex schedule', 'hours vary', 'per diem', 'prn', 'weekend option', 'weekend program',
  'weekends only', 'weekdays', 'mon-fri', 'monday-friday', 'monday through friday', 'm-f', '4x10', '4x10s', '3x12', '3x12s', '12s', '8s', '10s',
  '12-hour', '12 hour', '12-hr', '8-hour', '8 hour', '10-hour', '10 hour', 'shifts available', 'all shifts', 'rotating', 'variable',
  'swing', 'graveyard', 'nocturnal',
  // contract and status
  'contract', 'contract to hire', 'contract-to-hire', 'temp to hire', 'temp-to-hire', 'temp', 'temporary', 'seasonal', 'permanent',
  'perm', 'direct hire', 'w2', '1099', 'casual', 'fte', '0.9 fte', '0.5 fte', '1.0 fte', 'float pool', 'resource pool',
  // security clearances (never "Secret" alone: a "Secret Shopper" is a job)
  'ts/sci', 'ts sci', 'ts/sci w/ poly', 'ts/sci with poly', 'top secret', 'secret clearance', 'top secret clearance', 'ts clearance',
  'security clearance', 'active clearance', 'clearance required', 'active secret', 'public trust', 'polygraph', 'full scope poly', 'ci poly',
  // calls to apply
  'hiring immediately', 'now hiring', 'hiring now', 'immediate start', 'immediate opening', 'immediate need', 'urgent', 'urgently hiring',
  'apply today', 'apply now', 'start today', 'start asap', 'asap', 'multiple openings', 'multiple positions', 'openings', 'opening', 'position',
  'no experience', 'no experience needed', 'no experience required', 'will train', 'paid training', 'training provided', 'new grads welcome',
  'new grad', 'new graduate', 'grads welcome', 'experienced', 'experience required', 'years experience', 'yrs exp', 'exp', 'req', 'required',
  'tier 1', 'tier 2', 'tier 3', 'tier i', 'tier ii', 'tier iii', 'tier', 'preferred', 'a plus', 'welcome', 'needed', 'wanted', 'opportunity', 'career', 'job', 'jobs', 'work from home', 'wfh', 'remote', 'hybrid', 'on-site',
  'onsite', 'in-office', 'in office', 'local', 'locals only', 'travel nurse contract',
  // place
  'county', 'counties', 'area', 'metro', 'region', 'downtown', 'campus', 'main campus', 'location', 'locations', 'multiple locations',
  'fl', 'florida', 'tampa bay', 'tampa', 'st petersburg', 'st. petersburg', 'st pete', 'saint petersburg', 'clearwater', 'brandon', 'largo',
  'lakeland', 'sarasota', 'bradenton', 'riverview', 'wesley chapel', 'plant city', 'new port richey', 'spring hill', 'brooksville',
  'palm harbor', 'dunedin', 'tarpon springs', 'pinellas', 'pinellas park', 'hillsborough', 'pasco', 'hernando', 'manatee', 'polk',
  'temple terrace', 'lutz', 'oldsmar', 'seminole', 'ruskin', 'apollo beach', 'land o lakes', "land o' lakes", 'zephyrhills', 'winter haven',
  'orlando', 'miami', 'jacksonville',
];


const NOISE = phrasePattern(NOISE_PHRASES);
/**
 * Job nouns that a noise word may name the field of: a "Benefits Specialist", a "Career Counselor",
 * a "Job Coach" or a "Relocation Consultant" keeps the word it would lose after a dash ("- Benefits").
 */
const FIELD_OF = /^\s+(?:specialists?|coordinators?|analysts?|counselors?|advisors?|coach(?:es)?|administrators?|managers?|directors?|clerks?|representatives?|consultants?|officers?|services|developers?|navigators?|developments?)\b/;
const dropNoise = (text: string) => text.replace(NOISE, (match: string, at: number) => (FIELD_OF.test(text.slice(at + match.length)) ? match : ' '));
const EMPLOYERS = phrasePattern(EMPLOYER_NAMES);

/** Patterns that are noise whatever the words: pay, requisition codes, times of day, grades of pay. */
const PATTERNS: RegExp[] = [
  // "$22/hr", "$65K + Bonus", "up to $85,000", "$18-$24", "$10K"
  /(?:up to|starting at|from|earn)?\s*\$\s?\d[\d,.]*\s?(?:k\b)?(?:\s*(?:-|–|to)\s*\$?\s?\d[\d,.]*\s?(?:k\b)?)?(?:\s*(?:\/|per|an|a)\s*(?:hr|hour|year|yr|week|wk|annum))?/g,
  /\b\d[\d,.]*\s?k\b(?:\s*(?:-|to)\s*\d[\d,.]*\s?k\b)?/g,
  // requisition codes: "Req #12345", "JR-104522", "(R0123456)", "Job ID: 4521"
  /\b(?:req(?:uisition)?|job|position)\s*(?:#|id|no\.?|number)\s*:?\s*[a-z0-9-]+/g,
  /#\s?[a-z]*\d[a-z0-9-]*/g,
  /\b(?=[a-z0-9-]*\d)[a-z]{0,4}-?\d{4,}[a-z0-9-]*\b/g,
  // times and shift spans: "7a-7p", "7p–7a", "11pm-7am", "6:30am"
  /\b\d{1,2}(?::\d{2})?\s?(?:a|p)(?:m)?\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?\s?(?:a|p)(?:m)?\b/g,
  /\b\d{1,2}:\d{2}\s?(?:am|pm)?\b/g,
  // "(Hillsborough County)", "Tampa, FL 33607": a place after a comma with a state code
  /,\s*[a-z .']+,?\s+(?:fl|ga|al|tx|ny|ca|nc|sc)\b(?:\s+\d{5})?/g,
  /\b\d{5}(?:-\d{4})?\b/g,
];

export type CleanedQuery = {
  /** The words that may name the job, lowercase, separators kept ("rn - icu"). */
  text: string;
  /** Whether anything was taken out. */
  changed: boolean;
  /** Whether the text named an employer: such queries want that employer's roles. */
  employer: boolean;
};

/**
 * The job words of a query, lowercase. Pieces are replaced by a separator so that "Cashier - $15/hr
 * - Tampa" keeps its structure for the title analysis; what is left is never empty when the query
 * had a word that is not noise.
 */
export function cleanQuery(query: string): CleanedQuery {
  let text = query.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  const original = text;
  for (const pattern of PATTERNS) text = text.replace(pattern, ' | ');
  const withoutEmployers = text.replace(EMPLOYERS, ' ');
  const employer = withoutEmployers !== text;
  text = dropNoise(translateJargon(withoutEmployers));
  // Leftover separators and brackets with nothing inside.
  text = text
    .replace(/\(\s*[|/,+&-]*\s*\)/g, ' ')
    .replace(/\[\s*[|/,+&-]*\s*\]/g, ' ')
    .replace(/(?:\s*[|,+&]\s*)+$/g, '')
    .replace(/^(?:\s*[|,+&-]\s*)+/g, '')
    .replace(/\s*\|\s*(?:[|,+&-]\s*)*/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s-)+\s*$/, '')
    .trim();
  if (!/[a-z]/.test(text)) text = /[a-z]/.test(withoutEmployers) ? withoutEmployers.replace(/\s+/g, ' ').trim() : '';
  return { text, changed: text !== original.trim(), employer };
}
