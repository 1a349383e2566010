/** Constants shared by the pipeline and the site (the only non-schema module `src/` may import from `pipeline/`). */

/** Where the pipeline writes the catalog and the site reads it, unless `ATLAS_CATALOG` says otherwise. */
export const catalogPath = 'data/build/catalog.sqlite';
