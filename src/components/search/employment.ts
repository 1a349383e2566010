/**
 * How many people hold a job, as a search prior: among occupations that match a query about equally,
 * the one most people mean comes first ("mechanic" → automotive mechanics, "plumber" → plumbers, not
 * their helpers). Pages declare a band as the `employment` filter; the engine boosts by band.
 */

/** Lower bound (U.S. jobs) → band label, largest first. */
const bands: [number, string][] = [
  [1_000_000, '1,000,000 or more'],
  [300_000, '300,000 to 999,999'],
  [100_000, '100,000 to 299,999'],
  [30_000, '30,000 to 99,999'],
  [0, 'Under 30,000'],
];

/** Band label → score multiplier; unlisted bands (small, specialties, unpublished) keep their score. */
export const employmentBoost: Record<string, number> = Object.fromEntries(
  bands.slice(0, -1).map(([, label], i, list) => [label, 1 + 0.15 * (list.length - i)]),
);

/**
 * The band for an O*NET-SOC occupation from its BLS base-year employment (thousands). O*NET's
 * specialties (`.01` and up) share their SOC's count, which is not theirs alone.
 */
export function employmentBand(code: string, employmentThousands: number | null | undefined): string {
  if (!code.endsWith('.00')) return 'O*NET specialty';
  if (employmentThousands == null) return 'Not published';
  return bands.find(([min]) => employmentThousands * 1000 >= min)![1];
}
