/**
 * The vocabulary around a title's words: the job noun an abbreviation stands for as the head
 * (`HEAD_FORMS`), punctuated abbreviations, qualifiers and stop words. Acronyms and clipped words
 * themselves are in `acronyms.ts`, everyday words for work in `lay-words.ts`.
 */

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
 * School levels and programs as U.S. school districts write them, in the words of O*NET's teacher
 * titles: a "K-5" or "VPK" teacher is an elementary or a preschool teacher, an "ESE" (exceptional
 * student education) teacher a special education one, a "CTE" teacher a career/technical one.
 */
export const SCHOOL_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  'pre-k': 'preschool', prek: 'preschool', vpk: 'preschool', upk: 'preschool', 'pre-kindergarten': 'preschool',
  'k-2': 'elementary school', 'k-3': 'elementary school', 'k-5': 'elementary school', 'k-6': 'elementary school',
  '6-8': 'middle school', '9-12': 'high school', hs: 'high school',
  ese: 'special education', sped: 'special education', 'sped.': 'special education',
  cte: 'career technical education', esol: 'english second language',
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
