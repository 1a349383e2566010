/** Rough string similarity for "did you mean …?" hints: no dictionary, tolerant of typos and plurals. */

function trigrams(text: string): Set<string> {
  const padded = `  ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of the two strings' letter trigrams: 1 for the same words, 0 for nothing in common. */
export function textSimilarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  if (!ga.size || !gb.size) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** The candidate most like `value`, or undefined when none is close enough to be worth suggesting. */
export function suggestName(value: string, candidates: readonly string[], minScore = 0.35): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    const score = textSimilarity(value, name);
    if (score >= minScore && (!best || score > best.score)) best = { name, score };
  }
  return best?.name;
}
