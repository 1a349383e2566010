/** Constants shared by the pipeline and the site (the only non-schema module `src/` may import from `pipeline/`). */

/** Where the pipeline writes the catalog and the site reads it, unless `ATLAS_CATALOG` says otherwise. */
export const catalogPath = 'data/build/catalog.sqlite';

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

/** The bright-outlook rule (`pipeline/content/high-demand-rule.ts`), also stated on the site: projected growth at least this multiple of the all-occupations average (the `00-0000` row)… */
export const growthMultipleOfAverage = 2;

/** …and at least this many openings a year, in thousands as BLS publishes them (5 = 5,000 a year). */
export const minOpeningsThousands = 5;

/** The BLS projections' "Total, all occupations" summary row, whose growth is the average. */
export const allOccupationsSocCode = '00-0000';

/** The search index (`core/search/search-data.ts`), written beside the catalog; `soc:suggest` and the site read it. */
export const searchIndexFile = 'search-index.json';
