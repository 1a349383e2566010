import type { WageLevels } from './catalog/wage-areas.ts';

/** Wording the wages table and the "another area" selector share, kept free of server imports so the browser can load it. */

export const wageLevelLabels: Record<keyof WageLevels, string> = {
  pct10: '10th percentile',
  pct25: '25th percentile',
  median: 'Median',
  pct75: '75th percentile',
  pct90: '90th percentile',
};

/** The caveats printed under a wage table. */
export function wageNotes(view: { annualOnly: boolean; hourlyOnly: boolean; hasPercentiles: boolean }): string[] {
  return [
    view.annualOnly && 'BLS publishes only annual wages for this occupation.',
    view.hourlyOnly && 'BLS publishes only hourly wages for this occupation.',
    !view.hasPercentiles && 'This release has medians only for this area; percentiles are not published here.',
  ].filter((n): n is string => Boolean(n));
}
