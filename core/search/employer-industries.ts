import { phrasePattern } from './phrase-pattern.ts';

/**
 * The industry a posted title's employer implies, in O*NET's words: a "Shift Manager" at McDonald's
 * runs fast-food crews, a "Meat Cutter" at Publix works in a retail store, a "Lineman" at Tampa
 * Electric works on power lines. The region's large employers and the national chains that post
 * most of its jobs; only the work is weighed with these words, never the titles.
 */
const INDUSTRIES: Record<string, readonly string[]> = {
  'hospital patient': ['baycare', 'tgh', 'tampa general', 'adventhealth', 'advent health', 'hca', 'moffitt', 'orlando health', 'bayfront', 'johns hopkins all children', "all children's"],
  'retail grocery': ['publix', 'kroger', 'aldi', 'winn-dixie', 'winn dixie', 'sprouts', 'whole foods', 'trader joe', "trader joe's"],
  'fast food': [
    'mcdonalds', "mcdonald's", 'chick-fil-a', 'subway', "wendy's", 'wendys', 'burger king', 'taco bell', 'kfc', 'popeyes',
    'dunkin', "dunkin'", 'starbucks', "domino's", 'dominos', 'pizza hut', 'chipotle', 'panera',
  ],
  'restaurant food': ['darden', 'bloomin brands', "bloomin' brands", 'outback', 'olive garden', "applebee's", 'cracker barrel', "denny's", 'ihop', 'waffle house', "carrabba's", 'bonefish grill'],
  retail: [
    'walmart', 'target', 'dollar general', 'dollar tree', 'family dollar', 'costco', "sam's club", 'best buy', 'home depot', 'lowes', "lowe's",
    'tj maxx', 'marshalls', "kohl's", "macy's", 'ulta beauty', 'office depot', 'hobby lobby', 'petsmart', 'petco', 'autozone', "o'reilly auto parts",
    'wawa', 'circle k', '7-eleven', 'racetrac',
  ],
  'retail pharmacy': ['cvs', 'walgreens'],
  bank: ['citi', 'jpmorgan', 'jp morgan', 'chase', 'bank of america', 'wells fargo', 'truist', 'regions bank', 'fifth third'],
  'financial investment': ['raymond james', 'northern trust', 'fidelity'],
  insurance: ['humana', 'wellcare', 'centene', 'geico', 'progressive', 'state farm', 'allstate', 'usaa', 'heritage insurance'],
  'electronic manufacture': ['jabil'],
  'electric power utility': ['teco', 'tampa electric', 'duke energy', 'peoples gas'],
  'school student': ['hcps', 'pcs', 'hillsborough county public schools', 'pinellas county schools', 'pasco county schools'],
  'college student': ['usf', 'university of south florida', 'hillsborough community college', 'hcc', 'spc', 'st petersburg college'],
  military: ['macdill', 'usaf', 'us air force'],
  'package delivery': ['ups', 'fedex', 'usps', 'dhl'],
  hotel: ['marriott', 'hilton', 'hyatt', 'wyndham'],
  'amusement park': ['busch gardens', 'seaworld', 'disney', 'adventure island'],
  casino: ['hard rock casino', 'seminole hard rock'],
};

/** Large employers whose posts span industries: named, so taken out of a title, but lending it no context. */
const MIXED = ['amazon', 'verizon', 'spectrum', 'xpo'];

/**
 * Employer names that appear in titles ("Publix Deli Clerk"): job-ad noise, since the job is the rest.
 * Never a word that also names work ("Checkers" are grocery checkers, "Mosaic" a tile setter's).
 */
export const EMPLOYER_NAMES: readonly string[] = [...Object.values(INDUSTRIES).flat(), ...MIXED];

const PATTERNS = Object.entries(INDUSTRIES).map(([words, names]) => ({ words, pattern: phrasePattern(names) }));

/** The industry words of the employers a query names ("Shift Manager - McDonald's": "fast food"). */
export function employerIndustry(query: string): string {
  const text = query.toLowerCase().replace(/[’`]/g, "'");
  return PATTERNS.filter(({ pattern }) => text.search(pattern) >= 0).map(({ words }) => words).join(' ');
}
