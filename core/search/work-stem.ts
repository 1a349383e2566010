/**
 * Verb forms folded for the occupations' work text: "repairing", "repaired" and "repairs" are all
 * "repair", "operating" is "operate", so "fixing cars" meets O*NET's "Repair automobiles" and a task
 * that says "Operated" meets a query that says "operate". Titles keep their words ("Nursing
 * Assistant" is no "Nurse"); only work text and the queries matched against it are folded.
 *
 * A word's key is a conservative Porter stem of its singular (steps 1b and 5: "-ed" and "-ing",
 * a final "e"), so "care" and "caring" meet but "car" stays apart. Keys are not always words
 * ("nurs"), so the index writes each key as its shortest word, which the query side finds again
 * from the vocabulary alone: the same words give the same form at build time and in the browser.
 */

const isVowelAt = (word: string, i: number): boolean => /[aeiou]/.test(word[i]) || (word[i] === 'y' && i > 0 && !isVowelAt(word, i - 1));

/** Porter's measure: how many vowel–consonant sequences the word has ("tree" 0, "trouble" 1, "private" 2). */
function measure(word: string): number {
  let m = 0;
  for (let i = 1; i < word.length; i++) if (!isVowelAt(word, i) && isVowelAt(word, i - 1)) m++;
  return m;
}

/** Ends consonant–vowel–consonant, the last not w, x or y: "hop", "car" (a final "e" belongs: "hope", "care"). */
function endsShort(word: string): boolean {
  const n = word.length;
  return n >= 3 && !isVowelAt(word, n - 1) && isVowelAt(word, n - 2) && !isVowelAt(word, n - 3) && !/[wxy]$/.test(word);
}

const hasVowel = (word: string) => [...word].some((_, i) => isVowelAt(word, i));

/** Strips "-ed" and "-ing", restoring what the base form had: "operating" → "operate", "cutting" → "cut", "applied" → "apply". */
function stripInflection(word: string): string {
  if (word.endsWith('eed')) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  const suffix = /(?:ed|ing)$/.exec(word)?.[0];
  if (!suffix) return word;
  const stem = word.slice(0, -suffix.length);
  if (stem.length < 2 || !hasVowel(stem)) return word;
  // Two letters are too few to stand alone: "aged" is "age", not the "ag" of agriculture; "used" is "use".
  if (stem.length === 2) return `${stem}e`;
  if (suffix === 'ed' && stem.endsWith('i')) return `${stem.slice(0, -1)}y`;
  if (/(?:at|bl|iz)$/.test(stem)) return `${stem}e`;
  if (/([^aeiouylsz])\1$/.test(stem)) return stem.slice(0, -1);
  return measure(stem) === 1 && endsShort(stem) ? `${stem}e` : stem;
}

/** The key that a word's verb forms share; `word` is an index term (lowercase, singular). */
export function workKey(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word;
  let key = stripInflection(word);
  if (key.endsWith('e')) {
    const stem = key.slice(0, -1);
    const m = measure(stem);
    if (stem.length > 2 && (m > 1 || (m === 1 && !endsShort(stem)))) key = stem;
  }
  if (key.endsWith('ll') && measure(key) > 1) key = key.slice(0, -1);
  return key;
}

/** Each key's written form: its shortest word, then the first alphabetically (deterministic for the same words). */
export function collectWorkForms(words: Iterable<string>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const word of words) {
    const key = workKey(word);
    const form = forms.get(key);
    if (form === undefined || word.length < form.length || (word.length === form.length && word < form)) forms.set(key, word);
  }
  return forms;
}
