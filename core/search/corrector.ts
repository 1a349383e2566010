/**
 * Corrects a word against the index's own vocabulary, written at build time: a partial word becomes
 * its commonest completion ("phlebot" → "phlebotomist"), a typo the commonest word within a small
 * edit distance ("plumer" → "plumber", "electrition" → "electrician"). Words are compared in the
 * index's form (lowercase, plurals folded). A word spelled the way it sounds, too far off for edits,
 * is matched by its sound ("electrishun" → "electrician", "farmasist" → "pharmacist"). The vocabulary
 * is ordered commonest first, so the first candidate found at the smallest distance wins and the
 * result does not depend on anything else.
 */

/** Shortest word corrected at all, and shortest partial word completed: shorter ones are too ambiguous. */
const MIN_TYPO = 4;
const MIN_PREFIX = 4;

/** Edits allowed for a word of this length: one for short words, two from seven letters. */
export const allowedEdits = (length: number) => (length >= 7 ? 2 : length >= MIN_TYPO ? 1 : 0);
/** Shortest word matched by its sound: shorter ones sound like too many words. */
const MIN_SOUND = 6;
/**
 * A word matched by its sound is still spelled mostly alike: at most this share of its letters edited
 * ("farmasist" is three edits from "pharmacist"; "manicure" sounds like "manager" but is four from it).
 */
const SOUND_EDIT_SHARE = 0.35;

/**
 * What a word sounds like, roughly: its consonants as spoken, vowels dropped after the first letter
 * ("electrician" and "electrishun" both "elktrXn"; "pharmacist" and "farmasist" both "frmsst").
 */
export function soundKey(word: string): string {
  const spoken = word
    .replace(/^(?:p(?=[sn])|k(?=n)|w(?=r))/, '')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/tch|[cst]i(?=[aeiou])|sh/g, 'X')
    .replace(/ch|ck|c(?![eiy])|q/g, 'k')
    .replace(/[cz]/g, 's')
    .replace(/dg/g, 'j')
    .replace(/(.)\1+/g, '$1');
  return spoken[0] + spoken.slice(1).replace(/[aeiouyhw]/g, '');
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters typed for each other: keyboard neighbours, vowels, and letters that sound alike. */
const SLIPS = new Set([
  ...KEYBOARD.flatMap((row, r) => [...row].flatMap((c, i) => [row[i + 1], KEYBOARD[r + 1]?.[i], KEYBOARD[r + 1]?.[i - 1]].filter(Boolean).map((n) => c + n))),
  ...['ae', 'ai', 'ao', 'au', 'ei', 'eo', 'eu', 'io', 'iu', 'ou', 'iy', 'ck', 'cs', 'sz', 'fv', 'gj', 'mn', 'dt', 'bp', 'kq'],
]);
const isSlip = (a: string, b: string) => SLIPS.has(a + b) || SLIPS.has(b + a);
/** A substitution that is no slip ("lawer" for "layer": w for y) is a less likely typo than a letter dropped ("lawer" for "lawyer"). */
const ODD_SUBSTITUTION = 1.5;

/** Edit distance with substitutions weighed by how likely a slip they are: ranks candidates at the same `editDistance`. */
export function typoCost(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : isSlip(a[i - 1], b[j - 1]) ? 1 : ODD_SUBSTITUTION;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

export type CorrectOptions = {
  /** Complete a word typed halfway (default true). */
  prefix?: boolean;
  /** Among equally close words, prefer these (job nouns for the word that names the job). */
  prefer?: (word: string) => boolean;
  /** At most this many edits, whatever the word's length: a word amid a sentence is more likely a word the vocabulary lacks than a typo. */
  maxEdits?: number;
};

export type Corrector = {
  /** The word as the vocabulary has it, or undefined when nothing is close enough. */
  correct(word: string, options?: CorrectOptions): string | undefined;
};

/** `vocabulary` is ordered commonest first. */
export function createCorrector(vocabulary: readonly string[]): Corrector {
  const ranks = new Map(vocabulary.map((word, i) => [word, i]));
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  let sounds: Map<string, string[]> | undefined;
  /** The commonest word (a preferred one first) that sounds the same, give or take one sound. */
  function soundsLike(word: string, prefer?: (word: string) => boolean): string | undefined {
    if (word.length < MIN_SOUND) return undefined;
    sounds ??= groupBySound(vocabulary);
    const key = soundKey(word);
    let best: { word: string; key: number[] } | undefined;
    for (const [other, words] of sounds) {
      if (other[0] !== key[0] || Math.abs(other.length - key.length) > 1) continue;
      const distance = editDistance(key, other, 1);
      if (distance > 1) continue;
      for (const candidate of words) {
        if (Math.abs(candidate.length - word.length) > 3) continue;
        const edits = Math.floor(SOUND_EDIT_SHARE * Math.max(word.length, candidate.length));
        if (editDistance(word, candidate, edits) > edits) continue;
        const rank = [distance, prefer?.(candidate) ? 0 : 1, ranks.get(candidate)!];
        if (!best || rank.findIndex((k, i) => k !== best!.key[i]) === rank.findIndex((k, i) => k < best!.key[i])) best = { word: candidate, key: rank };
      }
    }
    return best?.word;
  }
  return {
    correct(word, { prefix = true, prefer, maxEdits = Infinity } = {}) {
      if (!/^[a-z]+$/.test(word)) return undefined;
      // A word typed halfway: the commonest word it begins (the commonest preferred one, when there is one).
      if (prefix && word.length >= MIN_PREFIX) {
        const completions = vocabulary.filter((v) => v.length > word.length && v.startsWith(word));
        const completion = (prefer && completions.find(prefer)) || completions[0];
        if (completion) return completion;
      }
      const max = Math.min(maxEdits, allowedEdits(word.length));
      if (!max) return undefined;
      // At the same distance: a preferred word, then one with the same first letter, then the likelier slip, then the commonest.
      const order = (candidate: string, distance: number) => [distance, prefer?.(candidate) ? 0 : 1, candidate[0] === word[0] ? 0 : 1, typoCost(word, candidate), ranks.get(candidate)!];
      let best: { word: string; key: number[] } | undefined;
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const candidate of byLength.get(length) ?? []) {
          // Typos keep the first letter far more often than not; this also keeps the search fast.
          if (candidate[0] !== word[0] && candidate[1] !== word[1]) continue;
          const distance = editDistance(word, candidate, best ? Math.min(best.key[0], max) : max);
          // Two edits and another first letter is another word ("married" is no "carrier").
          if (distance > max || (distance > 1 && candidate[0] !== word[0])) continue;
          const key = order(candidate, distance);
          if (!best || key.findIndex((k, i) => k !== best!.key[i]) === key.findIndex((k, i) => k < best!.key[i])) best = { word: candidate, key };
        }
      }
      return best?.word ?? (maxEdits > 1 ? soundsLike(word, prefer) : undefined);
    },
  };
}

/** The vocabulary's words of at least `MIN_SOUND` letters by their sound, commonest first. */
function groupBySound(vocabulary: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < MIN_SOUND || !/^[a-z]+$/.test(word)) continue;
    const key = soundKey(word);
    const list = groups.get(key) ?? [];
    list.push(word);
    groups.set(key, list);
  }
  return groups;
}
