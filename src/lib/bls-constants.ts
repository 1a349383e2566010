import type * as wagesSchema from '../../pipeline/db/schema/wages.ts';

/**
 * The pipeline's BLS wage constants, for code that also runs in the browser (the "wages in another area"
 * selector): the schema module imports drizzle, which would ship about 25 KB with it. The type annotations
 * are the literal types of the originals, so `tsc` fails if these copies ever drift from them.
 */
export const blsTopCode: typeof wagesSchema.blsTopCode = { hourly: 115, annual: 239_200 };
export const suppressedMarker: typeof wagesSchema.suppressedMarker = 'suppressed';
