import { resolvePaths } from './pipeline/paths.ts';

/**
 * The edition this process builds or serves, chosen by `ATLAS_EDITION` (default `tampa-bay`). Its data
 * lives in `editions/<id>/edition.ts`; this module is how the site (which imports from `pipeline/`
 * only the schema and constants) and the Astro config reach it.
 */
export const atlasConfig = resolvePaths().edition;

/** Where the site reads the catalog; a function, as tests point `ATLAS_CATALOG` at their own catalog after import. */
export const catalogFile = (): string => resolvePaths().catalogPath;

/** The edition's editors' content, which `npm run dev` watches. */
export const contentDir = resolvePaths().contentDir;

/** Where `astro build` writes the site (`dist/`, or `dist/<id>/` under `npm run build:all`). */
export const distDir = resolvePaths().distDir;
