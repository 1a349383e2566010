/** Constants shared by the pipeline and the site (the only non-schema module `src/` may import from `pipeline/`). */

/** BLS OEWS footnote markers, as printed in the release files, and what each means. */
export const blsSpecialValues = {
  '*': 'wage estimate not available',
  '**': 'employment estimate not available',
  '#': 'wage at or above the top-code',
  '~': 'fewer than 0.5% of establishments report the occupation',
} as const;
export type BlsSpecialValue = keyof typeof blsSpecialValues;

/** Derived median files leave a wage empty where BLS suppressed or top-coded it. */
export const suppressedMarker = 'suppressed';

/** The `#` top-code printed in the OEWS Field Descriptions (May 2023–May 2025). */
export const blsTopCode = { hourly: 115, annual: 239_200 } as const;
