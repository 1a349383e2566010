/**
 * Whether a program's CIP title names an occupation, the rule of the crosswalk sync:
 * "Construction Management" names "Construction Managers", "Registered Nursing" names "Registered Nurses".
 * Words are compared by a crude stem so that the forms of one word meet; small and generic words do not count.
 */

const ignored = new Set(['a', 'all', 'and', 'except', 'for', 'general', 'in', 'of', 'or', 'other', 'the', 'to', 'with']);

/** Longest first; a stem keeps at least four letters so short words are left whole. */
const suffixes = ['ments', 'ment', 'ists', 'ist', 'ants', 'ant', 'ions', 'ion', 'ers', 'er', 'ing', 'ies', 'y', 's'];

export function stemWord(word: string): string {
  let stem = word.toLowerCase();
  const suffix = suffixes.find((s) => stem.endsWith(s) && stem.length - s.length >= 4);
  if (suffix) stem = stem.slice(0, -suffix.length);
  return stem.length > 4 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

export function titleStems(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w && !ignored.has(w))
      .map(stemWord),
  );
}

/** Words that make a program prepare for a different job than the one named: "Physical Therapy Assistant" is not "Physical Therapists". */
const levelWords = new Set(['assistant', 'aide', 'technician', 'technolog', 'helper', 'pre'].map(stemWord));

/**
 * The CIP title names the occupation when every significant word of the occupation title is in it,
 * the CIP title adds no word that changes the level of the job, and a one-word occupation title only
 * when the CIP title is that word alone (else "Designers" would match every design program).
 * Catch-all occupations ("…, All Other") never match: a title cannot name them.
 */
export function titleNamesOccupation(cipTitle: string, occupationTitle: string): boolean {
  if (/all other$/i.test(occupationTitle)) return false;
  const cip = titleStems(cipTitle);
  const occupation = titleStems(occupationTitle);
  if (occupation.size === 0) return false;
  if (occupation.size === 1 && cip.size !== 1) return false;
  if ([...cip].some((stem) => levelWords.has(stem) && !occupation.has(stem))) return false;
  return [...occupation].every((stem) => cip.has(stem));
}
